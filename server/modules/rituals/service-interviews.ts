/**
 * Customer interview rounds (E3): a customer talks about 3–4 topics written beforehand while sellers
 * of several groups listen. Insights per topic; an insight becomes a tip (through the handoffs
 * module) or an opportunity for this customer, and may be marked relevant to an industry, so that
 * its customers' pages suggest it. A library of past rounds by topic and industry.
 */
import type { z } from 'zod';
import type {
  InsightInput,
  InsightOpportunity,
  InsightTip,
  InterviewInput,
  InterviewQuery,
  InterviewRound,
  Lesson,
} from '@contract/rituals';
import type { Viewer } from '@domain/access';
import { interviewMail, mayRunRitual } from '@domain/rituals';
import { publicBaseUrl } from '../../config';
import type { Actor } from '../../platform/auth';
import { inTransaction, type AppContext } from '../../platform/context';
import { errors } from '../../platform/errors';
import { recordEvent } from '../activities/service';
import { createHandoff } from '../handoffs/service';
import { notify } from '../notifications/service';
import { createOpportunity } from '../opportunities/service';
import type { CalendarGathering } from './calendar';
import { sellersOfSeveralGroups } from './people';
import * as visits from './repo';
import * as repo from './repo-interviews';

async function presentRounds(ctx: AppContext, rows: repo.RoundView[], viewer: Viewer): Promise<InterviewRound[]> {
  const ids = rows.map((r) => r.round.id);
  const [listeners, insights] = await Promise.all([repo.listenersOf(ctx.db, ids), repo.insightsOf(ctx.db, ids)]);
  const outcomes = await visits.outcomesOf(
    ctx.db,
    'insight',
    insights.map((i) => i.insight.id),
  );
  return rows.map(({ round: r, accountName, industry, contactFirst, contactLast }) => {
    const mine = listeners.filter((l) => l.roundId === r.id);
    return {
      id: r.id,
      account: { id: r.accountId, name: accountName, industry },
      contact: r.contactId && contactFirst !== null ? { id: r.contactId, name: `${contactFirst} ${contactLast ?? ''}`.trim() } : null,
      heldOn: r.heldOn,
      topics: r.topics,
      listeners: mine.map((l) => ({ id: l.id, name: l.name, salesGroupName: l.salesGroupName })),
      insights: insights
        .filter((i) => i.insight.roundId === r.id)
        .map(({ insight: i, by }) => ({
          id: i.id,
          roundId: i.roundId,
          topic: i.topic,
          text: i.text,
          reach: i.reach,
          industry: i.industry,
          by,
          tips: outcomes.tips.filter((t) => t.ritualId === i.id).map((t) => ({ id: t.id, toSalesGroup: t.toSalesGroup })),
          opportunities: outcomes.deals.filter((d) => d.ritualId === i.id).map((d) => ({ id: d.id, name: d.name })),
        })),
      can: { run: mayRunRitual(viewer, { createdById: r.createdById, sellerIds: mine.map((l) => l.id) }) },
    };
  });
}

/** The library: rounds by a word (topic, insight, customer) and by industry, newest first. */
export async function listRounds(ctx: AppContext, viewer: Viewer, q: z.infer<typeof InterviewQuery> & { accountId?: string }) {
  return presentRounds(ctx, await repo.listRounds(ctx.db, q), viewer);
}

async function roundOf(ctx: AppContext, id: string) {
  const row = await repo.findRound(ctx.db, id);
  if (!row) throw errors.notFound('The interview round');
  return row;
}

export async function getRound(ctx: AppContext, id: string, viewer: Viewer) {
  const [round] = await presentRounds(ctx, [await roundOf(ctx, id)], viewer);
  return round!;
}

/** Plan a round: the customer, its contact, the day, 3–4 topics, listeners of at least two groups; optionally mail the topics. */
export async function createRound(ctx: AppContext, actor: Actor, input: z.infer<typeof InterviewInput>) {
  const account = await repo.accountOf(ctx.db, input.accountId);
  if (!account) throw errors.invalid('The account does not exist.', [{ path: 'body.accountId', message: 'unknown account' }]);
  if (input.contactId) {
    const contact = await repo.contactAt(ctx.db, input.contactId);
    if (!contact || contact.accountId !== account.id)
      throw errors.invalid('The contact is not one of the customer’s.', [{ path: 'body.contactId', message: 'not at the account' }]);
  }
  const ids = [...new Set(input.listenerIds)];
  const people = await sellersOfSeveralGroups(ctx, ids, 'listenerIds', 'An interview round');
  const id = await inTransaction(ctx, async (tx) => {
    const round = await repo.insertRound(
      tx.db,
      {
        accountId: account.id,
        contactId: input.contactId ?? null,
        heldOn: input.heldOn,
        topics: input.topics,
        createdById: actor.id,
        createdAt: tx.clock.now(),
      },
      ids,
    );
    await recordEvent(tx, actor, {
      accountId: account.id,
      event: 'interview.planned',
      subject: `Customer interview planned for ${input.heldOn}`,
      data: { roundId: round.id, heldOn: input.heldOn, topics: input.topics, listeners: people.map((p) => p.name) },
    });
    await notify(
      tx,
      ids
        .filter((u) => u !== actor.id)
        .map((userId) => ({
          userId,
          kind: 'interview.listener',
          data: { roundId: round.id, accountName: account.name, heldOn: input.heldOn },
          link: `/cross-selling/interviews/${round.id}`,
        })),
    );
    return round.id;
  });
  if (input.sendTopics) await mailTopics(ctx, id, actor);
  return getRound(ctx, id, actor);
}

/** The topics to the customer's contact, after the round is saved (in the contact's market language is unknown: the sender's). */
async function mailTopics(ctx: AppContext, id: string, actor: Actor) {
  const row = await repo.findRound(ctx.db, id);
  if (!ctx.mailer || !row?.contactEmail) return;
  const [sender] = await visits.people(ctx.db, [actor.id]);
  try {
    await ctx.mailer.send({
      to: row.contactEmail,
      ...interviewMail(sender?.locale ?? 'en', {
        account: row.accountName,
        day: row.round.heldOn,
        topics: row.round.topics,
        from: sender?.name ?? '',
      }),
    });
  } catch (e) {
    ctx.log.warn({ err: e, roundId: id }, 'could not send the interview topics');
  }
}

async function runnable(ctx: AppContext, actor: Actor, id: string) {
  const row = await roundOf(ctx, id);
  const listeners = await repo.listenersOf(ctx.db, [id]);
  if (!mayRunRitual(actor, { createdById: row.round.createdById, sellerIds: listeners.map((l) => l.id) }))
    throw errors.forbidden('Only the round’s listeners, who planned it, leaders and admins record it.');
  return row;
}

/** An insight on one topic; relevant to this customer or to its industry (which then shows it to the industry's customers). */
export async function addInsight(ctx: AppContext, actor: Actor, id: string, input: z.infer<typeof InsightInput>) {
  const row = await runnable(ctx, actor, id);
  if (input.topic >= row.round.topics.length)
    throw errors.invalid('The round has no such topic.', [{ path: 'body.topic', message: `0–${row.round.topics.length - 1}` }]);
  const industry = input.reach === 'industry' ? (input.industry ?? row.industry) : null;
  if (input.reach === 'industry' && !industry)
    throw errors.invalid('Name the industry the insight is relevant to.', [{ path: 'body.industry', message: 'required' }]);
  await inTransaction(ctx, async (tx) => {
    const insight = await repo.insertInsight(tx.db, {
      roundId: id,
      topic: input.topic,
      text: input.text,
      reach: input.reach,
      industry,
      byUserId: actor.id,
      createdAt: tx.clock.now(),
    });
    await recordEvent(tx, actor, {
      accountId: row.round.accountId,
      event: 'interview.insight',
      subject: `Customer interview: ${row.round.topics[input.topic] ?? ''}`,
      data: { roundId: id, insightId: insight.id, topic: row.round.topics[input.topic] ?? '', text: input.text },
    });
  });
  return getRound(ctx, id, actor);
}

async function insightOf(ctx: AppContext, actor: Actor, insightId: string) {
  const insight = await repo.findInsight(ctx.db, insightId);
  if (!insight) throw errors.notFound('The insight');
  const row = await runnable(ctx, actor, insight.roundId);
  return { insight, accountId: row.round.accountId };
}

/** What was heard becomes a tip to the group concerned, through the handoffs module (its rules apply). */
export async function insightTip(ctx: AppContext, actor: Actor, insightId: string, input: z.infer<typeof InsightTip>) {
  const { insight, accountId } = await insightOf(ctx, actor, insightId);
  await inTransaction(ctx, async (tx) => {
    const handoff = await createHandoff(tx, actor, { ...input, accountId, note: input.note || insight.text });
    await visits.insertOutcome(tx.db, { ritualKind: 'insight', ritualId: insightId, handoffId: handoff.id });
  });
  return getRound(ctx, insight.roundId, actor);
}

/** What was heard becomes an opportunity for this customer (as any new opportunity: the stage's gate applies). */
export async function insightOpportunity(ctx: AppContext, actor: Actor, insightId: string, input: z.infer<typeof InsightOpportunity>) {
  const { insight, accountId } = await insightOf(ctx, actor, insightId);
  await inTransaction(ctx, async (tx) => {
    const opportunity = await createOpportunity(tx, actor, { ...input, accountId });
    await visits.insertOutcome(tx.db, { ritualKind: 'insight', ritualId: insightId, opportunityId: opportunity.id });
  });
  return getRound(ctx, insight.roundId, actor);
}

/** What other customers' interviews taught about this account's industry: the suggestion on its page. */
export async function lessonsFor(ctx: AppContext, accountId: string): Promise<z.infer<typeof Lesson>[]> {
  const account = await repo.accountOf(ctx.db, accountId);
  if (!account) throw errors.notFound('The account');
  if (!account.industry) return [];
  const rows = await repo.lessonsFor(ctx.db, accountId, account.industry);
  return rows.map((r) => ({
    insightId: r.insight.id,
    roundId: r.round.id,
    text: r.insight.text,
    topic: r.round.topics[r.insight.topic] ?? '',
    fromAccount: r.fromAccount,
    heldOn: r.round.heldOn,
    industry: r.insight.industry ?? account.industry!,
  }));
}

/** A listener's interview rounds for their calendar feed (all-day events), from a day on. */
export async function calendarRounds(ctx: AppContext, userId: string, sinceDay: string): Promise<CalendarGathering[]> {
  const base = publicBaseUrl(ctx.config);
  return (await repo.calendarRounds(ctx.db, userId, sinceDay)).map(({ round: r, accountName }) => ({
    uid: `interview-${r.id}`,
    summary: `Customer interview: ${accountName}`,
    description: r.topics.map((t, i) => `${i + 1}. ${t}`).join('\n'),
    location: '',
    start: null,
    end: null,
    day: r.heldOn,
    timeZone: 'UTC',
    sequence: 0,
    url: `${base}/cross-selling/interviews/${r.id}`,
  }));
}

/** What came of the interview rounds: held and coming, insights, and the tips and opportunities from them. */
export async function interviewSummary(ctx: AppContext, factors: { currency: string; factor: number }[]) {
  const today = ctx.clock.now().toISOString().slice(0, 10);
  const [rounds, came] = await Promise.all([repo.summaryFacts(ctx.db, today), visits.outcomeTotals(ctx.db, 'insight', factors)]);
  return { ...rounds, ...came };
}
