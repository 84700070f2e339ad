import { channelOf, fieldChanges, type FieldChange } from '@domain/audit';
import { writeAudit } from '../../platform/audit';
import type { TxContext } from '../../platform/context';
import * as repo from './repo';

/** The fields of a deal whose history is kept field by field (L5): its value, stage, close date, owner and the like. */
const audited = [
  'name',
  'value',
  'annualValue',
  'estimatedValue',
  'currency',
  'stageId',
  'expectedCloseOn',
  'ownerId',
  'contactId',
  'channel',
  'signedOn',
  'lostReason',
  'customFields',
] as const satisfies readonly (keyof repo.OpportunityRow)[];

/** A stage and an owner are shown by name, as they were called then. */
const shownAs: Partial<Record<(typeof audited)[number], string>> = { stageId: 'stage', ownerId: 'owner', contactId: 'contact' };

/**
 * After a write to a deal, in its transaction: what changed from → to, by whom and through which
 * channel, as one `opportunity.updated` entry of the audit trail (and webhook). Nothing when nothing changed.
 */
export async function auditOpportunityChange(
  tx: TxContext,
  actor: { id: string; via?: 'session' | 'apiKey' } | null,
  before: repo.OpportunityRow,
  id: string,
  /** The deal as this write leaves it, when the caller knows (a close audits before it takes the shared totals). */
  written?: repo.OpportunityRow,
): Promise<FieldChange[]> {
  const after = written ?? (await repo.findOpportunity(tx.db, id))?.opportunity;
  if (!after) return [];
  const raw = fieldChanges(before, after, audited);
  if (raw.length === 0) return [];
  const ids = raw
    .filter((c) => c.field in shownAs)
    .flatMap((c) => [c.from, c.to])
    .filter((v): v is string => typeof v === 'string');
  const names = ids.length ? await repo.namesOf(tx.db, ids) : new Map<string, string>();
  const changes = raw.map((c) =>
    c.field in shownAs
      ? {
          field: shownAs[c.field as keyof typeof shownAs]!,
          from: typeof c.from === 'string' ? (names.get(c.from) ?? c.from) : null,
          to: typeof c.to === 'string' ? (names.get(c.to) ?? c.to) : null,
        }
      : c,
  );
  await writeAudit(tx.db, {
    actorId: actor?.id ?? null,
    action: 'opportunity.updated',
    entityType: 'opportunity',
    entityId: id,
    data: { name: after.name, accountId: after.accountId },
    changes,
    channel: channelOf(actor),
    at: tx.clock.now(),
  });
  return changes;
}
