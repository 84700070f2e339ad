import type { z } from 'zod';
import type { ResolveTimedOut } from '@contract/opportunities';
import { addMonths, isTimedOut } from '../../domain/pipeline/aging';
import type { Actor } from '../../platform/auth';
import type { AppContext } from '../../platform/context';
import { errors } from '../../platform/errors';
import { recordEvent } from '../activities/service';
import { agingRules } from '../org/service';
import * as repo from './repo';
import { conflict, getOpportunity, loseOpportunity } from './service';

/** The owner answers a timed-out proposal: confirm it as lost, or give a new close date and why. */
export async function resolveTimedOut(ctx: AppContext, actor: Actor, id: string, input: z.infer<typeof ResolveTimedOut>) {
  if (input.action === 'confirm') return loseOpportunity(ctx, actor, id, { version: input.version, reason: 'timed_out' });
  await ctx.db.transaction(async (tx) => {
    const current = await repo.findOpportunity(tx, id);
    if (!current) throw errors.notFound('The opportunity');
    if (
      !(await repo.updateVersioned(tx, id, input.version, {
        expectedCloseOn: input.expectedCloseOn,
        timedOutProposedAt: null,
        lastActivityAt: ctx.clock.now(),
      }))
    ) {
      return conflict({ ...ctx, db: tx }, id);
    }
    await recordEvent({ ...ctx, db: tx }, actor, {
      accountId: current.opportunity.accountId,
      event: 'opportunity.close_date_extended',
      subject: `${current.opportunity.name}: new close date ${input.expectedCloseOn} — ${input.reason}`,
      data: { opportunityId: id, name: current.opportunity.name, expectedCloseOn: input.expectedCloseOn, reason: input.reason },
    });
  });
  return getOpportunity(ctx, id);
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
    proposed += ids.length;
    if (batch.length < 1000) return proposed;
    after = batch[batch.length - 1]!;
  }
}
