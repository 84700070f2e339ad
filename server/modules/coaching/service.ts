import type { z } from 'zod';
import type { Agenda, HoldOneToOne, OneToOneTeam, SellerOneToOnes } from '@contract/one-to-ones';
import { isAdmin, leadsPerson, type Viewer } from '@domain/access';
import {
  byUrgency,
  defaultCadenceDays,
  firstLookBackDays,
  oneToOneStatus,
  prepareAgenda,
  ratingTrend,
  reminderDueOn,
  type Agenda as DomainAgenda,
  type DealFact,
} from '@domain/one-to-ones';
import type { Actor } from '../../platform/auth';
import { inTransaction, type AppContext } from '../../platform/context';
import { errors } from '../../platform/errors';
import { notify, notifyUnlessSentSince } from '../notifications/service';
import { createTaskIn } from '../tasks/service';
import { sellerProgress } from '../targets/service';
import * as repo from './repo';

const DAY = 86_400_000;
const day = (d: Date) => d.toISOString().slice(0, 10);
type Seller = NonNullable<Awaited<ReturnType<typeof repo.person>>>;

async function loadSeller(ctx: AppContext, sellerId: string): Promise<Seller> {
  const seller = await repo.person(ctx.db, sellerId);
  if (!seller) throw errors.notFound('The seller');
  return seller;
}

/** Holding a seller's one-to-one and setting its cadence: the seller's leaders and admins. */
const mayHold = (v: Viewer, seller: Seller) => v.id !== seller.id && (isAdmin(v) || leadsPerson(v, seller));
/** Reading them: the seller themself too. */
const mayRead = (v: Viewer, seller: Seller) => v.id === seller.id || mayHold(v, seller);

function presentDeal(d: DealFact & { warning?: 'timed_out' | 'close_overdue' | 'stale' }) {
  return {
    id: d.id,
    name: d.name,
    accountName: d.accountName,
    value: d.value,
    currency: d.currency,
    stageName: d.stageName,
    expectedCloseOn: d.expectedCloseOn,
    closedAt: d.closedAt?.toISOString() ?? null,
    warning: d.warning ?? null,
  };
}
const presentTip = (t: DomainAgenda['tips']['given'][number]) => ({
  id: t.id,
  accountName: t.accountName,
  status: t.status,
  createdAt: t.createdAt.toISOString(),
  dueAt: t.dueAt.toISOString(),
});

/** The agenda of the seller's next one-to-one, from their data since the last one (domain/one-to-ones.ts). */
async function agendaFor(ctx: AppContext, sellerId: string, lastHeldAt: Date | null): Promise<Agenda> {
  const now = ctx.clock.now();
  const since = lastHeldAt ?? new Date(now.getTime() - firstLookBackDays * DAY);
  const [deals, tips, activity, progress, openActions] = await Promise.all([
    repo.deals(ctx.db, sellerId, since),
    repo.tips(ctx.db, sellerId, since),
    repo.activity(ctx.db, sellerId, since, now),
    sellerProgress(ctx, sellerId),
    repo.openActions(ctx.db, sellerId),
  ]);
  const a = prepareAgenda({
    since,
    now,
    deals,
    tipsReceived: tips.filter((t) => t.received),
    tipsGiven: tips.filter((t) => !t.received),
    activity,
    targets: progress.channels,
    elapsed: progress.elapsed,
    openActions,
  });
  return {
    since: a.since,
    topics: a.topics,
    openActions: a.openActions,
    pipeline: {
      created: a.pipeline.created.map(presentDeal),
      won: a.pipeline.won.map(presentDeal),
      lost: a.pipeline.lost.map(presentDeal),
      moved: a.pipeline.moved.map(presentDeal),
      attention: a.pipeline.attention.map(presentDeal),
    },
    tips: {
      toAnswer: a.tips.toAnswer.map(presentTip),
      received: a.tips.received.map(presentTip),
      given: a.tips.given.map(presentTip),
      reportsBack: a.tips.reportsBack.map(presentTip),
    },
    activity: a.activity,
    targets: a.targets.map((t) => ({ ...t, progress: Math.round(t.progress * 1000) / 1000 })),
    currency: progress.currency,
  };
}

/** A seller's one-to-ones: the prepared agenda, the history with its actions, the trend of the ratings. */
export async function sellerOneToOnes(ctx: AppContext, viewer: Viewer, sellerId: string): Promise<SellerOneToOnes> {
  const seller = await loadSeller(ctx, sellerId);
  if (!mayRead(viewer, seller)) throw errors.forbidden('Only the seller, their sales leader or an admin can see their one-to-ones.');
  const [cadence, history] = await Promise.all([repo.cadenceOf(ctx.db, sellerId), repo.history(ctx.db, sellerId, 50)]);
  const [agenda, actions] = await Promise.all([
    agendaFor(ctx, sellerId, history[0]?.heldAt ?? null),
    repo.actionsOf(
      ctx.db,
      history.map((h) => h.id),
    ),
  ]);
  const cadenceDays = cadence ?? defaultCadenceDays;
  const lastHeldOn = history[0]?.heldOn ?? null;
  return {
    seller: { id: seller.id, name: seller.name },
    cadenceDays,
    status: { ...oneToOneStatus({ cadenceDays, lastHeldOn }, day(ctx.clock.now())), lastHeldOn },
    agenda,
    history: history.map((h) => ({
      id: h.id,
      heldOn: h.heldOn,
      leader: h.leaderId && h.leaderName ? { id: h.leaderId, name: h.leaderName } : null,
      notes: h.notes,
      ratings: h.ratings,
      actions: actions
        .filter((x) => x.oneToOneId === h.id)
        .map((x) => ({ id: x.id, title: x.title, taskId: x.taskId, dueOn: x.dueOn, done: x.done })),
    })),
    trend: ratingTrend(history.map((h) => ({ heldOn: h.heldOn, heldAt: h.heldAt.toISOString(), ratings: h.ratings }))),
    can: { hold: mayHold(viewer, seller) },
  };
}

/** The leader's list: the people they lead with where each stands, the overdue first. */
export async function team(ctx: AppContext, viewer: Viewer): Promise<z.infer<typeof OneToOneTeam>> {
  const leadsSomeone = viewer.leads.salesGroupIds.length + viewer.leads.marketIds.length > 0;
  if (!leadsSomeone && !isAdmin(viewer)) return { items: [] };
  const rows = await repo.team(ctx.db, leadsSomeone ? viewer.leads : null, viewer.id);
  const today = day(ctx.clock.now());
  const items = rows.map((r) => {
    const cadenceDays = r.everyDays ?? defaultCadenceDays;
    return {
      seller: { id: r.id, name: r.name },
      cadenceDays,
      lastHeldOn: r.lastHeldOn,
      openActions: r.openActions,
      ...oneToOneStatus({ cadenceDays, lastHeldOn: r.lastHeldOn }, today),
    };
  });
  return { items: items.sort(byUrgency) };
}

/** A leader sets how often they meet a seller. */
export async function setCadence(ctx: AppContext, actor: Actor, sellerId: string, everyDays: number): Promise<SellerOneToOnes> {
  const seller = await loadSeller(ctx, sellerId);
  if (!mayHold(actor, seller)) throw errors.forbidden('Only the seller’s sales leader or an admin can set their one-to-ones.');
  await repo.putCadence(ctx.db, sellerId, everyDays, actor.id, ctx.clock.now());
  return sellerOneToOnes(ctx, actor, sellerId);
}

/**
 * Hold the one-to-one: the agenda as prepared now is kept with it, the notes and ratings are written,
 * and each agreed action becomes a task on the seller's list (it comes back on the next agenda until
 * done); the seller is told.
 */
export async function holdOneToOne(ctx: AppContext, actor: Actor, sellerId: string, input: HoldOneToOne): Promise<SellerOneToOnes> {
  const seller = await loadSeller(ctx, sellerId);
  if (!mayHold(actor, seller)) throw errors.forbidden('Only the seller’s sales leader or an admin can hold their one-to-one.');
  if (!seller.active) throw errors.invalid('The seller is no longer active.', [{ path: 'params.sellerId', message: 'inactive user' }]);
  const [last, leader] = await Promise.all([repo.history(ctx.db, sellerId, 1).then((h) => h[0]), repo.person(ctx.db, actor.id)]);
  const agenda = await agendaFor(ctx, sellerId, last?.heldAt ?? null);
  await inTransaction(ctx, async (tx) => {
    const now = tx.clock.now();
    const id = await repo.insertOneToOne(tx.db, {
      sellerId,
      leaderId: actor.id,
      heldOn: day(now),
      heldAt: now,
      notes: input.notes,
      ratings: input.ratings,
      agenda,
      createdAt: now,
    });
    const rows = [];
    for (const action of input.actions) {
      const taskId = await createTaskIn(tx, actor, {
        title: action.title,
        note: `Agreed at the one-to-one of ${day(now)}`,
        dueOn: action.dueOn,
        remindAt: `${action.dueOn}T08:00:00.000Z`,
        ownerId: sellerId,
      });
      rows.push({ oneToOneId: id, taskId, title: action.title, createdAt: now });
    }
    await repo.insertActions(tx.db, rows);
    await notify(tx, [
      { userId: sellerId, kind: 'one_to_one.held', data: { by: leader?.name ?? '', count: rows.length }, link: `/one-to-ones/${sellerId}` },
    ]);
  });
  return sellerOneToOnes(ctx, actor, sellerId);
}

/**
 * Scheduled: a leader is reminded in the notification centre (alert 'one_to_one_due', as they chose in
 * their alert settings) when a seller's one-to-one falls due by its cadence — once per due day: a
 * reminder already sent since that day is not sent again, and the next due day comes with the next meeting.
 */
export async function remindDueOneToOnes(ctx: AppContext): Promise<number> {
  const today = day(ctx.clock.now());
  const rows = await repo.reminderCandidates(ctx.db);
  const due = rows.flatMap((r) => {
    const dueOn = r.leaderId ? reminderDueOn({ cadenceDays: r.everyDays ?? defaultCadenceDays, lastHeldOn: r.lastHeldOn }, today) : null;
    return dueOn ? [{ ...r, leaderId: r.leaderId!, dueOn }] : [];
  });
  let sent = 0;
  // grouped by due day: "sent since the due day" is what makes each reminder once
  for (const dueOn of new Set(due.map((d) => d.dueOn))) {
    const notices = due
      .filter((d) => d.dueOn === dueOn)
      .map((d) => ({
        userId: d.leaderId,
        kind: 'one_to_one.due',
        data: { seller: d.name, dueOn, lastHeldOn: d.lastHeldOn },
        link: `/one-to-ones/${d.id}`,
      }));
    sent += await inTransaction(ctx, (tx) => notifyUnlessSentSince(tx, notices, new Date(`${dueOn}T00:00:00.000Z`)));
  }
  return sent;
}
