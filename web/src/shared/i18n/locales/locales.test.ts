import { describe, expect, it } from 'vitest';
import { en } from './en';
import { nb } from './nb';
import { sv } from './sv';

type Tree = { [key: string]: string | Tree };

function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(path, value);
    else for (const [k, v] of flatten(value, path)) out.set(k, v);
  }
  return out;
}

const placeholders = (s: string) => [...s.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();

/** Strings that are rightly the same in English and Swedish/Norwegian (names, loan words). */
const sameAsEnglish: Record<'sv' | 'nb', string[]> = {
  sv: [
    'app.name',
    'customFields.types.text', // "text" in Swedish too
    'nav.administration',
    'users.columns.status',
    'home.you.organisation',
    'signIn.demoHint',
    // names of products and systems, a placeholder-only string, and words that are the same
    'timeline.korsa',
    'imports.sources.salesforce',
    'imports.sources.hubspot',
    'imports.sources.pipedrive',
    'account.products.period',
    'accounts.columns.status',
    'signals.sites.status',
    'accounts.filters.status',
    'accounts.sort.status',
    'nav.data',
    'nav.import',
    'imports.title',
    // the same word in both languages
    'crossSelling.columns.status',
    'records.merge.moves.handoffs_other', // "tips" is the plural in Swedish and Norwegian too
    'crossSelling.ledger.flows.count',
    'crossSelling.urgency.normal',
    'crossSelling.matrix.states.potential',
    'crossSelling.matrix.cellLabel',
    'people.invitations.columns.person',
    'game.statement.person',
    'settings.winProbability.auc',
    'rituals.scheme.columns.tips',
    'rituals.summary.tips',
    'rituals.forum.tips_other', // 'tips' is the word in Swedish too
    'rituals.lessonsCard.from', // placeholders only
    // "lead" is the word Swedish and Norwegian sales use; MQL, partner, import and the placeholder-only line
    'nav.leads',
    'leads.title',
    'leads.columns.name',
    'leads.mql',
    'leads.tuning.leads', // a loan word, as leads.title
    'leads.tuning.parameter',
    'leads.tuning.bandBelow', // "under {{to}}" in Swedish and Norwegian too
    'leads.parts.behaviour',
    'leads.source.import',
    'leads.source.partner',
    'leads.source.event',
    // the platform: loan words (webhook, lead, import, status) and a unit
    'nav.webhooks',
    'imports.entities.leads',
    'webhooks.title',
    'webhooks.deliveries.ms',
    'webhooks.deliveries.status',
    'webhooks.groups.handoff',
    'webhooks.groups.lead',
    'audit.types.lead',
    'audit.types.webhook_endpoint',
    'history.channels.import',
  ],
  nb: [
    'customFields.columns.type', // "type" in Norwegian too
    'customFields.form.type',
    'app.name',
    'roles.admin',
    'users.columns.status',
    'signIn.demoHint',
    // names of products and systems, a placeholder-only string, and words that are the same
    'timeline.korsa',
    'imports.sources.salesforce',
    'imports.sources.hubspot',
    'imports.sources.pipedrive',
    'account.products.period',
    'accounts.columns.status',
    'signals.sites.status',
    'accounts.filters.status',
    'accounts.sort.status',
    'nav.data',
    'nav.import',
    'imports.title',
    'imports.fields.type',
    'timeline.type',
    'pipeline.scope.mine',
    'pipeline.views.mine',
    'crossSelling.columns.status',
    'records.merge.moves.handoffs_other', // "tips" is the plural in Swedish and Norwegian too
    'crossSelling.ledger.flows.count',
    'crossSelling.matrix.cellLabel',
    'people.invitations.columns.person',
    'game.statement.person',
    'settings.winProbability.auc',
    'rituals.scheme.columns.tips',
    'rituals.summary.tips',
    'rituals.forum.tips_other', // 'tips' is the word in Norwegian too
    'rituals.forum.kinds.seminar',
    'rituals.lessonsCard.from', // placeholders only
    // "lead" is the word Swedish and Norwegian sales use; MQL, partner, import and the placeholder-only line
    'nav.leads',
    'leads.title',
    'leads.columns.name',
    'leads.mql',
    'leads.tuning.leads', // a loan word, as leads.title
    'leads.tuning.parameter',
    'leads.tuning.bandBelow', // "under {{to}}" in Swedish and Norwegian too
    'leads.parts.behaviour',
    'leads.source.import',
    'leads.source.partner',
    'leads.tabs.mine',
    // the platform: loan words (webhook, lead, import, status) and a unit
    'nav.webhooks',
    'imports.entities.leads',
    // Norwegian's imperative of “sende”
    'leads.demoSite.send',
    'webhooks.title',
    'webhooks.deliveries.ms',
    'webhooks.deliveries.status',
    'webhooks.groups.handoff',
    'webhooks.groups.lead',
    'audit.types.lead',
    'audit.types.webhook_endpoint',
    'history.channels.import',
  ],
};

describe.each([
  ['sv', sv],
  ['nb', nb],
] as const)('the %s translation', (lng, messages) => {
  const source = flatten(en);
  const translated = flatten(messages);

  it('has exactly the English keys', () => {
    expect([...translated.keys()].sort()).toEqual([...source.keys()].sort());
  });

  it('keeps every {{placeholder}} and leaves nothing empty', () => {
    for (const [key, text] of source) {
      const other = translated.get(key) ?? '';
      expect(other.trim(), key).not.toBe('');
      expect(placeholders(other), key).toEqual(placeholders(text));
    }
  });

  it('translates everything except a short list of names and loan words', () => {
    const untranslated = [...source].filter(([key, text]) => translated.get(key) === text).map(([key]) => key);
    expect(untranslated.sort()).toEqual([...sameAsEnglish[lng]].sort());
  });
});
