/**
 * Stage gates (B1, B2, B3): each stage declares the fields an opportunity needs to enter it (the
 * default process is seeded by migration 0006).
 * Entering "Opportunity identified" needs an estimated value, an expected close date and the contact
 * the dialogue is with; Won needs the signing date and line items; Lost needs a reason, and a
 * competitor when lost to one.
 */
export const gateFields = [
  'estimatedValue',
  'expectedCloseOn',
  'contactId',
  'lines',
  'startOn',
  'quoteSentOn',
  'quoteValidUntil',
  'signedOn',
  'lostReason',
] as const;
export type GateField = (typeof gateFields)[number];

export interface GateSubject {
  estimatedValue: number | null;
  expectedCloseOn: string | null;
  contactId: string | null;
  lineCount: number;
  startOn: string | null;
  quoteSentOn: string | null;
  quoteValidUntil: string | null;
  signedOn: string | null;
  lostReason: string | null;
  competitorId: string | null;
}

function present(field: GateField, o: GateSubject): boolean {
  switch (field) {
    case 'estimatedValue':
      return o.estimatedValue !== null && o.estimatedValue > 0;
    case 'lines':
      return o.lineCount > 0;
    default:
      return o[field] !== null && o[field] !== '';
  }
}

/** The required fields the opportunity lacks for a stage; the competitor when lost to one. */
export function missingForStage(required: readonly string[], outcome: 'open' | 'won' | 'lost', o: GateSubject): string[] {
  const fields = new Set<string>(required);
  if (outcome === 'won') ['signedOn', 'lines'].forEach((f) => fields.add(f));
  if (outcome === 'lost') fields.add('lostReason');
  const missing = [...fields].filter((f) => (gateFields as readonly string[]).includes(f) && !present(f as GateField, o));
  if (outcome === 'lost' && lostToUnnamedCompetitor(o)) missing.push('competitorId');
  return missing;
}

/** A deal lost to a competitor names which one (B3): the gate's own rule for every lost stage. */
export function lostToUnnamedCompetitor(loss: { lostReason: string | null; competitorId: string | null | undefined }): boolean {
  return loss.lostReason === 'competitor' && !loss.competitorId;
}
