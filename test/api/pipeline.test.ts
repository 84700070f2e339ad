import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BoardCard } from '../../contract/board';
import { createOpportunityThrough } from '../../contract/opportunities';
import { createOpportunity } from '../../server/modules/opportunities/service';
import { proposeTimedOut } from '../../server/modules/opportunities/service-aging';
import { createTestApp, type Session, type TestApp } from '../helpers/app';
import { dbKinds } from '../helpers/db';

describe.each(dbKinds)('the pipeline (%s)', (kind) => {
  let t: TestApp;
  let seller: Session;
  let accountId: string;
  let contactId: string;
  let products: { id: string; name: string }[];
  let stageOf: (key: string) => string;
  const get = (url: string, s = seller) => t.app.inject({ method: 'GET', url, headers: s.headers });
  const post = (url: string, payload: unknown, s = seller) =>
    t.app.inject({ method: 'POST', url, headers: s.headers, payload: payload as object });
  const put = (url: string, payload: unknown, s = seller) =>
    t.app.inject({ method: 'PUT', url, headers: s.headers, payload: payload as object });

  beforeAll(async () => {
    t = await createTestApp(kind);
    seller = await t.signIn('seller@nordlys.example');
    const account = (await post('/api/accounts', { name: 'Pipeline Test AB', marketId: (await get('/api/me')).json().market.id })).json();
    accountId = account.id;
    contactId = (await post('/api/contacts', { accountId, firstName: 'Petra', lastName: 'Pipeline' })).json().id;
    products = (await get('/api/products')).json();
    const global = (await get('/api/processes'))
      .json()
      .find((p: { salesGroupId: string | null; marketId: string | null }) => !p.salesGroupId && !p.marketId);
    stageOf = (key) => global.stages.find((s: { key: string }) => s.key === key).id;
  });
  afterAll(async () => {
    await t.close();
  });

  it('has the global process from the source: identified → quote designed → (pricing) → quote sent → negotiation → won / lost', async () => {
    const global = (await get('/api/processes')).json()[0];
    expect(global.stages.map((s: { key: string }) => s.key)).toEqual([
      'identified',
      'quote_designed',
      'pricing',
      'quote_sent',
      'negotiation',
      'won',
      'lost',
    ]);
    expect(global.stages.find((s: { key: string }) => s.key === 'pricing').optional).toBe(true);
  });

  it('refuses an opportunity without value, close date and contact, naming what is missing', async () => {
    const res = await post('/api/opportunities', { accountId, name: 'Fleet renewal' });
    expect(res.statusCode).toBe(422);
    expect(res.json().error).toMatchObject({
      code: 'stage_gate_unmet',
      details: { missing: ['estimatedValue', 'expectedCloseOn', 'contactId'] },
    });
  });

  it('presents the new opportunity’s gate, and the contract says what the server says', async () => {
    const gate = await get(`/api/opportunities/new-gate?accountId=${accountId}`);
    expect(gate.statusCode).toBe(200);
    expect(gate.json()).toEqual({
      stage: { id: stageOf('identified'), key: 'identified', name: expect.any(String) },
      requiredFields: ['estimatedValue', 'expectedCloseOn', 'contactId'],
    });
    // before an account is chosen: the person's own process
    expect((await get('/api/opportunities/new-gate')).json().stage.key).toBe('identified');
    // the form's schema with the presented gate refuses what the server refuses, at the same fields
    const body = { accountId, name: 'Fleet renewal', estimatedValue: 1000 };
    const form = createOpportunityThrough(gate.json().requiredFields).safeParse(body);
    const server = await post('/api/opportunities', body);
    expect(server.json().error.details.missing).toEqual(['expectedCloseOn', 'contactId']);
    expect(form.error?.issues.map((i) => i.path.join('.'))).toEqual(server.json().error.details.missing);
    expect((await get(`/api/opportunities/new-gate?accountId=${crypto.randomUUID()}`)).statusCode).toBe(404);
    expect((await get('/api/opportunities/new-gate?accountId=nope')).statusCode).toBe(400);
    expect((await t.app.inject({ method: 'GET', url: '/api/opportunities/new-gate' })).statusCode).toBe(401);
  });

  let oppId: string;
  it('identifies an opportunity in the market’s currency, on the timeline', async () => {
    const res = await post('/api/opportunities', {
      accountId,
      name: 'Fleet renewal',
      estimatedValue: 480_000,
      expectedCloseOn: '2027-03-31',
      contactId,
    });
    expect(res.statusCode).toBe(201);
    const o = res.json();
    oppId = o.id;
    expect(o).toMatchObject({
      currency: 'SEK',
      value: 480_000,
      annualValue: 480_000,
      weightedValue: 48_000,
      version: 1,
      stage: { key: 'identified' },
    });
    expect(o.history).toHaveLength(1);
    // learned from the demo's closed deals, with its reasons
    expect(o.winProbability.probability).toBeGreaterThan(0);
    expect(o.winProbability.probability).toBeLessThan(1);
    expect(o.winProbability.reasons.length).toBeGreaterThan(0);
    const event = (await get(`/api/accounts/${accountId}/timeline?type=event`)).json().items[0];
    expect(event).toMatchObject({ event: 'opportunity.created', data: { name: 'Fleet renewal' } });
  });

  it('asks for the quote fields at Quote sent, derives the value from line items, and records the move', async () => {
    const blocked = await post(`/api/opportunities/${oppId}/move`, { version: 1, stageId: stageOf('quote_sent') });
    expect(blocked.statusCode).toBe(422);
    expect(blocked.json().error.details.missing).toEqual(['lines', 'quoteSentOn', 'quoteValidUntil']);
    const lines = await put(`/api/opportunities/${oppId}/lines`, {
      version: 1,
      lines: [
        { productId: products[0]!.id, quantity: 10, unitPrice: 1000, recurring: true, contractMonths: 36, discountPercent: 10 },
        { productId: products[1]!.id, quantity: 1, unitPrice: 25_000 },
      ],
    });
    expect(lines.statusCode).toBe(200);
    expect(lines.json()).toMatchObject({ value: 9000 * 36 + 25_000, annualValue: 9000 * 12 + 25_000, version: 2 });
    const moved = await post(`/api/opportunities/${oppId}/move`, {
      version: 2,
      stageId: stageOf('quote_sent'),
      quoteSentOn: '2026-11-20',
      quoteValidUntil: '2026-12-20',
    });
    expect(moved.statusCode).toBe(200);
    expect(moved.json()).toMatchObject({ stage: { key: 'quote_sent' }, version: 3, daysInStage: 0 });
    expect(moved.json().history.map((h: { to: string }) => h.to)).toEqual(['Opportunity identified', 'Quote sent']);
    const event = (await get(`/api/accounts/${accountId}/timeline?type=event`)).json().items[0];
    expect(event).toMatchObject({ event: 'opportunity.stage_changed', data: { fromKey: 'identified', toKey: 'quote_sent' } });
  });

  it('never silently overwrites: a stale version gets 409 with the current opportunity', async () => {
    const res = await t.app.inject({
      method: 'PATCH',
      url: `/api/opportunities/${oppId}`,
      headers: seller.headers,
      payload: { version: 1, name: 'Overwrite' },
    });
    expect(res.statusCode).toBe(409);
    expect(res.json().error).toMatchObject({ code: 'version_conflict', details: { current: { version: 3, name: 'Fleet renewal' } } });
  });

  it('counts outstanding quotes per seller, group and market, and shows the board with totals', async () => {
    const quotes = (await get('/api/opportunities/outstanding-quotes')).json();
    const me = (await get('/api/me')).json();
    const mine = quotes.bySeller.find((s: { id: string }) => s.id === me.user.id);
    expect(mine.count).toBeGreaterThanOrEqual(1);
    expect(quotes.reportingCurrency).toBe('EUR');
    expect(quotes.bySalesGroup.length).toBeGreaterThan(0);
    const board = (await get(`/api/opportunities/board?accountId=${accountId}`)).json();
    expect(board.columns.map((c: { stage: { key: string } }) => c.stage.key)).toEqual([
      'identified',
      'quote_designed',
      'pricing',
      'quote_sent',
      'negotiation',
      'won',
      'lost',
    ]);
    const quoteSent = board.columns.find((c: { stage: { key: string } }) => c.stage.key === 'quote_sent');
    expect(quoteSent.count).toBe(1);
    expect(quoteSent.value).toBe(Math.round((9000 * 36 + 25_000) / 11.45));
    expect(quoteSent.cards[0].id).toBe(oppId);
    // a card holds what the card shows and what moving it needs, in its column's stage, with the viewer's rights
    const card = quoteSent.cards[0];
    expect(Object.keys(card).sort()).toEqual(Object.keys(BoardCard.shape).sort());
    expect(card.stageId).toBe(quoteSent.stage.id);
    const deal = (await get(`/api/opportunities/${oppId}`)).json();
    expect(card).toEqual({ ...Object.fromEntries(Object.keys(BoardCard.shape).map((k) => [k, deal[k]])), stageId: deal.stage.id });
    const demoBoard = (await get('/api/opportunities/board?perColumn=5')).json();
    expect(demoBoard.columns.every((c: { cards: unknown[]; count: number }) => c.cards.length <= 5 && c.count >= c.cards.length)).toBe(
      true,
    );
    // the won and lost columns show the latest closed first (not the ones that closed longest ago)
    for (const key of ['won', 'lost']) {
      const closed = demoBoard.columns.find((c: { stage: { key: string } }) => c.stage.key === key);
      const at = closed.cards.map((c: { closedAt: string }) => c.closedAt);
      expect(at.length, key).toBeGreaterThan(1);
      expect(at, key).toEqual([...at].sort().reverse());
    }
  });

  it('loses honestly: a competitor must be named, and a closed opportunity stays closed', async () => {
    const noName = await post(`/api/opportunities/${oppId}/lose`, { version: 3, reason: 'competitor' });
    expect(noName.statusCode).toBe(422);
    expect(noName.json().error.details.missing).toEqual(['competitorId']);
    const competitor = (await get('/api/competitors')).json()[0];
    const lost = await post(`/api/opportunities/${oppId}/lose`, {
      version: 3,
      reason: 'competitor',
      competitorId: competitor.id,
      note: 'Cheaper offer',
    });
    expect(lost.statusCode).toBe(200);
    expect(lost.json()).toMatchObject({
      stage: { key: 'lost' },
      lostReason: 'competitor',
      competitorId: competitor.id,
      lostNote: 'Cheaper offer',
    });
    expect(lost.json().closedAt).not.toBeNull();
    const event = (await get(`/api/accounts/${accountId}/timeline?type=event`)).json().items[0];
    expect(event).toMatchObject({
      event: 'opportunity.lost',
      data: { reason: 'competitor', competitor: competitor.name, note: 'Cheaper offer' },
    });
    expect(lost.json().history.map((h: { toKey: string }) => h.toKey)).toEqual(['identified', 'quote_sent', 'lost']);
    const again = await post(`/api/opportunities/${oppId}/move`, { version: 4, stageId: stageOf('negotiation') });
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe('opportunity_closed');
  });

  it('wins with a signing date and lines: the customer then owns the products', async () => {
    const o = (
      await post('/api/opportunities', { accountId, name: 'Charging', estimatedValue: 90_000, expectedCloseOn: '2026-12-15', contactId })
    ).json();
    const noLines = await post(`/api/opportunities/${o.id}/win`, { version: 1, signedOn: '2026-11-22' });
    expect(noLines.statusCode).toBe(422);
    expect(noLines.json().error.details.missing).toEqual(['lines']);
    const won = await post(`/api/opportunities/${o.id}/win`, {
      version: 1,
      signedOn: '2026-11-22',
      lines: [{ productId: products[2]!.id, quantity: 1, unitPrice: 3000, recurring: true, contractMonths: 24 }],
    });
    expect(won.statusCode).toBe(200);
    expect(won.json()).toMatchObject({ stage: { key: 'won' }, signedOn: '2026-11-22', value: 72_000, annualValue: 36_000 });
    // the account had no business before: a new customer
    expect(won.json()).toMatchObject({ channel: 'new', channelReason: 'no_earlier_business', channelOverridden: false });
    // the next deal for a product it now owns is a renewal; another product an upsell
    const renewal = (
      await post('/api/opportunities', {
        accountId,
        name: 'Charging, year 3',
        estimatedValue: 1,
        expectedCloseOn: '2027-01-01',
        contactId,
        lines: [{ productId: products[2]!.id, quantity: 1, unitPrice: 3000, recurring: true, contractMonths: 12 }],
      })
    ).json();
    expect(renewal.channel).toBe('renewal');
    const upsell = (
      await post('/api/opportunities', {
        accountId,
        name: 'Something else',
        estimatedValue: 1,
        expectedCloseOn: '2027-01-01',
        contactId,
        lines: [{ productId: products[5]!.id, quantity: 1, unitPrice: 3000 }],
      })
    ).json();
    expect(upsell).toMatchObject({ channel: 'upsell', channelReason: 'new_product' });
    expect(
      (
        await post(`/api/opportunities/${upsell.id}/channel`, {
          version: upsell.version,
          channel: 'renewal',
          reason: 'Replaces their old contract',
        })
      ).statusCode,
    ).toBe(403);
    const leader = await t.signIn('leader@nordlys.example');
    const overridden = await post(
      `/api/opportunities/${upsell.id}/channel`,
      { version: upsell.version, channel: 'renewal', reason: 'Replaces their old contract' },
      leader,
    );
    expect(overridden.json()).toMatchObject({
      channel: 'renewal',
      channelOverridden: true,
      channelReason: 'override: Replaces their old contract',
    });
    const overview = (await get(`/api/accounts/${accountId}/overview`)).json();
    expect(overview.account.status).toBe('customer');
    expect(overview.productRow.flatMap((c: { owned: { name: string }[] }) => c.owned.map((p) => p.name))).toContain(products[2]!.name);
    const moveToWon = await post(`/api/opportunities/${o.id}/move`, { version: 2, stageId: stageOf('won') });
    expect(moveToWon.statusCode).toBe(409);
  });

  it('proposes old opportunities that are not closing as timed out; the owner extends or confirms', async () => {
    const actor = {
      id: (await get('/api/me')).json().user.id,
      role: 'seller' as const,
      salesGroupId: null,
      marketId: null,
      leads: { salesGroupIds: [], marketIds: [] },
      via: 'session' as const,
    };
    const past = { ...t.ctx, clock: { now: () => new Date('2026-01-10T09:00:00Z') } };
    const old = await createOpportunity(past, actor, {
      accountId,
      name: 'Old one',
      estimatedValue: 10_000,
      expectedCloseOn: '2026-03-01',
      contactId,
    });
    const older = await createOpportunity(past, actor, {
      accountId,
      name: 'Older one',
      estimatedValue: 10_000,
      expectedCloseOn: '2026-03-01',
      contactId,
    });
    await createOpportunity(past, actor, {
      accountId,
      name: 'Closing soon',
      estimatedValue: 10_000,
      expectedCloseOn: '2026-12-01',
      contactId,
    });
    const now = { ...t.ctx, clock: { now: () => new Date('2026-11-23T09:00:00Z') } };
    expect(await proposeTimedOut(now)).toBeGreaterThanOrEqual(2);
    const flagged = (await get(`/api/opportunities?accountId=${accountId}&timedOut=true`))
      .json()
      .items.map((o: { name: string }) => o.name);
    expect(flagged).toEqual(expect.arrayContaining(['Old one', 'Older one']));
    expect(flagged).not.toContain('Closing soon');
    // untouched since January: stale, until someone logs a call with the customer
    const staleOf = async () => (await get(`/api/opportunities?accountId=${accountId}&q=Closing%20soon`)).json().items[0].stale;
    expect(await staleOf()).toBe(true);
    await post('/api/activities', { accountId, type: 'call', subject: 'Checked in on the timing' });
    expect(await staleOf()).toBe(false);
    const extended = await post(`/api/opportunities/${old.id}/timed-out`, {
      action: 'extend',
      version: 1,
      expectedCloseOn: '2027-02-01',
      reason: 'Budget moved to Q1',
    });
    expect(extended.json()).toMatchObject({ timedOutProposed: false, expectedCloseOn: '2027-02-01' });
    const confirmed = await post(`/api/opportunities/${older.id}/timed-out`, { action: 'confirm', version: 1 });
    expect(confirmed.json()).toMatchObject({ stage: { key: 'lost' }, lostReason: 'timed_out' });
  });

  it('lets admins rename, add and reorder stages, but not remove one in use', async () => {
    const admin = await t.signIn('admin@nordlys.example');
    const process = (await get('/api/processes', admin)).json()[0];
    const stages = process.stages.map((s: Record<string, unknown>) => ({
      id: s.id,
      key: s.key,
      name: s.name,
      probability: s.probability,
      optional: s.optional,
      outcome: s.outcome,
      requiredFields: s.requiredFields,
    }));
    stages[0].name = 'Affärsmöjlighet identifierad';
    stages.splice(1, 0, { key: 'site_visit', name: 'Site visit', probability: 20, optional: true, outcome: 'open', requiredFields: [] });
    const res = await put(`/api/processes/${process.id}/stages`, { stages }, admin);
    expect(res.statusCode).toBe(200);
    expect(
      res
        .json()
        .stages.map((s: { key: string }) => s.key)
        .slice(0, 3),
    ).toEqual(['identified', 'site_visit', 'quote_designed']);
    expect(res.json().stages[0].name).toBe('Affärsmöjlighet identifierad');
    const withoutLost = stages.filter((s: { key: string }) => s.key !== 'quote_sent');
    const inUse = await put(`/api/processes/${process.id}/stages`, { stages: withoutLost }, admin);
    expect(inUse.statusCode).toBe(409);
    expect(inUse.json().error.code).toBe('stage_in_use');
    expect((await put(`/api/processes/${process.id}/stages`, { stages }, seller)).statusCode).toBe(403);

    // keys stay, Won and Lost come last
    const renamedKey = stages.map((s: { key: string }, i: number) => (i === 0 ? { ...s, key: 'renamed' } : s));
    const keyChanged = await put(`/api/processes/${process.id}/stages`, { stages: renamedKey }, admin);
    expect(keyChanged.statusCode).toBe(400);
    expect(keyChanged.json().error.details[0].path).toBe('body.stages.0.key');
    const wonFirst = [
      stages.find((s: { outcome: string }) => s.outcome === 'won'),
      ...stages.filter((s: { outcome: string }) => s.outcome !== 'won'),
    ];
    expect((await put(`/api/processes/${process.id}/stages`, { stages: wonFirst }, admin)).statusCode).toBe(400);

    // a stage that deals passed through stays in their history
    const saved = (await get('/api/processes', admin)).json()[0].stages as { id: string; key: string; outcome: string }[];
    const visit = saved.find((s) => s.key === 'site_visit')!;
    const opp = (await get('/api/opportunities?status=open&pageSize=1', admin)).json().items[0];
    const moved = await post(`/api/opportunities/${opp.id}/move`, { version: opp.version, stageId: visit.id }, admin);
    expect(moved.statusCode, moved.body).toBe(200);
    const back = await post(`/api/opportunities/${opp.id}/move`, { version: moved.json().version, stageId: opp.stage.id }, admin);
    expect(back.statusCode, back.body).toBe(200);
    const withoutVisit = stages
      .filter((s: { key: string }) => s.key !== 'site_visit')
      .map((s: { key: string }) => ({
        ...s,
        id: saved.find((x) => x.key === s.key)?.id,
      }));
    const inHistory = await put(`/api/processes/${process.id}/stages`, { stages: withoutVisit }, admin);
    expect(inHistory.statusCode).toBe(409);
    expect(inHistory.json().error.code).toBe('stage_in_history');
  });

  it('forecasts open value by close month, weighted and not, by group and market', async () => {
    const f = (await get('/api/opportunities/forecast?months=6')).json();
    expect(f.months).toHaveLength(6);
    expect(f.reportingCurrency).toBe('EUR');
    expect(f.missingRates).toEqual([]);
    const month = f.months.find((m: { count: number }) => m.count > 0);
    expect(month.weightedValue).toBeLessThanOrEqual(month.value);
    const groupSum = month.bySalesGroup.reduce((sum: number, g: { count: number }) => sum + g.count, 0);
    expect(groupSum).toBe(month.count);
  });

  it('reports win rate, cycle length, conversion and lost reasons that agree with the list', async () => {
    const a = (await get('/api/opportunities/analytics?by=salesGroup')).json();
    const won = (await get('/api/opportunities?status=won&pageSize=1')).json().total;
    const lost = (await get('/api/opportunities?status=lost&pageSize=1')).json().total;
    expect(a.overall.won).toBe(won);
    expect(a.overall.lost).toBe(lost);
    expect(a.overall.winRate).toBeCloseTo(won / (won + lost), 3);
    expect(a.overall.medianCycleDays.won).toBeGreaterThan(0);
    expect(a.rows.reduce((s: number, r: { won: number }) => s + r.won, 0)).toBe(won);
    const identified = a.stages.find((s: { key: string }) => s.key === 'identified');
    expect(identified.entered).toBeGreaterThan(0);
    expect(identified.advanced).toBeLessThanOrEqual(identified.entered);
    expect(a.lostReasons.reduce((s: number, r: { count: number }) => s + r.count, 0)).toBe(lost);
    expect(a.competitors[0]).toMatchObject({ name: expect.any(String), count: expect.any(Number) });
    const csv = await get('/api/opportunities/export.csv?status=won');
    expect(
      csv.body
        .replace(/^\uFEFF/, '')
        .trim()
        .split('\n'),
    ).toHaveLength(won + 1);
    const search = (await get('/api/search?q=Fleet%20renewl')).json();
    expect(search.opportunities[0]).toMatchObject({ name: 'Fleet renewal', accountName: 'Pipeline Test AB', stageKey: 'lost' });
    const byProduct = (await get('/api/opportunities/analytics?by=product')).json();
    expect(byProduct.rows.length).toBeGreaterThan(5);
  });

  it('keeps saved views per user, shared ones visible to all', async () => {
    const saved = await post('/api/saved-views', {
      list: 'opportunities',
      name: 'My quotes',
      query: { stageId: stageOf('quote_sent'), ownerId: 'me' },
    });
    expect(saved.statusCode).toBe(201);
    await post('/api/saved-views', { list: 'opportunities', name: 'Team board', query: { salesGroupId: 'x' }, shared: true });
    const leader = await t.signIn('leader@nordlys.example');
    const seen = (await get('/api/saved-views?list=opportunities', leader)).json();
    expect(seen.map((v: { name: string }) => v.name)).toEqual(['Team board']);
    expect((await t.app.inject({ method: 'DELETE', url: `/api/saved-views/${seen[0].id}`, headers: leader.headers })).statusCode).toBe(404);
    const mine = (await get('/api/saved-views?list=opportunities')).json();
    expect(mine.map((v: { name: string; mine: boolean }) => [v.name, v.mine])).toEqual([
      ['My quotes', true],
      ['Team board', true],
    ]);
  });

  it('filters the list and the board by channel', async () => {
    const all = (await get('/api/opportunities?pageSize=1')).json().total as number;
    let sum = 0;
    for (const channel of ['new', 'upsell', 'renewal', 'win_back']) {
      const list = (await get(`/api/opportunities?pageSize=100&channel=${channel}`)).json();
      sum += list.total;
      for (const o of list.items as { channel: string }[]) expect(o.channel).toBe(channel);
      expect((await get(`/api/opportunities/board?channel=${channel}`)).statusCode).toBe(200);
    }
    // every deal has one channel (or none yet): the channels split the list
    expect(sum).toBeGreaterThan(0);
    expect(sum).toBeLessThanOrEqual(all);
    expect((await get('/api/opportunities?channel=cross_sell')).statusCode).toBe(400);
  });
});
