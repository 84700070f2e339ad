import fc from 'fast-check';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rowsOf } from '../../server/db/client';
import { jobs } from '../../server/jobs';
import { rebuildReadModels } from '../../server/modules/read-models/service';
import { createTestApp, type Session, type TestApp } from '../helpers/app';
import { dbKinds } from '../helpers/db';

/**
 * Search's vocabulary (issue 15, migration 0063): the fuzzy path looks typed words up among the
 * distinct words of names, then reads the records holding them. The vocabulary is kept by triggers
 * on every insert and rename — so it always holds every word of every name — and a rebuild makes it
 * exactly the words of the names there are (a rename's old word goes).
 */
describe.each(dbKinds)('search vocabulary (%s)', (kind) => {
  let t: TestApp;
  let seller: Session;
  let admin: Session;
  const get = (url: string) => t.app.inject({ method: 'GET', url, headers: seller.headers });
  const send = (method: 'POST' | 'PATCH' | 'DELETE', url: string, s: Session, payload?: object) =>
    t.app.inject({ method, url, headers: s.headers, ...(payload ? { payload } : {}) });
  const created = async (url: string, payload: object) => {
    const res = await send('POST', url, seller, payload);
    expect(res.statusCode, res.body).toBe(201);
    return res.json<{ id: string; version: number }>();
  };
  const search = async (q: string) => (await get(`/api/search?q=${encodeURIComponent(q)}`)).json();
  const names = (hits: { name: string }[]) => hits.map((h) => h.name);

  const vocabulary = async () =>
    rowsOf<{ word: string }>(await t.ctx.db.execute(sql`select word from search_words order by word`)).map((r) => r.word);
  /** Every word of every name, from the records themselves. */
  const wordsFromScratch = async () =>
    rowsOf<{ word: string }>(
      await t.ctx.db.execute(sql`
        select w as word from accounts a, unnest(korsa_words(a.name) || coalesce(korsa_words(a.city), '{}')) w
        union select w from contacts c, unnest(korsa_words(c.first_name || ' ' || c.last_name)) w
        union select w from opportunities o, unnest(korsa_words(o.name)) w
        order by 1`),
    ).map((r) => r.word);

  beforeAll(async () => {
    t = await createTestApp(kind);
    seller = await t.signIn('seller@nordlys.example');
    admin = await t.signIn('admin@nordlys.example');
  });
  afterAll(async () => {
    await t.close();
  });

  it('splits a name into its folded words', async () => {
    const [row] = rowsOf<{ words: string[] }>(await t.ctx.db.execute(sql`select korsa_words(${'Ærø Fjällrävens  Snickeri-AB, Malmö'}) as words`));
    expect(row!.words).toEqual(['ab', 'aero', 'fjallravens', 'malmo', 'snickeri']);
  });

  it('finds a misspelt account, person and deal through the vocabulary, and follows a rename', async () => {
    const account = await created('/api/accounts', { name: 'Fjällrävens Snickeri AB', city: 'Östersund' });
    const contact = await created('/api/contacts', { accountId: account.id, firstName: 'Sølvi', lastName: 'Bjørnstad' });
    await created('/api/opportunities', {
      accountId: account.id,
      contactId: contact.id,
      name: 'Hyvelbänkar Norrland',
      estimatedValue: 40_000,
      expectedCloseOn: '2031-06-30',
    });
    const words = await vocabulary();
    for (const w of ['fjallravens', 'snickeri', 'ostersund', 'solvi', 'bjornstad', 'hyvelbankar', 'norrland']) expect(words).toContain(w);

    // nothing begins so: the prefix path finds nothing and the fuzzy path reads the vocabulary
    expect(names((await search('Snickri Fjallravns')).accounts)).toContain('Fjällrävens Snickeri AB');
    expect(names((await search('Ostersnd')).accounts)).toContain('Fjällrävens Snickeri AB'); // by its city
    expect(names((await search('Solvi Bjornsta')).contacts)).toContain('Sølvi Bjørnstad');
    expect(names((await search('Norrland Hyvelbankr')).opportunities)).toContain('Hyvelbänkar Norrland');

    const renamed = await send('PATCH', `/api/accounts/${account.id}`, seller, { version: account.version, name: 'Kvarnholmens Verkstad AB' });
    expect(renamed.statusCode, renamed.body).toBe(200);
    expect(await vocabulary()).toContain('kvarnholmens');
    expect(names((await search('Verkstad Kvarnholmen')).accounts)).toContain('Kvarnholmens Verkstad AB');
    expect(names((await search('Snickri Fjallravns')).accounts)).not.toContain('Fjällrävens Snickeri AB');

    // the old name's words stay until a rebuild, which leaves exactly the words of today's names
    expect(await vocabulary()).toContain('fjallravens');
    await rebuildReadModels(t.ctx.db, ['search']);
    expect(await vocabulary()).not.toContain('fjallravens');
    expect(await vocabulary()).toEqual(await wordsFromScratch());
  });

  it("drops a purged or renamed name's words in the daily job, and adds a word it lacks", async () => {
    const account = await created('/api/accounts', { name: 'Tjärnbackens Sågverk AB' });
    const renamed = await send('PATCH', `/api/accounts/${account.id}`, seller, { version: account.version, name: 'Myrbackens Sågverk AB' });
    expect(renamed.statusCode, renamed.body).toBe(200);
    // a word lost some other way (a bulk load with the triggers off): the job adds it back
    await t.ctx.db.execute(sql`delete from search_words where word = 'myrbackens'`);
    expect(await vocabulary()).toContain('tjarnbackens');
    const job = jobs.find((j) => j.name === 'search.prune_words')!;
    await job.run(t.ctx);
    const words = await vocabulary();
    expect(words).not.toContain('tjarnbackens');
    expect(words).toContain('myrbackens');
    expect(words).toEqual(await wordsFromScratch());
  });

  it('leaves a deleted account out of the fuzzy path and finds it again once restored', async () => {
    const account = await created('/api/accounts', { name: 'Gränslösa Glasbruket AB' });
    expect(names((await search('Glasbruke Granslosa')).accounts)).toContain('Gränslösa Glasbruket AB');
    expect((await send('DELETE', `/api/accounts/${account.id}`, seller)).statusCode).toBe(200);
    expect(names((await search('Glasbruke Granslosa')).accounts)).not.toContain('Gränslösa Glasbruket AB');
    // a rebuild while it is deleted keeps its words: it can come back
    await rebuildReadModels(t.ctx.db, ['search']);
    expect((await send('POST', `/api/accounts/${account.id}/restore`, admin)).statusCode).toBe(200);
    expect(names((await search('Glasbruke Granslosa')).accounts)).toContain('Gränslösa Glasbruket AB');
  });

  it('holds every word of every name after any sequence of writes, and a rebuild holds exactly those', async () => {
    const pool = ['Älvdalens', 'Fjord', 'Sjöbod', 'Hälsinge', 'Tråvaror', 'Næringsbygg', 'Østfold', 'Kvarn', 'Bergslagens', 'Fiskeläge'];
    const name = fc.tuple(fc.constantFrom(...pool), fc.constantFrom(...pool), fc.integer({ min: 1, max: 99 })).map(([a, b, n]) => `${a} ${b} ${n}`);
    type Op =
      | { kind: 'account'; name: string; city: string | null }
      | { kind: 'contact'; account: number; first: string; last: string }
      | { kind: 'deal'; account: number; name: string }
      | { kind: 'rename'; account: number; name: string; city: string | null }
      | { kind: 'renameContact'; contact: number; last: string }
      | { kind: 'delete'; account: number };
    const op: fc.Arbitrary<Op> = fc.oneof(
      fc.record({ kind: fc.constant('account' as const), name, city: fc.option(fc.constantFrom('Umeå', 'Tromsø', 'Gävle'), { nil: null }) }),
      fc.record({ kind: fc.constant('contact' as const), account: fc.nat(), first: fc.constantFrom('Åsa', 'Bjørn', 'Märta'), last: fc.constantFrom(...pool) }),
      fc.record({ kind: fc.constant('deal' as const), account: fc.nat(), name }),
      fc.record({ kind: fc.constant('rename' as const), account: fc.nat(), name, city: fc.option(fc.constantFrom('Kiruna', 'Bodø'), { nil: null }) }),
      fc.record({ kind: fc.constant('renameContact' as const), contact: fc.nat(), last: fc.constantFrom(...pool) }),
      fc.record({ kind: fc.constant('delete' as const), account: fc.nat() }),
    );
    const accounts: { id: string; version: number; contactId: string }[] = [];
    const contacts: { id: string; version: number }[] = [];
    let deals = 0;
    const apply = async (o: Op) => {
      const account = accounts.length ? accounts[(o as { account?: number }).account! % accounts.length] : undefined;
      if (o.kind === 'account') {
        const added = await created('/api/accounts', { name: o.name, ...(o.city ? { city: o.city } : {}) });
        const contact = await created('/api/contacts', { accountId: added.id, firstName: 'Kari', lastName: 'Nordmann' });
        accounts.push({ ...added, contactId: contact.id });
        contacts.push(contact);
      } else if (!account) return;
      else if (o.kind === 'contact') contacts.push(await created('/api/contacts', { accountId: account.id, firstName: o.first, lastName: o.last }));
      else if (o.kind === 'deal') {
        const res = await send('POST', '/api/opportunities', seller, {
          accountId: account.id,
          contactId: account.contactId,
          name: o.name,
          estimatedValue: 1000,
          expectedCloseOn: '2031-01-31',
        });
        if (res.statusCode === 201) deals++;
      }
      else if (o.kind === 'rename') {
        const res = await send('PATCH', `/api/accounts/${account.id}`, seller, { version: account.version, name: o.name, city: o.city });
        if (res.statusCode === 200) account.version = res.json().version;
      } else if (o.kind === 'renameContact' && contacts.length) {
        const contact = contacts[o.contact % contacts.length]!;
        const res = await send('PATCH', `/api/contacts/${contact.id}`, seller, { version: contact.version, lastName: o.last });
        if (res.statusCode === 200) contact.version = res.json().version;
      } else if (o.kind === 'delete') await send('DELETE', `/api/accounts/${account.id}`, seller);
    };
    await fc.assert(
      fc.asyncProperty(fc.array(op, { minLength: 3, maxLength: 12 }), async (sequence) => {
        for (const o of sequence) await apply(o);
        const kept = new Set(await vocabulary());
        const scratch = await wordsFromScratch();
        expect(scratch.filter((w) => !kept.has(w))).toEqual([]);
        await rebuildReadModels(t.ctx.db, ['search']);
        expect(await vocabulary()).toEqual(scratch);
      }),
      { numRuns: kind === 'pglite' ? 6 : 4, endOnFailure: true },
    );
    // the sequences wrote each kind of name
    expect(accounts.length).toBeGreaterThan(0);
    expect(deals).toBeGreaterThan(0);
  });
});
