import type { AuditEvent, AuditQuery } from '@contract/audit';
import type { FieldChange } from '@domain/audit';
import type { AppContext } from '../../platform/context';
import type { CsvColumn } from '../../platform/csv-export';
import * as repo from './repo';

type Row = Awaited<ReturnType<typeof repo.listAuditEvents>>['items'][number];

function present(r: Row): AuditEvent {
  const e = r.event;
  return {
    id: e.id,
    actorId: e.actorId,
    actor: e.actorId && r.actorName ? { id: e.actorId, name: r.actorName } : null,
    action: e.action,
    entityType: e.entityType,
    entityId: e.entityId,
    data: e.data as Record<string, unknown>,
    changes: e.changes as FieldChange[],
    channel: e.channel,
    at: e.at.toISOString(),
  };
}

/** The audit trail, newest first, filtered by record, person, action, channel, field and days. */
export async function listAuditEvents(ctx: AppContext, query: AuditQuery) {
  const { page, pageSize, ...filters } = query;
  const { items, total } = await repo.listAuditEvents(ctx.db, filters, page, pageSize);
  return { items: items.map(present), total, page, pageSize };
}

/** One account's, contact's or opportunity's history, for its page. */
export function recordHistory(ctx: AppContext, entityType: string, entityId: string, page: number, pageSize: number) {
  return listAuditEvents(ctx, { entityType, entityId, page, pageSize });
}

const show = (v: unknown): string =>
  v === null || v === undefined ? '' : typeof v === 'string' ? v : JSON.stringify(v);

/** The columns of the trail's CSV export: one row per entry, its changes as "field: from → to". */
export const auditCsvColumns: CsvColumn<AuditEvent>[] = [
  { header: 'When', value: (e) => e.at },
  { header: 'Who', value: (e) => e.actor?.name ?? '' },
  { header: 'Channel', value: (e) => e.channel },
  { header: 'Action', value: (e) => e.action },
  { header: 'Record type', value: (e) => e.entityType },
  { header: 'Record', value: (e) => e.entityId },
  { header: 'Changes', value: (e) => e.changes.map((c) => `${c.field}: ${show(c.from)} → ${show(c.to)}`).join('; ') },
  { header: 'Details', value: (e) => (Object.keys(e.data).length ? JSON.stringify(e.data) : '') },
];
