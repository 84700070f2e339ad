import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { planChunks } from '../../bench/large/chunks';
import { organisationRows, planOrganisation } from '../../bench/large/organisation';
import { sizeSpecs } from '../../bench/large/sizes';
import { bulkTables, copyLine, staticTables, type TableName } from '../../bench/large/tables';

const today = new Date('2026-11-23T12:00:00Z');
const stageIds = new Map(
  ['identified', 'quote_designed', 'pricing', 'quote_sent', 'negotiation', 'won', 'lost'].map((k, i) => [k, `stage-${i}`]),
);

/** Every row the generator writes at the tiny size, hashed per table, with the row counts. */
function generateTiny(seed: number) {
  const size = sizeSpecs.tiny;
  const org = planOrganisation(seed, size);
  const hashes = new Map<TableName, ReturnType<typeof createHash>>();
  const counts = new Map<TableName, number>();
  const add = (table: TableName, rows: readonly (readonly unknown[])[] | undefined) => {
    const h = hashes.get(table) ?? createHash('sha256');
    for (const row of rows ?? []) h.update(copyLine(row as Parameters<typeof copyLine>[0]));
    hashes.set(table, h);
    counts.set(table, (counts.get(table) ?? 0) + (rows?.length ?? 0));
  };
  const small = organisationRows(org, seed, 'hash', today);
  for (const t of staticTables) add(t, small[t]);
  for (const rows of planChunks({ seed, size, today, org, stageIds })) for (const t of bulkTables) add(t, rows[t]);
  return { hashes: Object.fromEntries([...hashes].map(([t, h]) => [t, h.digest('hex')])), counts: Object.fromEntries(counts) };
}

describe('bench data generator', () => {
  it('is deterministic for a seed, differs between seeds, and hits the size exactly', () => {
    const a = generateTiny(7);
    expect(generateTiny(7)).toEqual(a);
    expect(generateTiny(8).hashes.accounts).not.toBe(a.hashes.accounts);
    const spec = sizeSpecs.tiny;
    expect(a.counts).toMatchObject({
      accounts: spec.accounts,
      contacts: spec.contacts,
      opportunities: spec.opportunities,
      activities: spec.activities,
      handoffs: spec.handoffs,
      products: 40,
    });
    expect(a.counts.users).toBe(spec.sellers + 13);
  });
});
