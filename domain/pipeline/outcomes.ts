/** How a stage ends an opportunity (open, won or lost) and why an opportunity is lost (B3). */
export const stageOutcomes = ['open', 'won', 'lost'] as const;
export type StageOutcome = (typeof stageOutcomes)[number];
export type CloseOutcome = Exclude<StageOutcome, 'open'>;

/** Lost to a named competitor, disqualified by the customer, timed out (B4), or other. */
export const lostReasons = ['competitor', 'disqualified', 'timed_out', 'other'] as const;
export type LostReason = (typeof lostReasons)[number];
