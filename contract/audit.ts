import { z } from 'zod';
import { Id, PageQuery, pageOf } from './common';

export const AuditEvent = z.object({
  id: Id,
  actorId: Id.nullable(),
  action: z.string(),
  entityType: z.string(),
  entityId: z.string(),
  data: z.record(z.string(), z.unknown()),
  at: z.iso.datetime(),
});
export const AuditQuery = PageQuery.extend({
  entityType: z.string().trim().max(50).optional(),
  entityId: z.string().trim().max(100).optional(),
});
export type AuditQuery = z.infer<typeof AuditQuery>;
export const AuditPage = pageOf(AuditEvent);
