import { and, desc, eq, sql } from 'drizzle-orm';
import type { AuditQuery } from '@contract/audit';
import type { Db } from '../../db/client';
import { auditEvents } from '../../db/schema';

export async function listAuditEvents(db: Db, q: AuditQuery) {
  const where = and(
    q.entityType ? eq(auditEvents.entityType, q.entityType) : undefined,
    q.entityId ? eq(auditEvents.entityId, q.entityId) : undefined,
  );
  const [items, [count]] = await Promise.all([
    db
      .select()
      .from(auditEvents)
      .where(where)
      .orderBy(desc(auditEvents.at), desc(auditEvents.id))
      .limit(q.pageSize)
      .offset((q.page - 1) * q.pageSize),
    db
      .select({ n: sql<number>`count(*)` })
      .from(auditEvents)
      .where(where),
  ]);
  return { items, total: Number(count?.n ?? 0) };
}
