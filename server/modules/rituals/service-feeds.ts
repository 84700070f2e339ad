import type { z } from 'zod';
import type { CalendarFeed } from '@contract/rituals';
import { publicBaseUrl } from '../../config';
import type { Actor } from '../../platform/auth';
import { inTransaction, type AppContext } from '../../platform/context';
import { errors } from '../../platform/errors';
import { randomToken, sha256 } from '../../platform/tokens';
import { feed, type CalendarVisit } from './calendar';
import { calendarRounds } from './service-interviews';
import * as repo from './repo';
import { calendarSeminars } from './service-seminars';
import { calendarVisit, DAY } from './service';

// Personal calendar feeds: a secret address per person that serves their joint visits, seminars and interview rounds as iCalendar.

const feedUrl = (ctx: AppContext, token: string) => `${publicBaseUrl(ctx.config)}/api/calendar/${token}.ics`;

export async function feedStatus(ctx: AppContext, actor: Actor): Promise<z.infer<typeof CalendarFeed>> {
  const row = await repo.findFeed(ctx.db, actor.id);
  return {
    active: !!row,
    createdAt: row?.createdAt.toISOString() ?? null,
    lastUsedAt: row?.lastUsedAt?.toISOString() ?? null,
    url: null,
  };
}

/** A new secret feed address (the old one stops working). The token is shown once; only its hash is kept. */
export async function createFeed(ctx: AppContext, actor: Actor): Promise<z.infer<typeof CalendarFeed>> {
  const token = randomToken(32);
  const row = await inTransaction(ctx, (tx) => repo.replaceFeed(tx.db, actor.id, sha256(token), tx.clock.now()));
  return { active: true, createdAt: row.createdAt.toISOString(), lastUsedAt: null, url: feedUrl(ctx, token) };
}

export async function revokeFeed(ctx: AppContext, actor: Actor) {
  await repo.deleteFeed(ctx.db, actor.id);
  return feedStatus(ctx, actor);
}

/** The feed itself (public route, authenticated by the token): the person's visits, seminars and interview rounds from 60 days back on. */
export async function feedFile(ctx: AppContext, file: string): Promise<string> {
  const token = file.replace(/\.ics$/, '');
  const owner = await repo.feedOwner(ctx.db, sha256(token), ctx.clock.now());
  if (!owner) throw errors.notFound('The calendar feed');
  const since = new Date(ctx.clock.now().getTime() - 60 * DAY);
  const [rows, seminars, rounds] = await Promise.all([
    repo.calendarVisits(ctx.db, owner.userId, since),
    calendarSeminars(ctx, owner.userId, since),
    calendarRounds(ctx, owner.userId, since.toISOString().slice(0, 10)),
  ]);
  const events = rows.map((r) => calendarVisit(ctx, r)).filter((c): c is CalendarVisit => !!c);
  return feed(`Korsa — ${owner.name}`, events, new URL(publicBaseUrl(ctx.config)).hostname, [...seminars, ...rounds]);
}
