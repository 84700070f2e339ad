import type { AccountPlan, PlanInput } from './api';

export type Draft = Required<Omit<PlanInput, 'version'>>;
export const today = () => new Date().toISOString().slice(0, 10);
export const healthColour = { on_track: 'teal', attention: 'yellow', outdated: 'red' } as const;

export const draftOf = (plan: AccountPlan | null): Draft => ({
  template: plan?.template ?? 'light',
  year: plan?.year ?? new Date().getUTCFullYear(),
  goals: plan?.goals ?? '',
  targetAmount: plan?.targetAmount ?? 0,
  risks: plan?.risks ?? [],
  whiteSpace: plan?.whiteSpace.map((w) => ({ productId: w.productId, nextStep: w.nextStep })) ?? [],
  stakeholders:
    plan?.stakeholders.map((s) => ({
      contactId: s.contactId,
      role: s.role,
      influence: s.influence,
      attitude: s.attitude,
      relationshipOwnerId: s.relationshipOwnerId,
    })) ?? [],
  reviewOn: plan?.reviewOn ?? null,
});
