/**
 * The scoring rules' tuning page (C1): the company's leads and their outcomes, judged and learned
 * from by domain/lead-tuning.ts; adopting suggestions is a change of the rules like any other
 * (`putSettings`: the audit trail, open leads scored again).
 */
import type { AdoptSuggestions, LeadTuning } from '@contract/lead-tuning';
import type { LeadSettings } from '@contract/leads';
import type { Viewer } from '@domain/access';
import type { BehaviourEvent } from '@domain/lead-score';
import { applySuggestions, tuneLeadScoring, type TuningLead, type TuningReport } from '@domain/lead-tuning';
import { allows } from '@domain/policy';
import type { Actor } from '../../platform/auth';
import type { AppContext } from '../../platform/context';
import { errors } from '../../platform/errors';
import { leadPolicies } from './policies';
import * as repo from './repo-tuning';
import { getSettings, putSettings } from './service';

async function report(ctx: AppContext, settings: LeadSettings): Promise<TuningReport> {
  const [rows, events] = await Promise.all([repo.tuningLeads(ctx.db), repo.allLeadEvents(ctx.db)]);
  const byLead = new Map<string, BehaviourEvent[]>();
  for (const e of events) {
    const list = byLead.get(e.leadId) ?? [];
    list.push({ kind: e.kind, at: e.at });
    byLead.set(e.leadId, list);
  }
  const leads: TuningLead[] = rows.map((r) => ({
    facts: { industry: r.industry, size: r.size, title: r.title, source: r.source, country: r.country, market: r.market },
    events: byLead.get(r.id) ?? [],
    createdAt: r.createdAt,
    opportunityAt: r.opportunityAt,
    won: r.won,
  }));
  return tuneLeadScoring(leads, settings.scoring, { now: ctx.clock.now() });
}

/** The tuning page as of now, with what the viewer may do. */
export async function leadTuning(ctx: AppContext, viewer: Viewer): Promise<LeadTuning> {
  const settings = await getSettings(ctx);
  return { ...(await report(ctx, settings)), can: { adopt: allows(leadPolicies.tune, viewer) } };
}

/**
 * Adopt the suggested points — all, or the ones named — as they are now: the suggestion is computed
 * again from the data, so what is adopted is what the page shows unless the leads changed meanwhile;
 * a key it no longer suggests is refused (409) rather than silently skipped.
 */
export async function adoptSuggestions(ctx: AppContext, actor: Actor, input: AdoptSuggestions): Promise<LeadSettings> {
  const settings = await getSettings(ctx);
  const { suggestions } = await report(ctx, settings);
  const learned = new Set(suggestions.filter((s) => s.suggested !== null).map((s) => s.key));
  const keys = input.keys ?? [...learned];
  const unknown = keys.filter((k) => !learned.has(k));
  if (unknown.length > 0)
    throw errors.conflict(
      'tuning_suggestion_changed',
      'There is no such suggestion any more: reload the tuning page to see what the leads suggest now.',
      {
        keys: unknown,
      },
    );
  if (keys.length === 0) throw errors.conflict('tuning_suggestion_changed', 'The leads suggest nothing to adopt yet.', { keys: [] });
  const scoring = applySuggestions(settings.scoring, suggestions, keys);
  return putSettings(ctx, actor, { ...settings, scoring }, keys);
}
