/**
 * Where generated rows go: PostgreSQL's COPY … FROM STDIN (pg-copy-streams, a connection per table so
 * that tables load side by side while the generator works), or PGlite's COPY … FROM '/dev/blob'.
 * Foreign-key triggers are off during the load (session_replication_role = replica): the generator
 * writes children before their parents' chunks are flushed; `verifyForeignKeys` checks the result.
 */
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { copyLine, tableColumns, type Row, type TableName } from './tables';

export interface Sql {
  query<T>(text: string, params?: unknown[]): Promise<T[]>;
  exec(text: string): Promise<void>;
}

export interface CopySink {
  copy(table: TableName, text: string): Promise<void>;
  close(): Promise<void>;
}

const copyCommand = (table: TableName, source: string) => `COPY ${table} (${tableColumns[table].join(', ')}) FROM ${source}`;

/** A connection per table, each with foreign-key triggers off. */
export function postgresSink(url: string): CopySink {
  const clients = new Map<TableName, Promise<pg.Client>>();
  const clientFor = (table: TableName) => {
    let client = clients.get(table);
    if (!client) {
      client = (async () => {
        const c = new pg.Client({ connectionString: url });
        await c.connect();
        await c.query('set session_replication_role = replica');
        return c;
      })();
      clients.set(table, client);
    }
    return client;
  };
  return {
    copy: async (table, text) => {
      const client = await clientFor(table);
      await pipeline(Readable.from([text]), client.query(copyFrom(copyCommand(table, 'STDIN'))));
    },
    close: async () => {
      for (const c of clients.values()) await (await c).end();
    },
  };
}

export function pgliteSink(db: PGlite): CopySink {
  let prepared = false;
  return {
    copy: async (table, text) => {
      if (!prepared) await db.exec('set session_replication_role = replica');
      prepared = true;
      await db.query(copyCommand(table, "'/dev/blob'"), [], { blob: new Blob([text]) });
    },
    close: async () => {
      await db.exec('reset session_replication_role');
    },
  };
}

export function postgresSql(client: pg.Client): Sql {
  return {
    query: async <T>(text: string, params?: unknown[]) => (await client.query(text, params)).rows as T[],
    exec: async (text) => void (await client.query(text)),
  };
}

export function pgliteSql(db: PGlite): Sql {
  return {
    query: async <T>(text: string, params?: unknown[]) => (await db.query<T>(text, params)).rows,
    exec: async (text) => void (await db.exec(text)),
  };
}

const FLUSH_BYTES = 8 * 1024 * 1024;

/**
 * Buffers rows per table and flushes them in COPY batches. At most one batch per table is in flight
 * while the next one fills, so generating (Node) and loading (the database) overlap.
 */
export class TableBuffers {
  private readonly parts = new Map<TableName, string[]>();
  private readonly bytes = new Map<TableName, number>();
  private readonly inFlight = new Map<TableName, Promise<void>>();
  readonly counts = new Map<TableName, number>();

  constructor(private readonly sink: CopySink) {}

  async add(table: TableName, rows: readonly Row[]): Promise<void> {
    const parts = this.parts.get(table) ?? [];
    let size = this.bytes.get(table) ?? 0;
    for (const row of rows) {
      const line = copyLine(row);
      parts.push(line);
      size += line.length;
    }
    this.parts.set(table, parts);
    this.bytes.set(table, size);
    this.counts.set(table, (this.counts.get(table) ?? 0) + rows.length);
    if (size >= FLUSH_BYTES) await this.flush(table);
  }

  private async flush(table: TableName): Promise<void> {
    const parts = this.parts.get(table);
    if (!parts?.length) return;
    this.parts.set(table, []);
    this.bytes.set(table, 0);
    await this.inFlight.get(table);
    const copying = this.sink.copy(table, parts.join(''));
    copying.catch(() => undefined); // awaited later; a failure surfaces there
    this.inFlight.set(table, copying);
  }

  async finish(): Promise<void> {
    for (const table of [...this.parts.keys()]) await this.flush(table);
    await Promise.all(this.inFlight.values());
    this.inFlight.clear();
  }
}
