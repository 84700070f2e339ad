import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Session, type TestApp } from '../helpers/app';
import { dbKinds } from '../helpers/db';

interface Suggestion {
  key: string;
  configured: number | null;
  suggested: number | null;
}
interface FitRule {
  field: string;
  value: string;
  points: number;
}

/** The scoring rules' tuning page (issue 17, C1) on the demo's year of past leads, and adopting what it suggests. */
describe.each(dbKinds)('lead scoring tuned against outcomes (%s)', (kind) => {
  let t: TestApp;
  let admin: Session;
  let marketing: Session;
  let seller: Session;
  const get = (url: string, s: Session) => t.app.inject({ method: 'GET', url, headers: s.headers });
  const adopt = (s: Session, payload: unknown) =>
    t.app.inject({ method: 'POST', url: '/api/leads/tuning/adopt', headers: s.headers, payload: payload as object });

  beforeAll(async () => {
    t = await createTestApp(kind);
    admin = await t.signIn('admin@nordlys.example');
    marketing = await t.signIn('marketing@nordlys.example');
    seller = await t.signIn('seller@nordlys.example');
  });
  afterAll(async () => {
    await t.close();
  });

  it('shows each parameter against outcomes, the score’s AUC on a time split and suggested points', async () => {
    const res = await get('/api/leads/tuning', marketing);
    expect(res.statusCode).toBe(200);
    const page = res.json();
    expect(page.can.adopt).toBe(true);
    // the demo's past leads are all old enough; the last weeks' are too young to judge
    expect(page.total.leads).toBe(500);
    expect(page.tooYoung).toBe(23);
    expect(page.total.opportunities).toBeGreaterThan(50);
    const size = page.parameters.find((p: { key: string }) => p.key === 'fit:size:micro');
    expect(size).toMatchObject({ param: { type: 'fit', field: 'size', value: 'micro' }, points: null });
    expect(size.lift).toBeLessThan(1);
    expect(size.interval.low).toBeLessThanOrEqual(size.opportunityRate);
    expect(page.split.testLeads).toBe(150);
    expect(page.configured.auc).toBeGreaterThan(0.5);
    expect(page.suggested.auc).toBeGreaterThan(page.configured.auc);
    expect(page.configured.calibration.length).toBeGreaterThanOrEqual(2);
    expect(page.bands).toHaveLength(5);
    expect(page.suggestions.find((s: Suggestion) => s.key === 'fit:title:ceo')).toMatchObject({ configured: 20 });
  });

  it('is marketing’s and the leaders’: a seller is refused', async () => {
    expect((await get('/api/leads/tuning', seller)).statusCode).toBe(403);
    expect((await adopt(seller, { keys: ['fit:size:micro'] })).statusCode).toBe(403);
  });

  it('refuses bad input and a suggestion it does not make', async () => {
    for (const bad of [{ keys: [] }, { keys: 'fit:size:micro' }, { keys: [''] }]) {
      const res = await adopt(marketing, bad);
      expect(res.statusCode).toBe(400);
      expect(res.json().error.code).toBe('validation_failed');
    }
    const unknown = await adopt(marketing, { keys: ['fit:size:gigantic'] });
    expect(unknown.statusCode).toBe(409);
    expect(unknown.json().error).toMatchObject({ code: 'tuning_suggestion_changed', details: { keys: ['fit:size:gigantic'] } });
  });

  it('adopts one suggestion as a change of the rules: audited, open leads scored again', async () => {
    const before = (await get('/api/leads/settings', marketing)).json();
    const suggestion = (await get('/api/leads/tuning', marketing))
      .json()
      .suggestions.find((s: Suggestion) => s.key === 'fit:size:micro') as Suggestion;
    expect(suggestion.configured).toBeNull();
    expect(suggestion.suggested).toBeLessThan(0);
    const res = await adopt(marketing, { keys: ['fit:size:micro'] });
    expect(res.statusCode).toBe(200);
    const rules = res.json().scoring.fit as FitRule[];
    expect(rules.find((r) => r.field === 'size' && r.value === 'micro')!.points).toBe(suggestion.suggested);
    // nothing else moved
    expect(rules.filter((r) => !(r.field === 'size' && r.value === 'micro'))).toEqual(before.scoring.fit);
    expect(res.json().scoring.behaviour).toEqual(before.scoring.behaviour);
    const audit = (await get('/api/audit-events?entityType=lead_settings', admin)).json();
    expect(audit.items[0]).toMatchObject({ action: 'lead_settings.updated', data: { adoptedSuggestions: ['fit:size:micro'] } });
    // the page now shows the adopted points as configured
    const after = (await get('/api/leads/tuning', marketing)).json();
    expect(after.suggestions.find((s: Suggestion) => s.key === 'fit:size:micro').configured).toBe(suggestion.suggested);
  });

  it('adopts them all in one click', async () => {
    const page = (await get('/api/leads/tuning', admin)).json();
    const res = await adopt(admin, {});
    expect(res.statusCode).toBe(200);
    const fit = res.json().scoring.fit as FitRule[];
    for (const s of page.suggestions.filter((x: Suggestion) => x.suggested !== null && x.key.startsWith('fit:size:')))
      expect(fit.find((r) => `fit:size:${r.value}` === s.key && r.field === 'size')!.points).toBe(s.suggested);
  });
});
