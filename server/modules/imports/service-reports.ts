import { stringify } from 'csv-stringify/sync';
import type { AppContext } from '../../platform/context';
import * as repo from './repo';
import { getImport } from './service';

// A run's row-level report: paged for the page, whole as CSV.

export async function importErrors(ctx: AppContext, id: string, limit: number, offset: number) {
  await getImport(ctx, id);
  return repo.importErrorsOf(ctx.db, id, limit, offset);
}

/** The row-level report as CSV (row, column, severity, reason). */
export async function importErrorReport(ctx: AppContext, id: string): Promise<string> {
  await getImport(ctx, id);
  const rows: string[][] = [['row', 'column', 'severity', 'reason']];
  for (let offset = 0; ; offset += 5000) {
    const page = await repo.importErrorsOf(ctx.db, id, 5000, offset);
    rows.push(...page.map((e) => [String(e.row), e.column ?? '', e.severity, e.message]));
    if (page.length < 5000) break;
  }
  return stringify(rows);
}
