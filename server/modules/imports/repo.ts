import { and, eq, lt, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { importErrors, imports } from '../../db/schema';
import type { RowError } from './rows';

export * from './repo-invoices';
export * from './repo-lookups';
export * from './repo-opportunities';
export * from './repo-orders';
export * from './repo-writers';

// The import log

export async function insertImport(db: Db, values: typeof imports.$inferInsert) {
  const [row] = await db.insert(imports).values(values).returning();
  return row!;
}

export async function finishImport(db: Db, id: string, values: Partial<typeof imports.$inferInsert>, errors: RowError[]) {
  await db.update(imports).set(values).where(eq(imports.id, id));
  for (let i = 0; i < errors.length; i += 1000) {
    await db.insert(importErrors).values(errors.slice(i, i + 1000).map((e) => ({ importId: id, ...e, severity: e.severity ?? 'error' })));
  }
}

export async function touchImport(db: Db, id: string, at: Date) {
  await db
    .update(imports)
    .set({ heartbeatAt: at })
    .where(and(eq(imports.id, id), eq(imports.status, 'running')));
}

/** Runs still "running" (and silent since `before`, when given), locked for the caller's transaction. */
export async function abandonedImports(db: Db, before: Date | null) {
  return db
    .select({ id: imports.id, mode: imports.mode, dryRun: imports.dryRun, totalRows: imports.totalRows })
    .from(imports)
    .where(and(eq(imports.status, 'running'), before ? lt(imports.heartbeatAt, before) : undefined))
    .for('update', { skipLocked: true });
}

export async function findImport(db: Db, id: string) {
  const [row] = await db.select().from(imports).where(eq(imports.id, id));
  return row;
}

export async function listImports(db: Db, limit: number) {
  return db
    .select()
    .from(imports)
    .orderBy(sql`${imports.startedAt} desc`)
    .limit(limit);
}

export async function importErrorsOf(db: Db, id: string, limit: number, offset: number) {
  return db
    .select({ row: importErrors.row, column: importErrors.column, message: importErrors.message, severity: importErrors.severity })
    .from(importErrors)
    .where(eq(importErrors.importId, id))
    .orderBy(importErrors.row, importErrors.id)
    .limit(limit)
    .offset(offset);
}
