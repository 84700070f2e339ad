import { createHash } from 'node:crypto';
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rowsOf } from '../../server/db/client';
import { runImport } from '../../server/modules/imports/service';
import { createTestApp, type TestApp } from '../helpers/app';
import { dbKinds } from '../helpers/db';

// An activity whose file gives no id is keyed by its time and a hash of what it is (imports/repo-writers.ts
// naturalKey). Migration 0042 rewrote the keys of earlier imports into that form: a file imported before it
// must still add nothing when it is imported again after it.

const migration = fs.readFileSync(
  fileURLToPath(new URL('../../server/db/migrations/0042_activity_keys_by_time.sql', import.meta.url)),
  'utf8',
);
const csv = [
  'Account,Type,Subject,Date',
  'Havgull Shipping AS,Call,Called Ingrid about the fleet,2026-03-05 14:30',
  'Havgull Shipping AS,Meeting,Kickoff,1969-12-31 23:59',
  'Havgull Shipping AS,Note,Agreement signed,2026-03-06',
].join('\n');

describe.each(dbKinds)('imported activities keyed by time (%s)', (kind) => {
  let t: TestApp;
  const keys = async () =>
    rowsOf<{ id: string; key: string; accountId: string; at: Date; type: string; subject: string }>(
      await t.ctx.db.execute(
        sql`select id, source_id as key, account_id as "accountId", occurred_at as at, type, subject from activities where source_id like 'k:%' order by occurred_at`,
      ),
    );
  beforeAll(async () => {
    t = await createTestApp(kind);
    await t.ctx.db.execute(sql`insert into accounts (name) values ('Havgull Shipping AS')`);
  });
  afterAll(async () => {
    await t.close();
  });

  it('starts the key with the time, and an import from before migration 0042 is not imported twice after it', async () => {
    const opts = { entity: 'activities', mode: 'all', dryRun: false, fileName: 'a.csv', actor: null } as const;
    expect(await runImport(t.ctx, opts, csv)).toMatchObject({ status: 'succeeded', createdRows: 3 });
    const now = await keys();
    expect(now).toHaveLength(3);
    for (const a of now) {
      expect(a.key).toMatch(/^k:\d{14}:[0-9a-f]{40}$/);
      expect(a.key.slice(2, 16)).toBe(String(Math.max(0, new Date(a.at).getTime())).padStart(14, '0'));
    }
    // the keys as an import before the migration wrote them: the hash alone
    for (const a of now) {
      const old = `k:${a.key.split(':').at(-1)}`;
      await t.ctx.db.execute(sql`update activities set source_id = ${old} where id = ${a.id}`);
    }
    await t.ctx.db.execute(sql.raw(migration));
    expect((await keys()).map((a) => a.key)).toEqual(now.map((a) => a.key));
    const again = await runImport(t.ctx, opts, csv);
    expect(again).toMatchObject({ status: 'succeeded', createdRows: 0 });
    expect(await keys()).toHaveLength(3);
    // the hash is still the one of the account, the time, the type and the subject
    const first = now[0]!;
    const hash = createHash('sha1')
      .update(`${first.accountId}|${new Date(first.at).toISOString()}|${first.type}|${first.subject}`)
      .digest('hex');
    expect(first.key.endsWith(hash)).toBe(true);
  });
});
