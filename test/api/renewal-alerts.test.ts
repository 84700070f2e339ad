/**
 * Renewal due (K2): the scheduled job tells a won deal's seller, and the account's owner, 60 and 30 days
 * before the customer's agreement ends — once per agreement and threshold, by the controllable clock —
 * where each person chose (domain/alerts.ts `renewal_due`); a renewal already started is not alerted.
 */
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rowsOf } from '../../server/db/client';
import { alertRenewalsDue } from '../../server/modules/opportunities/service-renewals';
import { createTestApp, type TestApp } from '../helpers/app';
import { dbKinds } from '../helpers/db';

const DAY = 86_400_000;
const day = (d: Date) => d.toISOString().slice(0, 10);

describe.each(dbKinds)('renewal-due alerts (%s)', (kind) => {
  let t: TestApp;
  // far past the demo's agreements, so only the test's own end within the window
  let now = new Date('2040-03-01T08:00:00Z');
  let sellerId: string;
  let deal: { id: string; accountId: string };

  const query = async <T>(q: ReturnType<typeof sql>) => rowsOf<T>(await t.ctx.db.execute(q));
  const alerts = (userId: string) =>
    query<{ data: { count: number; endsOn: string }; inApp: boolean; email: string; link: string }>(sql`
      select data, in_app as "inApp", email, link from notifications
      where user_id = ${userId} and kind = 'opportunities.renewal_due' order by created_at`);
  /** A won deal of this owner whose agreement ends `days` from now, on an account owned by `accountOwner`. */
  const agreement = async (ownerId: string, accountOwner: string | null, days: number) => {
    const [row] = await query<{ id: string; accountId: string }>(sql`
      select o.id, o.account_id as "accountId" from opportunities o
      where o.deleted_at is null and not exists (select 1 from renewal_alerts r where r.opportunity_id = o.id)
        and o.account_id not in (select account_id from opportunities where agreement_ends_on > '2039-01-01')
      order by o.id limit 1`);
    await t.ctx.db.execute(sql`update accounts set owner_id = ${accountOwner} where id = ${row!.accountId}`);
    // nobody is working on a renewal: no other open deal on the account
    await t.ctx.db.execute(sql`update opportunities set deleted_at = ${now} where account_id = ${row!.accountId} and id <> ${row!.id}`);
    await t.ctx.db.execute(sql`update opportunities set owner_id = ${ownerId},
      agreement_ends_on = ${day(new Date(now.getTime() + days * DAY))}::date where id = ${row!.id}`);
    return row!;
  };

  beforeAll(async () => {
    t = await createTestApp(kind, { clock: { now: () => now } });
    sellerId = await t.userId('seller@nordlys.example');
  });
  afterAll(async () => {
    await t.close();
  });

  it('tells the seller and the account’s owner at 60 days, once, and again at 30 days', async () => {
    const ownerId = await t.userId('leader@nordlys.example');
    deal = await agreement(sellerId, ownerId, 75);
    expect(await alertRenewalsDue(t.ctx)).toBe(0); // not yet within 60 days

    now = new Date(now.getTime() + 16 * DAY); // 59 days left
    expect(await alertRenewalsDue(t.ctx)).toBe(2);
    const [first] = await alerts(sellerId);
    expect(first).toMatchObject({ data: { count: 59 }, inApp: true, email: 'instant', link: `/accounts/${deal.accountId}` });
    expect(await alerts(ownerId)).toHaveLength(1);
    expect(await alertRenewalsDue(t.ctx)).toBe(0); // the next run: already told

    now = new Date(now.getTime() + 10 * DAY); // 49 days
    expect(await alertRenewalsDue(t.ctx)).toBe(0);
    now = new Date(now.getTime() + 20 * DAY); // 29 days: the second threshold
    expect(await alertRenewalsDue(t.ctx)).toBe(2);
    expect(await alertRenewalsDue(t.ctx)).toBe(0);
    expect((await alerts(sellerId)).map((a) => a.data.count)).toEqual([59, 29]);

    now = new Date(now.getTime() + 40 * DAY); // ended: nothing more
    expect(await alertRenewalsDue(t.ctx)).toBe(0);
  });

  it('an agreement first seen inside 30 days is told once; the seller’s choice (digest only) holds', async () => {
    const seller = await t.signIn('seller@nordlys.example');
    const chosen = await t.app.inject({
      method: 'PUT',
      url: `/api/users/${sellerId}/alert-preferences`,
      headers: seller.headers,
      payload: { items: [{ alert: 'renewal_due', inApp: false, email: 'digest' }] },
    });
    expect(chosen.statusCode, chosen.body).toBe(200);
    const before = (await alerts(sellerId)).length;
    await agreement(sellerId, sellerId, 12);
    expect(await alertRenewalsDue(t.ctx)).toBe(1); // the seller owns both: one alert
    expect(await alertRenewalsDue(t.ctx)).toBe(0);
    const mine = await alerts(sellerId);
    expect(mine).toHaveLength(before + 1);
    expect(mine.at(-1)).toMatchObject({ data: { count: 12 }, inApp: false, email: 'digest' });
  });

});
