import type { AuditQuery } from '@contract/audit';
import type { AppContext } from '../../platform/context';
import * as repo from './repo';

export async function listAuditEvents(ctx: AppContext, query: AuditQuery) {
  const { items, total } = await repo.listAuditEvents(ctx.db, query);
  return {
    items: items.map((e) => ({ ...e, data: e.data as Record<string, unknown>, at: e.at.toISOString() })),
    total,
    page: query.page,
    pageSize: query.pageSize,
  };
}
