import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Session, type TestApp } from '../helpers/app';
import { dbKinds } from '../helpers/db';

const inDays = (n: number) => new Date(Date.now() + n * 86_400_000).toISOString().slice(0, 10);
type Figures = { accounts: number; openCount: number; openValue: number; openWeighted: number; wonVolume: number };
type Rollup = {
  year: number;
  members: { id: string; name: string; depth: number }[];
  totals: Figures;
  markets: (Figures & { market: { id: string; code: string } | null })[];
  matrix: { product: { id: string }; ownedAt: string[]; pipelineAt: string[]; whiteSpaceAt: string[] }[];
};

/** A global account's plan rolled up over its subsidiaries (H1, issue 20): pipeline, volume, each market's part, the matrix. */
describe.each(dbKinds)('account plan roll-up (%s)', (kind) => {
  let t: TestApp;
  let admin: Session;
  let reader: Session;
  let group: { id: string; name: string; marketId: string };
  let contactId: string;
  const get = (url: string, s: Session) => t.app.inject({ method: 'GET', url, headers: s.headers });
  const send = (url: string, s: Session, payload: object) => t.app.inject({ method: 'POST', url, headers: s.headers, payload });
  const rollup = async (s: Session) => {
    const res = await get(`/api/accounts/${group.id}/plan/rollup`, s);
    expect(res.statusCode, res.body).toBe(200);
    return res.json<Rollup>();
  };
  const sum = (r: Rollup, key: keyof Figures) => r.markets.reduce((s, m) => s + m[key], 0);

  beforeAll(async () => {
    t = await createTestApp(kind);
    admin = await t.signIn('admin@nordlys.example');
    // a demo group of companies: its global parent with subsidiaries in several markets
    group = (await get('/api/accounts?isGlobal=true&pageSize=1&sort=name', admin)).json().items[0];
    const users = (await get('/api/users?role=seller&pageSize=100', admin)).json().items as { email: string; marketId: string | null }[];
    reader = await t.signIn(users.find((u) => u.marketId && u.marketId !== group.marketId)!.email);
  }, 300_000); // the demo organisation loads slowly on a shared machine
  afterAll(async () => {
    await t.close();
  });

  it('rolls up the group’s pipeline and volume with each market’s part, for anyone (a seller of another market)', async () => {
    const r = await rollup(reader);
    expect(r.year).toBe(new Date().getUTCFullYear());
    expect(r.members[0]).toMatchObject({ id: group.id, depth: 0 });
    expect(r.members.length).toBeGreaterThanOrEqual(3);
    expect(r.markets.length).toBeGreaterThanOrEqual(2);
    expect(r.totals.accounts).toBe(r.members.length);
    for (const key of ['accounts', 'openCount'] as const) expect(sum(r, key)).toBe(r.totals[key]);
    for (const key of ['openValue', 'openWeighted', 'wonVolume'] as const)
      expect(Math.abs(sum(r, key) - r.totals[key])).toBeLessThanOrEqual(r.markets.length);
    expect(r.totals.openWeighted).toBeLessThanOrEqual(r.totals.openValue);
  });

  it('counts a new opportunity at a subsidiary in its market’s part, and takes its product out of the white space there', async () => {
    const before = await rollup(admin);
    const sub = before.members.find((m) => m.depth === 1)!;
    const subAccount = (await get(`/api/accounts/${sub.id}`, admin)).json<{ marketId: string }>();
    const products = (await get('/api/products', admin)).json<{ id: string }[]>();
    // a product the subsidiary has white space for (else any product: it will be in its pipeline)
    const product = before.matrix.find((row) => row.whiteSpaceAt.includes(sub.id))?.product.id ?? products[0]!.id;
    contactId = (await send('/api/contacts', admin, { accountId: sub.id, firstName: 'Rut', lastName: 'Rollup' })).json().id;
    const opened = await send('/api/opportunities', admin, {
      accountId: sub.id,
      name: 'Group roll-up deal',
      estimatedValue: 10_000,
      expectedCloseOn: inDays(20),
      contactId,
      lines: [{ productId: product, quantity: 1, unitPrice: 10_000 }],
    });
    expect(opened.statusCode, opened.body).toBe(201);
    const after = await rollup(admin);
    expect(after.totals.openCount).toBe(before.totals.openCount + 1);
    const partOf = (r: Rollup) => r.markets.find((m) => m.market?.id === subAccount.marketId)!;
    expect(partOf(after).openCount).toBe(partOf(before).openCount + 1);
    expect(partOf(after).openValue).toBeGreaterThan(partOf(before).openValue);
    const row = after.matrix.find((x) => x.product.id === product)!;
    expect(row.pipelineAt).toContain(sub.id);
    expect(row.whiteSpaceAt).not.toContain(sub.id);
  });

  it('answers 404 for an unknown account, 400 for a malformed id', async () => {
    const unknown = await get('/api/accounts/00000000-0000-4000-8000-000000000000/plan/rollup', reader);
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json().error.code).toBe('not_found');
    expect((await get('/api/accounts/nope/plan/rollup', reader)).statusCode).toBe(400);
  });
});
