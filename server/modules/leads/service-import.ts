import type { LeadInput } from '@contract/leads';
import { normaliseEmail } from '@domain/leads';
import type { TxContext } from '../../platform/context';
import * as repo from './repo';
import { insertLead, rescore } from './service';

/** One lead of an import file: its line, and the lead as the app takes it. */
export interface ImportedLead {
  line: number;
  input: LeadInput;
}

/** What a lead's import may fill in on an open lead with the same e-mail (never what someone already wrote). */
const fillable = ['phone', 'company', 'orgNumber', 'domain', 'industry', 'size', 'title', 'marketId', 'country', 'campaign'] as const;

/**
 * Leads from a CSV import (C1), in the import's batch transaction: each through `insertLead`, the one
 * door every lead comes in by — matched to a known contact or account and scored on arrival. A person
 * who already has an open lead (by e-mail, also earlier in the same file) is not made twice: the file
 * fills in what that lead lacks, and it counts as updated.
 */
export async function importLeads(
  tx: TxContext,
  actor: { id: string; salesGroupId: string | null } | null,
  rows: readonly ImportedLead[],
): Promise<{ created: number; updated: number }> {
  let created = 0;
  let updated = 0;
  for (const { input } of rows) {
    const email = normaliseEmail(input.email);
    const existing = email ? await repo.lockLeadByEmail(tx.db, email) : null;
    if (!existing) {
      await insertLead(tx, actor, input, null);
      created++;
      continue;
    }
    const fill: Partial<Pick<LeadInput, (typeof fillable)[number]>> = {};
    for (const f of fillable) {
      const value = input[f];
      if (existing[f] === null && value) Object.assign(fill, { [f]: value });
    }
    if (Object.keys(fill).length > 0) {
      await repo.updateLead(tx.db, existing.id, fill, tx.clock.now());
      await rescore(tx, existing.id);
    }
    updated++;
  }
  return { created, updated };
}
