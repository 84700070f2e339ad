import { parseArgs, type ParseArgsConfig } from 'node:util';
import { buildApp } from './app';
import { backup, BackupError, defaultBackupFile, restore } from './backup';
import { importCommand } from './cli-import';
import { peopleCommands, UsageError } from './cli-people';
import { ConfigError, loadConfig, type Config } from './config';
import { DataDirLockedError } from './db/data-dir-lock';
import { openDatabase } from './db/open';
import { DemoRefusedError, demoSignIns, loadDemo } from './demo/load';
import { importEntities } from '@domain/imports/layouts';
import { jobs } from './jobs';
import { failAbandonedImports } from './modules/imports/service';
import { ensureReadModels, readModelNames, rebuildReadModels, type ReadModelName } from './modules/read-models/service';
import { getOrganisation, hasOrganisation } from './modules/org/service';
import { countUsers } from './modules/users/service';
import { startJobs } from './platform/jobs';
import { version } from './version';

interface Command {
  usage: string;
  options: NonNullable<ParseArgsConfig['options']>;
  /** Number of positional arguments the command takes (or a range, for commands with subcommands). */
  positionals?: number | { min: number; max: number };
  run(values: Record<string, string | boolean | undefined>, config: Config, positionals: string[]): Promise<number | void>;
}

const help = { help: { type: 'boolean', short: 'h' } } as const;

const commands: Record<string, Command> = {
  serve: {
    usage: `korsa serve [--port N] [--host HOST]

Migrate the database and serve Korsa (API and web app). On embedded PGlite, the demo
organisation is created on first start unless KORSA_DEMO=false.`,
    options: { ...help, port: { type: 'string' }, host: { type: 'string' } },
    run: serve,
  },
  migrate: {
    usage: `korsa migrate

Apply the database migrations (safe to run from several instances at once).`,
    options: { ...help },
    run: async (_values, config) => {
      const database = await openDatabase(config);
      try {
        await database.migrate();
        console.log(`Migrations applied (${database.kind}).`);
        const rebuilt = await ensureReadModels(database.db);
        if (rebuilt) console.log(`Read models rebuilt: ${rebuilt.deals} deals in ${rebuilt.seconds} s.`);
      } finally {
        await database.close();
      }
    },
  },
  'rebuild-read-models': {
    usage: `korsa rebuild-read-models [${readModelNames.join('|')} ...]

Rebuild the read models from their sources — all of them, or those named: the overview's volume,
pipeline and outcomes per scope; the handoffs' facts; the product matrix's cells and penetration
counts; the give-to-get ledger. After a bulk load that bypassed them, or a rule change. Writes to
their sources wait until it commits; reads go on. Korsa also rebuilds on start those whose
definition changed.`,
    options: { ...help },
    positionals: { min: 0, max: readModelNames.length },
    run: async (_values, config, names) => {
      const unknown = names.filter((n) => !(readModelNames as string[]).includes(n));
      if (unknown.length) {
        console.error(`Unknown read model: ${unknown.join(', ')} (known: ${readModelNames.join(', ')}).`);
        return 2;
      }
      const database = await openDatabase(config);
      try {
        await database.migrate();
        const r = await rebuildReadModels(database.db, names.length ? (names as ReadModelName[]) : readModelNames);
        const each = Object.entries(r.models).map(([name, s]) => `${name} ${s} s`);
        console.log(
          `Read models rebuilt: ${r.deals} deals (${r.partsChanged} with changed volume parts) in ${r.seconds} s (${each.join(', ')}).`,
        );
      } finally {
        await database.close();
      }
    },
  },
  demo: {
    usage: `korsa demo [--size small|medium] [--seed N]

Create the demo organisation (Nordlys Group) in an empty database. Deterministic for a seed.
  --size   small (about 30 users, default) or medium (about 60 users)
  --seed   an integer, default 1`,
    options: { ...help, size: { type: 'string', default: 'small' }, seed: { type: 'string', default: '1' } },
    run: async (values, config) => {
      const size = values.size;
      if (size !== 'small' && size !== 'medium') throw new UsageError(`--size must be small or medium, not "${String(size)}".`);
      const seed = Number(values.seed);
      if (!Number.isSafeInteger(seed)) throw new UsageError(`--seed must be an integer, not "${String(values.seed)}".`);
      const database = await openDatabase(config);
      try {
        await database.migrate();
        const summary = await loadDemo(database.db, { seed, size });
        console.log(
          `Created ${summary.organisation}: ${summary.users} users, ${summary.products} products, ${summary.accounts} accounts, ${summary.contacts} contacts, ${summary.activities} activities, ${summary.opportunities} opportunities, ${summary.handoffs} handoffs, ${summary.tasks} open tasks.`,
        );
        printSignIns();
      } finally {
        await database.close();
      }
    },
  },
};

commands.backup = {
  usage: `korsa backup [--out FILE] [--url URL]

Back up Korsa's database to FILE (default korsa-<date>-<time>.tar.gz, or .dump on PostgreSQL).
  PGlite, Korsa stopped   reads the data directory (KORSA_DATA_DIR) and writes it as a gzipped tar
  PGlite, Korsa running   --url http://host:port with KORSA_API_KEY set to an admin's API key: the
                          running server makes a consistent dump (GET /api/backup) and this saves it
  PostgreSQL              runs pg_dump --format=custom (consistent while Korsa runs)
Restore with "korsa restore FILE".`,
  options: { ...help, out: { type: 'string' }, url: { type: 'string' } },
  run: async (values, config) => {
    const file = typeof values.out === 'string' ? values.out : defaultBackupFile(config);
    const url = typeof values.url === 'string' ? values.url : undefined;
    console.log(await backup(config, file, { url, apiKey: process.env.KORSA_API_KEY }));
  },
};

commands.restore = {
  usage: `korsa restore FILE [--force]

Restore a backup made by "korsa backup".
  PGlite       Korsa must be stopped; the backup becomes the data directory (KORSA_DATA_DIR). An
               existing database is replaced only with --force, and kept beside it as
               pglite.before-restore-<date>-<time>
  PostgreSQL   runs pg_restore --clean --if-exists --single-transaction into DATABASE_URL`,
  positionals: 1,
  options: { ...help, force: { type: 'boolean', default: false } },
  run: async (values, config, [file]) => {
    console.log(await restore(config, file!, { force: values.force === true }));
  },
};

commands.import = importCommand;

Object.assign(commands, peopleCommands);

const mainUsage = `korsa ${version} — the CRM that makes sales groups sell across each other

Usage: korsa <command> [options]

Commands:
  serve     serve the API and web app
  migrate   apply database migrations
  setup     first run: the organisation, markets, sales groups and the first admin
  users     list, create (or invite) and deactivate users
  org       show the organisation; add markets and sales groups
  demo      create the demo organisation
  import    import a CSV file (${importEntities.join(', ')})
  rebuild-read-models  rebuild the read models (overview, matrix, ledger) from their sources
  backup    back up the database (also while Korsa runs)
  restore   restore a backup

Run "korsa <command> --help" for a command's options. Configuration is read from the
environment (see README.md): DATABASE_URL selects PostgreSQL, otherwise embedded PGlite
stores its data in KORSA_DATA_DIR (default ./data).`;

function printSignIns(): void {
  console.log('Demo sign-ins:');
  for (const s of demoSignIns) console.log(`  ${s.role.padEnd(13)} ${s.email.padEnd(29)} password: ${s.password}`);
}

async function serve(values: Record<string, string | boolean | undefined>, baseConfig: Config): Promise<void> {
  const port = values.port === undefined ? baseConfig.PORT : Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new UsageError(`--port must be a port number, not "${String(values.port)}".`);
  const config: Config = { ...baseConfig, PORT: port, HOST: typeof values.host === 'string' ? values.host : baseConfig.HOST };
  const database = await openDatabase(config);
  if (config.KORSA_MIGRATE_ON_START) await database.migrate();
  const { app, ctx } = await buildApp({ database, config });
  const abandoned = await failAbandonedImports(ctx);
  if (abandoned) app.log.warn(`${abandoned} import(s) left running by a stopped process were marked failed`);
  const organisation = await getOrganisation(ctx);
  let isDemo = organisation.isDemo;
  if (database.kind === 'pglite' && config.KORSA_DEMO && !(await hasOrganisation(ctx))) {
    const summary = await loadDemo(database.db, { seed: 1, size: 'small' });
    app.log.info(`created the demo organisation ${summary.organisation} (${summary.users} users)`);
    isDemo = true;
  }
  const stopJobs = startJobs(ctx, jobs, { tryLock: database.tryLock?.bind(database) });
  let closing = false;
  const shutdown = async (signal: string) => {
    if (closing) return;
    closing = true;
    app.log.info(`${signal}: shutting down`);
    await stopJobs();
    await app.close();
    await database.close();
    process.exit(0);
  };
  process.once('SIGINT', () => void shutdown('SIGINT'));
  process.once('SIGTERM', () => void shutdown('SIGTERM'));
  await app.listen({ port: config.PORT, host: config.HOST });
  const address = app.server.address();
  const actualPort = typeof address === 'object' && address ? address.port : config.PORT;
  const shownHost = config.HOST === '0.0.0.0' || config.HOST === '127.0.0.1' ? 'localhost' : config.HOST;
  console.log(`\nKorsa ${version} is running at http://${shownHost}:${actualPort} (database: ${database.kind})`);
  console.log(`API docs: http://${shownHost}:${actualPort}/api/docs`);
  if (isDemo) printSignIns();
  else if ((await countUsers(ctx)) === 0) {
    console.log(`No users yet: open http://${shownHost}:${actualPort}/ to set Korsa up (or run "korsa setup --help").`);
  }
}

export async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    console.log(mainUsage);
    return name ? 0 : 2;
  }
  if (name === '--version' || name === '-v') {
    console.log(version);
    return 0;
  }
  const command = commands[name];
  if (!command) {
    console.error(`Unknown command "${name}".\n\n${mainUsage}`);
    return 2;
  }
  try {
    let values: Record<string, string | boolean | undefined>;
    let positionals: string[] = [];
    let range = { min: 0, max: 0 };
    try {
      const { min, max } =
        typeof command.positionals === 'object' ? command.positionals : { min: command.positionals ?? 0, max: command.positionals ?? 0 };
      range = { min, max };
      const parsed = parseArgs({ args: rest, options: command.options, strict: true, allowPositionals: max > 0 });
      values = parsed.values as typeof values;
      positionals = parsed.positionals;
    } catch (e) {
      throw new UsageError((e as Error).message);
    }
    if (values.help) {
      console.log(command.usage);
      return 0;
    }
    if (positionals.length < range.min || positionals.length > range.max)
      throw new UsageError(
        `Expected ${range.min === range.max ? range.min : `${range.min} to ${range.max}`} argument(s), got ${positionals.length}.`,
      );
    return (await command.run(values, loadConfig(), positionals)) ?? 0;
  } catch (e) {
    if (e instanceof UsageError) {
      console.error(`${e.message}\n\nUsage: ${command.usage}`);
      return 2;
    }
    if (e instanceof ConfigError || e instanceof DataDirLockedError || e instanceof DemoRefusedError || e instanceof BackupError) {
      console.error(e.message);
      return 1;
    }
    throw e;
  }
}
