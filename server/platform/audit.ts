import type { Db } from '../db/client';
import { auditEvents } from '../db/schema';

export interface AuditEntry {
  actorId: string | null;
  action: string;
  entityType: string;
  entityId: string;
  data?: Record<string, unknown>;
}

/** Write an audit event; call it with the transaction that makes the change. */
export async function writeAudit(tx: Db, entry: AuditEntry): Promise<void> {
  await tx.insert(auditEvents).values({ ...entry, data: entry.data ?? {} });
}
