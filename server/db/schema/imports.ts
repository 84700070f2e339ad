import { sql } from 'drizzle-orm';
import { boolean, index, integer, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { users } from './users';

/** One CSV import run (L3), with its outcome; the row-level errors are kept for the report. */
export const imports = pgTable(
  'imports',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    entity: text('entity').notNull(),
    source: text('source').notNull(),
    fileName: text('file_name').notNull(),
    mode: text('mode', { enum: ['all', 'good'] }).notNull(),
    dryRun: boolean('dry_run').notNull().default(false),
    status: text('status', { enum: ['running', 'succeeded', 'partial', 'failed'] })
      .notNull()
      .default('running'),
    mapping: jsonb('mapping').notNull().default({}),
    totalRows: integer('total_rows').notNull().default(0),
    createdRows: integer('created_rows').notNull().default(0),
    updatedRows: integer('updated_rows').notNull().default(0),
    failedRows: integer('failed_rows').notNull().default(0),
    /** Rows with nothing to import for this entity (e.g. an account row without a contact in a report). */
    skippedRows: integer('skipped_rows').notNull().default(0),
    /** The file's character encoding, as detected (or given). */
    encoding: text('encoding').notNull().default('utf-8'),
    /** The file's columns that no field read, listed in the report. */
    unusedColumns: jsonb('unused_columns').notNull().default([]),
    /** A running import's last sign of life; a run silent for long is abandoned (its process died). */
    heartbeatAt: timestamp('heartbeat_at', { withTimezone: true }).notNull().defaultNow(),
    createdById: uuid('created_by_id').references(() => users.id, { onDelete: 'set null' }),
    startedAt: timestamp('started_at', { withTimezone: true }).notNull().defaultNow(),
    finishedAt: timestamp('finished_at', { withTimezone: true }),
  },
  (t) => [index('imports_started_idx').on(t.startedAt), index('imports_running_idx').on(t.status).where(sql`status = 'running'`)],
);

export const importErrors = pgTable(
  'import_errors',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    importId: uuid('import_id')
      .notNull()
      .references(() => imports.id, { onDelete: 'cascade' }),
    row: integer('row').notNull(),
    column: text('column'),
    message: text('message').notNull(),
    /** error: the row was not imported; warning: imported, but worth a look (a likely typo). */
    severity: text('severity', { enum: ['error', 'warning'] })
      .notNull()
      .default('error'),
  },
  (t) => [index('import_errors_import_idx').on(t.importId, t.row)],
);
