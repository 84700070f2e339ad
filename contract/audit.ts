import { z } from 'zod';
import { auditChannels } from '@domain/audit';
import { Id, PageQuery, pageOf, text } from './common';

export const AuditChannel = z.enum(auditChannels);

export const FieldChange = z.object({ field: text(), from: z.unknown(), to: z.unknown() });

/** One entry of the audit trail: who, when, through which channel, what changed from → to. */
export const AuditEvent = z.object({
  id: Id,
  actorId: Id.nullable(),
  actor: z.object({ id: Id, name: text() }).nullable(),
  action: text(),
  entityType: text(),
  entityId: text(),
  data: z.record(text(), z.unknown()),
  changes: z.array(FieldChange),
  channel: AuditChannel,
  at: z.iso.datetime(),
});
export type AuditEvent = z.infer<typeof AuditEvent>;

const AuditFilters = z.object({
  entityType: text().trim().max(50).optional(),
  entityId: text().trim().max(100).optional(),
  actorId: Id.optional(),
  /** An action (`opportunity.updated`) or its start (`opportunity.`). */
  action: text().trim().max(80).optional(),
  channel: AuditChannel.optional(),
  /** Only changes to this field (`value`, `stage`, `role`). */
  field: text().trim().max(80).optional(),
  from: z.iso.date().optional(),
  to: z.iso.date().optional(),
});
export const AuditQuery = PageQuery.extend(AuditFilters.shape);
export type AuditQuery = z.infer<typeof AuditQuery>;
export const AuditExportQuery = AuditFilters;
export const AuditPage = pageOf(AuditEvent);

/** The records whose history everyone who sees them may read on their pages. */
export const recordHistoryTypes = ['account', 'contact', 'opportunity'] as const;
export const RecordHistoryParams = z.object({ entityType: z.enum(recordHistoryTypes), id: Id });
export const RecordHistoryQuery = PageQuery;
