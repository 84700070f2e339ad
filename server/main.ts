import fs from 'node:fs';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import pino from 'pino';
import { buildApp } from './app';
import { importFromCli, importUsage } from './cli-import';
import { ConfigError, loadConfig, type Config } from './config';
import { DataDirLockedError } from './db/data-dir-lock';
import { openDatabase } from './db/open';
import { DemoRefusedError, demoSignIns, loadDemo } from './demo/load';
import { importEntities, importSources, type ImportEntity, type ImportSource } from './domain/imports/layouts';
import { jobs } from './jobs';
import { getOrganisation, hasOrganisation } from './modules/org/service';
import { systemClock } from './platform/clock';
import { AppError } from './platform/errors';
import { startJobs } from './platform/jobs';
import { version } from './version';

class UsageError extends Error {}

const silentLogger = pino({ level: 'silent' });

interface Command {
  usage: string;
  options: NonNullable<ParseArgsConfig['options']>;
  /** Number of positional arguments the command takes. */
  positionals?: number;
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
          `Created ${summary.organisation}: ${summary.users} users, ${summary.products} products, ${summary.accounts} accounts, ${summary.contacts} contacts, ${summary.activities} activities, ${summary.opportunities} opportunities, ${summary.handoffs} handoffs.`,
        );
        printSignIns();
      } finally {
        await database.close();
      }
    },
  },
};

commands.import = {
  usage: importUsage,
  positionals: 2,
  options: {
    ...help,
    source: { type: 'string' },
    mode: { type: 'string', default: 'all' },
    'dry-run': { type: 'boolean', default: false },
    group: { type: 'string' },
    'stage-map': { type: 'string' },
    currency: { type: 'string' },
  },
  run: async (values, config, [entity, file]) => {
    if (!importEntities.includes(entity as ImportEntity))
      throw new UsageError(`<entity> must be one of ${importEntities.join(', ')}, not "${String(entity)}".`);
    if (!file || !fs.existsSync(file)) throw new UsageError(`There is no file "${String(file)}".`);
    if (values.source !== undefined && !importSources.includes(values.source as ImportSource))
      throw new UsageError(`--source must be one of ${importSources.join(', ')}.`);
    if (values.mode !== 'all' && values.mode !== 'good') throw new UsageError('--mode must be all or good.');
    const database = await openDatabase(config);
    try {
      await database.migrate();
      const ctx = { db: database.db, dbKind: database.kind, config, clock: systemClock, log: silentLogger, mailer: null };
      return await importFromCli(ctx, database, {
        entity: entity as ImportEntity,
        file,
        source: values.source as ImportSource | undefined,
        mode: values.mode,
        dryRun: values['dry-run'] === true,
        group: typeof values.group === 'string' ? values.group : undefined,
        stageMap: typeof values['stage-map'] === 'string' ? values['stage-map'] : undefined,
        currency: typeof values.currency === 'string' ? values.currency.toUpperCase() : undefined,
      });
    } catch (e) {
      if (e instanceof AppError) {
        console.error(e.message);
        return 1;
      }
      throw e;
    } finally {
      await database.close();
    }
  },
};

const mainUsage = `korsa ${version} — the CRM that makes sales groups sell across each other

Usage: korsa <command> [options]

Commands:
  serve     serve the API and web app
  migrate   apply database migrations
  demo      create the demo organisation
  import    import a CSV file (accounts, contacts, products, activities)

Run "korsa <command> --help" for a command's options. Configuration is read from the
environment (see README.md): DATABASE_URL selects PostgreSQL, otherwise embedded PGlite
stores its data in KORSA_DATA_DIR (default ./data).`;

function printSignIns(): void {
  console.log('Demo sign-ins:');
  for (const s of demoSignIns) console.log(`  ${s.role.padEnd(13)} ${s.email.padEnd(26)} password: ${s.password}`);
}

async function serve(values: Record<string, string | boolean | undefined>, baseConfig: Config): Promise<void> {
  const port = values.port === undefined ? baseConfig.PORT : Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new UsageError(`--port must be a port number, not "${String(values.port)}".`);
  const config: Config = { ...baseConfig, PORT: port, HOST: typeof values.host === 'string' ? values.host : baseConfig.HOST };
  const database = await openDatabase(config);
  if (config.KORSA_MIGRATE_ON_START) await database.migrate();
  const { app, ctx } = await buildApp({ database, config });
  const organisation = await getOrganisation(ctx);
  let isDemo = organisation.isDemo;
  if (database.kind === 'pglite' && config.KORSA_DEMO && !(await hasOrganisation(ctx))) {
    const summary = await loadDemo(database.db, { seed: 1, size: 'small' });
    app.log.info(`created the demo organisation ${summary.organisation} (${summary.users} users)`);
    isDemo = true;
  }
  const stopJobs = startJobs(ctx, jobs);
  let closing = false;
  const shutdown = async (signal: string) => {
    if (closing) return;
    closing = true;
    app.log.info(`${signal}: shutting down`);
    stopJobs();
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
    try {
      const parsed = parseArgs({ args: rest, options: command.options, strict: true, allowPositionals: (command.positionals ?? 0) > 0 });
      values = parsed.values as typeof values;
      positionals = parsed.positionals;
    } catch (e) {
      throw new UsageError((e as Error).message);
    }
    if (values.help) {
      console.log(command.usage);
      return 0;
    }
    if (positionals.length !== (command.positionals ?? 0))
      throw new UsageError(`Expected ${command.positionals ?? 0} argument(s), got ${positionals.length}.`);
    return (await command.run(values, loadConfig(), positionals)) ?? 0;
  } catch (e) {
    if (e instanceof UsageError) {
      console.error(`${e.message}\n\nUsage: ${command.usage}`);
      return 2;
    }
    if (e instanceof ConfigError || e instanceof DataDirLockedError || e instanceof DemoRefusedError) {
      console.error(e.message);
      return 1;
    }
    throw e;
  }
}
