/**
 * Data retention (L5): an admin sets how long unconverted leads, notifications and website visits are kept; the
 * scheduled job anonymises or deletes what is older — by the controllable clock — once, with an audit
 * entry and the count. Nobody but an admin sees or sets the rules.
 */
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rowsOf } from '../../server/db/client';
import { applyRetention } from '../../server/modules/data-retention/service';
import { createTestApp, type Session, type TestApp } from '../helpers/app';
import { dbKinds } from '../helpers/db';

describe.each(dbKinds)('data retention rules and their job (%s)', (kind) => {
  let t: TestApp;
  let admin: Session;
  let seller: Session;
  let now = new Date();
  const count = async (query: ReturnType<typeof sql>) => rowsOf<{ n: number }>(await t.ctx.db.execute(query))[0]!.n;

  beforeAll(async () => {
    t = await createTestApp(kind, { clock: { now: () => now } });
    admin = await t.signIn('admin@nordlys.example');
    seller = await t.signIn('seller@nordlys.example');
  });
  afterAll(async () => {
    await t.close();
  });

  const put = (s: Session, items: unknown) =>
    t.app.inject({ method: 'PUT', url: '/api/data-retention', headers: s.headers, payload: { items } });

  it('is the admins’ alone; bad input is 400', async () => {
    expect((await t.app.inject({ method: 'GET', url: '/api/data-retention', headers: seller.headers })).statusCode).toBe(403);
    expect((await put(seller, [{ kind: 'notifications', months: 6 }])).statusCode).toBe(403);
    const zero = await put(admin, [{ kind: 'notifications', months: 0 }]);
    expect(zero.statusCode).toBe(400);
    expect(zero.json().error.code).toBe('validation_failed');
    expect((await put(admin, [{ kind: 'contacts', months: 6 }])).statusCode).toBe(400);
    const rules = (await t.app.inject({ method: 'GET', url: '/api/data-retention', headers: admin.headers })).json();
    expect(rules.items).toEqual([
      { kind: 'unconverted_leads', action: 'anonymise', months: null, lastRunAt: null, lastCount: null },
      { kind: 'notifications', action: 'delete', months: null, lastRunAt: null, lastCount: null },
      // the signals' period of 90 days, moved here by the migration
      { kind: 'website_visits', action: 'delete', months: 3, lastRunAt: null, lastCount: null },
    ]);
  });

  it('keeps everything until a rule is set; then anonymises old unconverted leads and deletes old notifications, once, in the audit trail', async () => {
    const unconverted = await count(sql`select count(*)::int as n from leads where status <> 'converted' and name <> '[erased]'`);
    const converted = await count(sql`select count(*)::int as n from leads where status = 'converted'`);
    const notifications = await count(sql`select count(*)::int as n from notifications`);
    expect(unconverted).toBeGreaterThan(0);
    expect(notifications).toBeGreaterThan(0);

    now = new Date(Date.now() + 400 * 86_400_000); // more than a year on
    expect(await applyRetention(t.ctx)).toEqual({ website_visits: 0 });
    admin = await t.signIn('admin@nordlys.example'); // the session of a year ago has ended

    const saved = await put(admin, [
      { kind: 'unconverted_leads', months: 12 },
      { kind: 'notifications', months: 6 },
    ]);
    expect(saved.statusCode, saved.body).toBe(200);
    expect(await applyRetention(t.ctx)).toEqual({ unconverted_leads: unconverted, notifications, website_visits: 0 });
    expect(
      await count(sql`select count(*)::int as n from leads where status <> 'converted' and (email is not null or name <> '[erased]')`),
    ).toBe(0);
    expect(await count(sql`select count(*)::int as n from leads where status = 'converted' and name <> '[erased]'`)).toBe(converted);
    expect(await count(sql`select count(*)::int as n from notifications`)).toBe(0);

    // the next run finds nothing more
    expect(await applyRetention(t.ctx)).toEqual({ unconverted_leads: 0, notifications: 0, website_visits: 0 });

    const audit = (await t.app.inject({ method: 'GET', url: '/api/audit-events?action=data_retention.', headers: admin.headers })).json();
    const applied = audit.items.filter((e: { action: string }) => e.action === 'data_retention.applied');
    expect(applied).toHaveLength(2);
    expect(applied.find((e: { entityId: string }) => e.entityId === 'notifications')).toMatchObject({
      channel: 'job',
      data: { action: 'delete', count: notifications, months: 6 },
    });
    expect(audit.items.filter((e: { action: string }) => e.action === 'data_retention.rule_changed')).toHaveLength(2);
    const rules = (await t.app.inject({ method: 'GET', url: '/api/data-retention', headers: admin.headers })).json();
    expect(rules.items[0]).toMatchObject({ kind: 'unconverted_leads', months: 12, lastCount: 0 });
  });

  it('deletes website visits older than their rule, in the same job; the period must outlive the signals’ quiet period', async () => {
    const quiet = await t.app.inject({ method: 'PUT', url: '/api/signals/settings', headers: admin.headers, payload: { quietDays: 60 } });
    expect(quiet.statusCode, quiet.body).toBe(200);
    const short = await put(admin, [{ kind: 'website_visits', months: 2 }]);
    expect(short.statusCode).toBe(400);
    expect(short.json().error).toMatchObject({ code: 'validation_failed', details: [{ path: 'body.items.0.months' }] });
    expect((await put(admin, [{ kind: 'website_visits', months: 6 }])).statusCode).toBe(200);

    const [account] = rowsOf<{ id: string }>(await t.ctx.db.execute(sql`select id from accounts limit 1`));
    const visit = (daysAgo: number) => new Date(now.getTime() - daysAgo * 86_400_000).toISOString();
    await t.ctx.db.execute(sql`insert into site_visits (account_id, path, at) values
      (${account!.id}, '/old', ${visit(200)}::timestamptz), (${account!.id}, '/recent', ${visit(30)}::timestamptz)`);
    const before = await count(sql`select count(*)::int as n from site_visits`);
    expect((await applyRetention(t.ctx)).website_visits).toBe(1);
    expect(await count(sql`select count(*)::int as n from site_visits`)).toBe(before - 1);
    expect(await count(sql`select count(*)::int as n from site_visits where path = '/old'`)).toBe(0);
    const rules = (await t.app.inject({ method: 'GET', url: '/api/data-retention', headers: admin.headers })).json();
    expect(rules.items.find((r: { kind: string }) => r.kind === 'website_visits')).toMatchObject({ months: 6, lastCount: 1 });
  });
});
