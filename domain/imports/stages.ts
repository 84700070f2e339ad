import { normaliseHeader } from './layouts';

/**
 * Other CRMs' stage names mapped onto Korsa's process (stage keys). Salesforce's standard picklist,
 * HubSpot's default deal stages, Pipedrive's default pipeline, Maven's sample and Korsa's own names.
 * A file's own mapping (`Engaging=quote_sent`) overrides these.
 */
const defaults: Record<string, string> = {
  // Korsa
  identified: 'identified',
  opportunityidentified: 'identified',
  quotedesigned: 'quote_designed',
  quotedesignedwithcustomer: 'quote_designed',
  pricing: 'pricing',
  pricingandstartdate: 'pricing',
  quotesent: 'quote_sent',
  negotiation: 'negotiation',
  won: 'won',
  lost: 'lost',
  // Salesforce
  prospecting: 'identified',
  qualification: 'identified',
  needsanalysis: 'quote_designed',
  valueproposition: 'quote_designed',
  iddecisionmakers: 'quote_designed',
  perceptionanalysis: 'quote_designed',
  proposalpricequote: 'quote_sent',
  negotiationreview: 'negotiation',
  closedwon: 'won',
  closedlost: 'lost',
  // HubSpot
  appointmentscheduled: 'identified',
  qualifiedtobuy: 'identified',
  presentationscheduled: 'quote_designed',
  decisionmakerboughtin: 'negotiation',
  contractsent: 'quote_sent',
  // Pipedrive
  leadin: 'identified',
  contactmade: 'identified',
  demoscheduled: 'quote_designed',
  proposalmade: 'quote_sent',
  qualified: 'identified',
  negotiationsstarted: 'negotiation',
  // Maven CRM sample
  engaging: 'quote_designed',
};

/**
 * A deal's status where a CRM keeps it apart from the stage (Pipedrive's "Deal - Status": open, won,
 * lost, with the stage the deal was in when it closed): won and lost decide the stage.
 */
export function stageOfStatus(status: string | undefined): 'won' | 'lost' | null {
  const s = normaliseHeader(status ?? '');
  return s === 'won' ? 'won' : s === 'lost' ? 'lost' : null;
}

/** Parse "Engaging=quote_sent, Prospecting=identified" into a lookup. */
export function parseStageMap(spec: string | undefined): Record<string, string> {
  const map: Record<string, string> = {};
  for (const pair of (spec ?? '').split(',')) {
    const [from, to] = pair.split('=').map((x) => x.trim());
    if (from && to) map[normaliseHeader(from)] = to;
  }
  return map;
}

export function mapStage(name: string, overrides: Record<string, string>): string | null {
  const key = normaliseHeader(name);
  return overrides[key] ?? defaults[key] ?? null;
}
