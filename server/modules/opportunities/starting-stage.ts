import type { NewOpportunityGate } from '@contract/opportunities';
import { gateFields, type GateField } from '@domain/pipeline/gates';
import { oneOf } from '@domain/people';
import type { Viewer } from '@domain/access';
import { errors } from '../../platform/errors';
import type { AppContext } from '../../platform/context';
import { processFor } from '../pipeline/service';
import * as repo from './repo';

type Placement = { salesGroupId: string | null; marketId: string | null };

/**
 * Where a new opportunity starts (B1): in the process of its owner's sales group and the account's
 * market (the owner's when the account has none), at the stage asked for or else the first open one.
 */
export async function startingStage(ctx: AppContext, owner: Placement, account: { marketId: string | null }, stageId?: string) {
  const marketId = account.marketId ?? owner.marketId;
  const process = await processFor(ctx, owner.salesGroupId, marketId);
  const stage = stageId ? process.stages.find((s) => s.id === stageId) : process.stages.find((s) => s.outcome === 'open');
  if (!stage || stage.outcome !== 'open') {
    throw errors.invalid('Start in an open stage of the process.', [{ path: 'body.stageId', message: 'not an open stage' }]);
  }
  return { process, stage, marketId };
}

/**
 * What the new-opportunity form asks for at an account (a presented fact): the stage a deal of the
 * signed-in person starts in, and the fields its gate requires — so the form marks exactly those,
 * checks them with the gate's own rule before sending, and an admin's change to the gate is seen at once.
 */
export async function newOpportunityGate(ctx: AppContext, viewer: Viewer, accountId?: string): Promise<NewOpportunityGate> {
  const account = accountId ? await repo.accountMarket(ctx.db, accountId) : { marketId: null };
  if (!account) throw errors.notFound('The account');
  const { stage } = await startingStage(ctx, viewer, account);
  const requiredFields: GateField[] = stage.requiredFields.filter((f): f is GateField => oneOf(gateFields, f));
  return { stage: { id: stage.id, key: stage.key, name: stage.name }, requiredFields };
}
