import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Session, type TestApp } from '../helpers/app';
import { dbKinds } from '../helpers/db';

const DAY = 86_400_000;
const inDays = (n: number) => new Date(Date.now() + n * DAY).toISOString().slice(0, 10);
interface Cert {
  id: string;
  industry: string;
  state: string;
  expiresOn: string | null;
  revokedAt: string | null;
}

/** Industry certifications (I2, issue 20): granting and revoking (who may), proposals for an account, coverage. */
describe.each(dbKinds)('certifications (%s)', (kind) => {
  let t: TestApp;
  let seller: Session;
  let leader: Session;
  let admin: Session;
  let sellerId: string;
  let otherLeader: Session;
  const get = (url: string, s: Session) => t.app.inject({ method: 'GET', url, headers: s.headers });
  const post = (url: string, s: Session, payload: object = {}) => t.app.inject({ method: 'POST', url, headers: s.headers, payload });
  const grantJ = { industry: 'J', grantedOn: inDays(-1), expiresOn: inDays(365), source: 'exam', note: 'Passed the J exam' };

  beforeAll(async () => {
    t = await createTestApp(kind);
    seller = await t.signIn('seller@nordlys.example');
    leader = await t.signIn('leader@nordlys.example');
    admin = await t.signIn('admin@nordlys.example');
    sellerId = (await get('/api/me', seller)).json().user.id;
    // a leader who does not lead the demo seller
    const leaders = (await get('/api/users?role=sales_leader&pageSize=100', admin)).json().items as { email: string }[];
    for (const l of leaders) {
      const s = await t.signIn(l.email);
      if (!(await get(`/api/users/${sellerId}/certifications`, s)).json().can.grant) {
        otherLeader = s;
        break;
      }
    }
    expect(otherLeader).toBeTruthy();
  }, 300_000);
  afterAll(async () => {
    await t.close();
  });

  it('shows a seller’s certifications to everyone; only their leader and admins may grant', async () => {
    const own = await get(`/api/users/${sellerId}/certifications`, seller);
    expect(own.statusCode, own.body).toBe(200);
    expect(own.json()).toMatchObject({ items: [], can: { grant: false } });
    expect((await get(`/api/users/${sellerId}/certifications`, leader)).json().can.grant).toBe(true);
    expect((await get(`/api/users/${sellerId}/certifications`, admin)).json().can.grant).toBe(true);
    expect((await get(`/api/users/00000000-0000-4000-8000-000000000000/certifications`, leader)).statusCode).toBe(404);
  });

  it('refuses a seller and a leader of another group, and an expiry before the grant', async () => {
    const bySeller = await post(`/api/users/${sellerId}/certifications`, seller, grantJ);
    expect(bySeller.statusCode).toBe(403);
    const byOther = await post(`/api/users/${sellerId}/certifications`, otherLeader, grantJ);
    expect(byOther.statusCode).toBe(403);
    expect(byOther.json().error.code).toBe('forbidden');
    const backwards = await post(`/api/users/${sellerId}/certifications`, leader, { ...grantJ, expiresOn: inDays(-30) });
    expect(backwards.statusCode).toBe(400);
    expect(backwards.json().error.code).toBe('validation_failed');
    expect((await post(`/api/users/${sellerId}/certifications`, leader, { ...grantJ, industry: 'Z' })).statusCode).toBe(400);
    expect((await post(`/api/users/${sellerId}/certifications`, leader, { ...grantJ, grantedOn: '2026-02-30' })).statusCode).toBe(400);
    expect((await get(`/api/users/${sellerId}/certifications`, seller)).json().items).toEqual([]);
  });

  it('grants, renews (replacing the current one) and revokes, with audit entries', async () => {
    const granted = await post(`/api/users/${sellerId}/certifications`, leader, grantJ);
    expect(granted.statusCode, granted.body).toBe(201);
    const first = granted.json().items[0] as Cert;
    expect(first).toMatchObject({ industry: 'J', state: 'valid', source: 'exam', grantedBy: { name: expect.any(String) } });

    const renewed = await post(`/api/users/${sellerId}/certifications`, leader, { ...grantJ, expiresOn: inDays(30), source: 'external' });
    expect(renewed.statusCode).toBe(201);
    const items = renewed.json().items as Cert[];
    expect(items.filter((c) => c.revokedAt === null)).toEqual([expect.objectContaining({ industry: 'J', state: 'expiring' })]);
    expect(items.find((c) => c.id === first.id)).toMatchObject({ state: 'revoked' });

    const other = await post(`/api/users/${sellerId}/certifications`, admin, { ...grantJ, industry: 'C', expiresOn: null });
    const c = (other.json().items as Cert[]).find((x) => x.industry === 'C' && x.revokedAt === null)!;
    expect((await post(`/api/certifications/${c.id}/revoke`, seller)).statusCode).toBe(403);
    expect((await post(`/api/certifications/${c.id}/revoke`, otherLeader)).statusCode).toBe(403);
    const revoked = await post(`/api/certifications/${c.id}/revoke`, leader);
    expect(revoked.statusCode, revoked.body).toBe(200);
    expect((revoked.json().items as Cert[]).find((x) => x.id === c.id)).toMatchObject({ state: 'revoked' });

    const audit = await get('/api/audit-events?entityType=certification&pageSize=50', admin);
    expect(audit.statusCode, audit.body).toBe(200);
    const actions = (audit.json().items as { action: string }[]).map((a) => a.action).sort();
    expect(actions).toEqual(['certification.granted', 'certification.granted', 'certification.renewed', 'certification.revoked']);
  });

  it('proposes the sellers certified in the account’s industry, and only of the receiving group when asked', async () => {
    const accounts = (await get('/api/accounts?industry=J&pageSize=5', admin)).json().items as { id: string }[];
    expect(accounts.length).toBeGreaterThan(0);
    const res = await get(`/api/accounts/${accounts[0]!.id}/certified-sellers`, seller);
    expect(res.statusCode, res.body).toBe(200);
    // the demo has nobody certified in J but the seller just certified
    expect(res.json()).toMatchObject({
      industry: 'J',
      items: [{ id: sellerId, industry: 'J', reasons: expect.arrayContaining(['certified']) }],
    });
    const me = (await get('/api/me', seller)).json();
    const inGroup = await get(`/api/accounts/${accounts[0]!.id}/certified-sellers?salesGroupId=${me.salesGroup.id}`, seller);
    expect(inGroup.json().items.map((p: { id: string }) => p.id)).toEqual([sellerId]);
    const groups = (await get('/api/sales-groups', admin)).json<{ items?: { id: string }[] } | { id: string }[]>();
    const list = Array.isArray(groups) ? groups : (groups.items ?? []);
    const another = list.find((g) => g.id !== me.salesGroup.id)!;
    expect((await get(`/api/accounts/${accounts[0]!.id}/certified-sellers?salesGroupId=${another.id}`, seller)).json().items).toEqual([]);
    expect((await get(`/api/accounts/00000000-0000-4000-8000-000000000000/certified-sellers`, seller)).statusCode).toBe(404);
  });

  it('shows leaders the coverage: industries with too few certified sellers and what expires soon', async () => {
    expect((await get('/api/certifications/coverage', seller)).statusCode).toBe(403);
    const res = await get('/api/certifications/coverage', leader);
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json();
    const j = body.items.find((i: { industry: string }) => i.industry === 'J');
    expect(j).toMatchObject({ certified: 1, expiringSoon: 1, tooFew: true });
    expect(body.items[0].tooFew).toBe(true);
    // the demo's seller whose certification expires within the month, and the seller's renewed one
    expect(body.expiring.length).toBeGreaterThanOrEqual(2);
    expect(body.expiring.some((e: { seller: { id: string } }) => e.seller.id === sellerId)).toBe(true);
  });
});
