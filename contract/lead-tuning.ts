import { z } from 'zod';
import { behaviourKinds, fitFields } from '@domain/lead-score';
import { text } from './common';

/** The tuning page's shapes (C1): what domain/lead-tuning.ts computes, as the server presents it. */
const Interval = z.object({ low: z.number(), high: z.number() });
export const TuningParam = z.discriminatedUnion('type', [
  z.object({ type: z.literal('fit'), field: z.enum(fitFields), value: text() }),
  z.object({ type: z.literal('behaviour'), kind: z.enum(behaviourKinds) }),
  z.object({ type: z.literal('inactive') }),
]);
const Outcomes = z.object({
  leads: z.number().int(),
  opportunities: z.number().int(),
  won: z.number().int(),
  /** null: too few leads to say. */
  opportunityRate: z.number().nullable(),
  wonRate: z.number().nullable(),
  interval: Interval.nullable(),
});
const CalibrationBand = z.object({
  band: z.number().int(),
  from: z.number(),
  to: z.number(),
  leads: z.number().int(),
  predicted: z.number().nullable(),
  trainLeads: z.number().int(),
  observed: z.number().nullable(),
});
const ModelEvaluation = z.object({ auc: z.number().nullable(), aucInterval: Interval.nullable(), calibration: z.array(CalibrationBand) });

export const LeadTuning = z.object({
  asOf: z.iso.datetime(),
  observeDays: z.number().int(),
  matureDays: z.number().int(),
  minLeads: z.number().int(),
  tooYoung: z.number().int(),
  total: Outcomes,
  parameters: z.array(
    Outcomes.extend({
      key: text(),
      param: TuningParam,
      lift: z.number().nullable(),
      liftInterval: Interval.nullable(),
      points: z.number().nullable(),
    }),
  ),
  bands: z.array(Outcomes.extend({ from: z.number().nullable(), to: z.number().nullable() })),
  split: z
    .object({
      from: z.iso.datetime(),
      trainLeads: z.number().int(),
      testLeads: z.number().int(),
      trainOpportunities: z.number().int(),
      testOpportunities: z.number().int(),
    })
    .nullable(),
  configured: ModelEvaluation,
  suggested: ModelEvaluation.nullable(),
  suggestions: z.array(
    z.object({
      key: text(),
      param: TuningParam,
      configured: z.number().nullable(),
      suggested: z.number().nullable(),
      trainLeads: z.number().int(),
    }),
  ),
  /** May this viewer adopt suggestions (marketing, sales leaders, admins: who may change the rules). */
  can: z.object({ adopt: z.boolean() }),
});
export type LeadTuning = z.infer<typeof LeadTuning>;

/** Adopt the suggested points: all of them, or the suggestions named by their keys ("fit:size:large", "behaviour:download"). */
export const AdoptSuggestions = z.object({
  keys: z.array(text().trim().min(1).max(200)).min(1).max(300).optional(),
});
export type AdoptSuggestions = z.infer<typeof AdoptSuggestions>;
