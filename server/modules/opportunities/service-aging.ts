import type { z } from 'zod';
import type { ResolveTimedOut } from '@contract/opportunities';
import { addMonths, isTimedOut } from '@domain/pipeline/aging';
import type { Actor } from '../../platform/auth';
import { inTransaction, type AppContext } from '../../platform/context';
import { recordEvent } from '../activities/service';
import { notify, notifyUnlessSentSince } from '../notifications/service';
import { agingRules } from '../org/service';
import * as repo from './repo';
import { conflict, getOpportunity, loadForChange } from './service';
import { loseOpportunity } from './service-close';
import { auditOpportunityChange } from './service-audit';

/** The owner answers a timed-out proposal: confirm it as lost, or give a new close date and why. */
export async function resolveTimedOut(ctx: AppContext, actor: Actor, id: string, input: z.infer<typeof ResolveTimedOut>) {
  if (input.action === 'confirm')
    return loseOpportunity(ctx, actor, id, { version: input.version, reason: 'timed_out', churnReasonId: input.churnReasonId });
  await inTransaction(ctx, async (tx) => {
    const current = await loadForChange(tx, actor, id);
    if (
      !(await repo.updateVersioned(tx.db, id, input.version, {
        expectedCloseOn: input.expectedCloseOn,
        timedOutProposedAt: null,
        lastActivityAt: ctx.clock.now(),
      }))
    ) {
      return conflict(tx, id, actor);
    }
    await recordEvent(tx, actor, {
      accountId: current.opportunity.accountId,
      event: 'opportunity.close_date_extended',
      subject: `${current.opportunity.name}: new close date ${input.expectedCloseOn} — ${input.reason}`,
      data: { opportunityId: id, name: current.opportunity.name, expectedCloseOn: input.expectedCloseOn, reason: input.reason },
    });
    await auditOpportunityChange(tx, actor, current.opportunity, id);
  });
  return getOpportunity(ctx, id, actor);
}

/** Daily: propose old opportunities that are not closing soon as Lost: timed out (B4). */
export async function proposeTimedOut(ctx: AppContext): Promise<number> {
  const now = ctx.clock.now();
  const rules = await agingRules(ctx);
  const cutoff = addMonths(now, -rules.maxAgeMonths);
  let proposed = 0;
  let after: { createdAt: Date; id: string } | null = null;
  for (;;) {
    const batch = await repo.agingCandidates(ctx.db, cutoff, after, 1000);
    const ids = batch
      .filter((o) => isTimedOut({ createdAt: o.createdAt, expectedCloseOn: o.expectedCloseOn, closed: false }, now, rules))
      .map((o) => o.id);
    await repo.markTimedOutProposed(ctx.db, ids, now);
    // each owner hears of their proposals, to confirm or give a new close date
    const owners = await repo.countByOwner(ctx.db, ids);
    await notify(
      ctx,
      owners.map((o) => ({ userId: o.ownerId, kind: 'opportunities.timed_out', data: { count: o.count }, link: '/pipeline?scope=mine' })),
    );
    proposed += ids.length;
    if (batch.length < 1000) return proposed;
    after = batch[batch.length - 1]!;
  }
}

/** Daily: tell each owner how many of their open deals have gone stale — at most once a week while it lasts. */
export async function alertStaleDeals(ctx: AppContext): Promise<number> {
  const now = ctx.clock.now();
  const rules = await agingRules(ctx);
  const owners = await repo.staleByOwner(ctx.db, new Date(now.getTime() - rules.staleAfterDays * 86_400_000));
  return notifyUnlessSentSince(
    ctx,
    owners.map((o) => ({ userId: o.ownerId, kind: 'opportunities.stale', data: { count: o.count }, link: '/pipeline?scope=mine' })),
    new Date(now.getTime() - 7 * 86_400_000),
  );
}
