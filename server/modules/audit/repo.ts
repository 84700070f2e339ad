import { and, desc, eq, gte, like, lt, sql } from 'drizzle-orm';
import type { AuditQuery } from '@contract/audit';
import type { Db } from '../../db/client';
import { auditEvents, users } from '../../db/schema';

type Filters = Omit<AuditQuery, 'page' | 'pageSize'>;

const nextDay = (day: string) => new Date(Date.parse(`${day}T00:00:00Z`) + 86_400_000);

function where(q: Filters) {
  return and(
    q.entityType ? eq(auditEvents.entityType, q.entityType) : undefined,
    q.entityId ? eq(auditEvents.entityId, q.entityId) : undefined,
    q.actorId ? eq(auditEvents.actorId, q.actorId) : undefined,
    q.action
      ? q.action.endsWith('.')
        ? like(auditEvents.action, `${q.action.replace(/[%_\\]/g, '\\$&')}%`)
        : eq(auditEvents.action, q.action)
      : undefined,
    q.channel ? eq(auditEvents.channel, q.channel) : undefined,
    q.field ? sql`${auditEvents.changes} @> ${JSON.stringify([{ field: q.field }])}::jsonb` : undefined,
    q.from ? gte(auditEvents.at, new Date(`${q.from}T00:00:00Z`)) : undefined,
    q.to ? lt(auditEvents.at, nextDay(q.to)) : undefined,
  );
}

export async function listAuditEvents(db: Db, q: Filters, page: number, pageSize: number) {
  const filter = where(q);
  const [items, [count]] = await Promise.all([
    db
      .select({ event: auditEvents, actorName: users.name })
      .from(auditEvents)
      .leftJoin(users, eq(users.id, auditEvents.actorId))
      .where(filter)
      .orderBy(desc(auditEvents.at), desc(auditEvents.id))
      .limit(pageSize)
      .offset((page - 1) * pageSize),
    db
      .select({ n: sql<number>`count(*)::int` })
      .from(auditEvents)
      .where(filter),
  ]);
  return { items, total: count?.n ?? 0 };
}
