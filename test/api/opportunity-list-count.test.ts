/**
 * The opportunity list's count (issue 15): exact while counting is cheap, otherwise the database's
 * estimate marked as such (`totalEstimated`), never a scan of every deal on each page.
 */
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OpportunityListQuery } from '@contract/opportunities';
import { rowsOf } from '../../server/db/client';
import { listOpportunities } from '../../server/modules/opportunities/repo';
import { createTestApp, type Session, type TestApp } from '../helpers/app';
import { dbKinds } from '../helpers/db';

describe.each(dbKinds)('opportunity list count (%s)', (kind) => {
  let t: TestApp;
  let leader: Session;
  let exact: number;

  beforeAll(async () => {
    t = await createTestApp(kind);
    leader = await t.signIn('leader@nordlys.example');
    await t.ctx.db.execute(sql`analyze opportunities`);
    [{ n: exact }] = rowsOf<{ n: number }>(await t.ctx.db.execute(sql`select count(*)::int as n from opportunities where deleted_at is null`)) as [
      { n: number },
    ];
  }, 120_000);
  afterAll(async () => {
    await t?.close();
  });

  it('counts exactly below the cap, and says nothing of an estimate', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/opportunities?pageSize=10', headers: leader.headers });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().total).toBe(exact);
    expect(res.json()).not.toHaveProperty('totalEstimated');
  });

  it('past the cap, stops counting and gives the planner’s estimate, marked, never below what it counted', async () => {
    expect(exact).toBeGreaterThan(6);
    const page = await listOpportunities(t.ctx.db, { ...OpportunityListQuery.parse({ pageSize: '5' }), custom: [] }, 5);
    expect(page.items).toHaveLength(5);
    expect(page.totalEstimated).toBe(true);
    expect(page.total).toBeGreaterThanOrEqual(6);
    // a filter that matches fewer than the cap is counted exactly
    const few = await listOpportunities(t.ctx.db, { ...OpportunityListQuery.parse({ q: 'zzzz-no-such-deal' }), custom: [] }, 5);
    expect(few).toMatchObject({ total: 0, totalEstimated: false });
  });
});
