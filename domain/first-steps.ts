import type { Role } from './people';

/**
 * First steps (L6): what a person of each role does in their first days so that Korsa becomes theirs.
 * A step is done when Korsa holds the record of it (a call logged, a tip passed …), never by ticking a box,
 * so the checklist, the person's progress and the admin's adoption page all read the same facts.
 */
export const firstStepKeys = [
  'log_call',
  'pass_tip',
  'update_deal',
  'set_targets',
  'hold_forum',
  'qualify_lead',
  'hand_lead',
  'invite_users',
  'import_data',
] as const;
export type FirstStepKey = (typeof firstStepKeys)[number];

/** The steps of each role, in the order they are best taken. Management has none: it reads what others write. */
export const firstStepsByRole: Readonly<Record<Role, readonly FirstStepKey[]>> = {
  seller: ['log_call', 'pass_tip', 'update_deal'],
  sales_leader: ['set_targets', 'hold_forum', 'pass_tip'],
  marketing: ['qualify_lead', 'hand_lead'],
  management: [],
  admin: ['invite_users', 'import_data'],
};

export interface FirstStep {
  key: FirstStepKey;
  /** When the record that completes it was first written; null while not done. */
  doneAt: Date | null;
}

/** A person's first steps, from when each was first done (a step missing from `doneAt` is not done). */
export function firstStepsOf(role: Role, doneAt: ReadonlyMap<FirstStepKey, Date>): { steps: FirstStep[]; done: number; total: number } {
  const steps = firstStepsByRole[role].map((key) => ({ key, doneAt: doneAt.get(key) ?? null }));
  return { steps, done: steps.filter((s) => s.doneAt !== null).length, total: steps.length };
}

/** Monday 00:00 UTC of the week a moment falls in (the adoption page counts by ISO week). */
export function weekOf(at: Date): string {
  const day = new Date(Date.UTC(at.getUTCFullYear(), at.getUTCMonth(), at.getUTCDate()));
  day.setUTCDate(day.getUTCDate() - ((day.getUTCDay() + 6) % 7));
  return day.toISOString().slice(0, 10);
}

/** The Mondays of the last `n` weeks up to and including `now`'s, oldest first. */
export function lastWeeks(now: Date, n: number): string[] {
  const monday = new Date(`${weekOf(now)}T00:00:00Z`);
  return Array.from({ length: n }, (_, i) => {
    const d = new Date(monday);
    d.setUTCDate(d.getUTCDate() - 7 * (n - 1 - i));
    return d.toISOString().slice(0, 10);
  });
}
