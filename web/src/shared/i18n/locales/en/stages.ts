/**
 * The default stages' names in English: as the default process names them (migration 0006), so that a
 * stage an admin has not renamed is shown in the reader's language (web/src/shared/domain/stages.ts).
 * In a module of its own, so that the first download holds these and not the whole pipeline's texts.
 */
export const stages = {
  identified: 'Opportunity identified',
  quote_designed: 'Quote designed with customer',
  pricing: 'Pricing and start date',
  quote_sent: 'Quote sent',
  negotiation: 'Negotiation',
  won: 'Won',
  lost: 'Lost',
};
