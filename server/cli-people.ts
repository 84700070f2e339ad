/**
 * The CLI for setting Korsa up without a browser: `korsa setup`, `korsa users …` and `korsa org …`.
 * Every command goes through the same services (and rules) as the API.
 */
import fs from 'node:fs';
import readline from 'node:readline';
import { Writable } from 'node:stream';
import type { ParseArgsConfig } from 'node:util';
import pino from 'pino';
import { z } from 'zod';
import { SetupBody, SetupMarket, SetupSalesGroup } from '@contract/access';
import { Locale, Role } from '@contract/common';
import { Currency, MarketInput, SalesGroupInput } from '@contract/org';
import { Email, Password } from '@contract/users';
import { nameFromAddress } from '@domain/access-links';
import { defaultsFor } from '@domain/market-defaults';
import type { Config } from './config';
import { openDatabase } from './db/open';
import { invite, setUp } from './modules/access/service';
import * as org from './modules/org/service';
import * as users from './modules/users/service';
import { systemClock } from './platform/clock';
import type { AppContext } from './platform/context';
import { AppError } from './platform/errors';
import { createMailer } from './platform/mailer';

/** Wrong arguments: the CLI prints the command's usage and exits with status 2. */
export class UsageError extends Error {}

type Values = Record<string, string | boolean | (string | boolean)[] | undefined>;

const silentLogger = pino({ level: 'silent' });

/** Open the database, migrate, run `work` with a context like the server's; an AppError is printed, exit 1. */
async function withContext(config: Config, work: (ctx: AppContext) => Promise<number | void>): Promise<number> {
  const database = await openDatabase(config);
  try {
    await database.migrate();
    const ctx: AppContext = { db: database.db, dbKind: database.kind, config, clock: systemClock, log: silentLogger, mailer: createMailer(config) };
    return (await work(ctx)) ?? 0;
  } catch (e) {
    if (e instanceof AppError) {
      const details = Array.isArray(e.details)
        ? (e.details as { path: string; message: string }[]).map((d) => `\n  ${d.path}: ${d.message}`).join('')
        : '';
      console.error(`${e.message}${details}`);
      return 1;
    }
    throw e;
  } finally {
    await database.close();
  }
}

/** Parse with a contract schema; what is wrong becomes a usage error naming the option. */
function parse<T extends z.ZodType>(schema: T, value: unknown, what: string): z.infer<T> {
  const r = schema.safeParse(value);
  if (r.success) return r.data;
  throw new UsageError(r.error.issues.map((i) => `${what}${i.path.length ? ` (${i.path.join('.')})` : ''}: ${i.message}`).join('\n'));
}

const list = (v: Values[string]) => (Array.isArray(v) ? v : v === undefined ? [] : [v]).filter((x): x is string => typeof x === 'string');
const text = (v: Values[string]) => (typeof v === 'string' ? v : undefined);

/** `SE`, `SE:SEK`, `SE:SEK:sv-SE` or `SE:SEK:sv-SE:Sverige`: what is left out comes from the country's defaults. */
export function parseMarketSpec(spec: string) {
  const [code = '', currency, locale, name] = spec.split(':').map((s) => s.trim());
  const known = defaultsFor(code);
  return parse(
    SetupMarket,
    { code: code.toUpperCase(), currency: currency || known?.currency, locale: locale || known?.locale, name: name || known?.name || code.toUpperCase() },
    `--market ${spec}`,
  );
}

/** Read a password: from a file, or typed twice at a terminal without echo, or one line from a pipe. */
async function readPassword(file: string | undefined, label: string): Promise<string> {
  if (file) {
    if (!fs.existsSync(file)) throw new UsageError(`There is no file "${file}".`);
    return parse(Password, fs.readFileSync(file, 'utf8').replace(/\r?\n$/, ''), '--password-file');
  }
  if (!process.stdin.isTTY) {
    const line = await new Promise<string>((resolve) => {
      const rl = readline.createInterface({ input: process.stdin });
      let first: string | null = null;
      rl.on('line', (l) => {
        first ??= l;
        rl.close();
      });
      rl.on('close', () => resolve(first ?? ''));
    });
    return parse(Password, line, 'the password on standard input');
  }
  const ask = (question: string) =>
    new Promise<string>((resolve) => {
      let muted = false;
      const output = new Writable({
        write: (chunk: Buffer, _enc, done) => {
          if (!muted) process.stdout.write(chunk);
          done();
        },
      });
      const rl = readline.createInterface({ input: process.stdin, output, terminal: true });
      rl.question(question, (answer) => {
        rl.close();
        process.stdout.write('\n');
        resolve(answer);
      });
      muted = true;
    });
  const password = parse(Password, await ask(`${label} (at least 10 characters): `), 'the password');
  if ((await ask('Again: ')) !== password) throw new UsageError('The two passwords differ.');
  return password;
}

export interface PeopleCommand {
  usage: string;
  options: NonNullable<ParseArgsConfig['options']>;
  positionals: { min: number; max: number };
  run(values: Values, config: Config, positionals: string[]): Promise<number | void>;
}

const help = { help: { type: 'boolean', short: 'h' } } as const;

const setupCommand: PeopleCommand = {
  usage: `korsa setup --org NAME --admin-email E [--admin-name N] [--password-file F]
            [--currency EUR] [--locale en|sv|nb] [--market SE[:SEK[:sv-SE[:Sverige]]]]… [--group NAME]…

First run on an empty database (no users yet): the organisation, its markets and sales groups and
the first admin — what the set-up page in the browser does. Refused once any user exists.
  --org            the organisation's name
  --admin-email    the first admin's e-mail (they sign in with it)
  --admin-name     the admin's name (default: from the e-mail)
  --password-file  a file holding the admin's password; without it the password is asked for
                   (or read from standard input when that is not a terminal)
  --currency       the reporting currency: SEK, NOK, DKK, EUR, USD or GBP (default EUR)
  --locale         the organisation's default language (default en)
  --market         a market by country code, repeatable; currency and locale default from the
                   country (SE → SEK, sv-SE); at least one
  --group          a sales group, repeatable (more later with "korsa org add-group")`,
  options: {
    ...help,
    org: { type: 'string' },
    'admin-email': { type: 'string' },
    'admin-name': { type: 'string' },
    'password-file': { type: 'string' },
    currency: { type: 'string', default: 'EUR' },
    locale: { type: 'string', default: 'en' },
    market: { type: 'string', multiple: true },
    group: { type: 'string', multiple: true },
  },
  positionals: { min: 0, max: 0 },
  run: async (values, config) => {
    const email = parse(Email, text(values['admin-email']), '--admin-email');
    const markets = list(values.market).map(parseMarketSpec);
    if (markets.length === 0) throw new UsageError('Give at least one --market (e.g. --market SE).');
    const input = parse(
      SetupBody.extend({ salesGroups: z.array(SetupSalesGroup).max(50) }),
      {
        organisation: {
          name: text(values.org),
          reportingCurrency: text(values.currency)?.toUpperCase(),
          defaultLocale: text(values.locale),
        },
        markets,
        salesGroups: list(values.group).map((name) => ({ name })),
        admin: {
          name: text(values['admin-name']) ?? nameFromAddress(email),
          email,
          password: 'checked-below',
        },
      },
      'korsa setup',
    );
    input.admin.password = await readPassword(text(values['password-file']), `Password for ${email}`);
    return withContext(config, async (ctx) => {
      await setUp(ctx, input, null);
      console.log(
        `Korsa is set up for ${input.organisation.name}: ${input.markets.length} market(s), ${input.salesGroups.length} sales group(s), admin ${email}.`,
      );
      console.log('Next: "korsa org add-group …" for more sales groups, "korsa import …", then "korsa serve" and sign in.');
    });
  },
};

const usersCommand: PeopleCommand = {
  usage: `korsa users list [--all]
korsa users create --email E --name N --role ROLE [--group NAME] [--market CODE] [--locale L]
                   [--password-file F | --invite]
korsa users deactivate EMAIL

  list        the users (active ones; --all for everyone)
  create      a user with a password (from --password-file, or asked for), or --invite: a one-time
              link to choose their own, e-mailed when SMTP_URL is set and printed otherwise
  deactivate  the user can no longer sign in; their sessions end
  --role      ${Role.options.join(', ')}`,
  options: {
    ...help,
    all: { type: 'boolean', default: false },
    email: { type: 'string' },
    name: { type: 'string' },
    role: { type: 'string' },
    group: { type: 'string' },
    market: { type: 'string' },
    locale: { type: 'string' },
    'password-file': { type: 'string' },
    invite: { type: 'boolean', default: false },
  },
  positionals: { min: 1, max: 2 },
  run: async (values, config, [sub, arg]) => {
    if (sub === 'list') {
      return withContext(config, async (ctx) => {
        const [page, groups, markets] = await Promise.all([
          users.listUsers(ctx, { page: 1, pageSize: 200, ...(values.all ? {} : { active: true }) }),
          org.listSalesGroups(ctx),
          org.listMarkets(ctx),
        ]);
        for (const u of page.items) {
          const group = groups.find((g) => g.id === u.salesGroupId)?.name ?? '—';
          const market = markets.find((m) => m.id === u.marketId)?.code ?? '—';
          console.log(`${u.email.padEnd(34)} ${u.name.padEnd(26)} ${u.role.padEnd(13)} ${group.padEnd(20)} ${market.padEnd(3)} ${u.active ? '' : '(inactive)'}`);
        }
        console.log(`${page.total} user(s)${page.total > page.items.length ? ` (first ${page.items.length} shown)` : ''}.`);
      });
    }
    if (sub === 'create') {
      const email = parse(Email, text(values.email), '--email');
      const role = parse(Role, text(values.role), '--role');
      const locale = values.locale === undefined ? undefined : parse(Locale, text(values.locale), '--locale');
      const name = parse(z.string().trim().min(1).max(120), text(values.name), '--name');
      if (values.invite && values['password-file']) throw new UsageError('Give --password-file or --invite, not both.');
      const password = values.invite ? null : await readPassword(text(values['password-file']), `Password for ${email}`);
      return withContext(config, async (ctx) => {
        const salesGroupId = await groupIdOf(ctx, text(values.group));
        const marketId = await marketIdOf(ctx, text(values.market));
        if (password === null) {
          const result = await invite(ctx, null, { people: [{ email, name }], role, locale, salesGroupId, marketId });
          const sent = result.invited[0];
          if (!sent) {
            console.error(`${email} is already a user.`);
            return 1;
          }
          console.log(sent.emailed ? `Invited ${email}: the link is on its way by e-mail.` : `Invited ${email}. Hand them this link (valid until ${sent.expiresAt}):\n  ${sent.link}`);
          return;
        }
        const user = await users.createUser(ctx, null, { email, name, role, password, locale: locale ?? 'en', salesGroupId, marketId });
        console.log(`Created ${user.email} (${user.role}).`);
      });
    }
    if (sub === 'deactivate') {
      const email = parse(Email, arg, 'EMAIL');
      return withContext(config, async (ctx) => {
        const user = await users.findUserRecordByEmail(ctx, email);
        if (!user) {
          console.error(`There is no user ${email}.`);
          return 1;
        }
        await users.updateUser(ctx, null, user.id, { active: false });
        console.log(`Deactivated ${email}.`);
      });
    }
    throw new UsageError(`Unknown subcommand "${String(sub)}": list, create or deactivate.`);
  },
};

async function groupIdOf(ctx: AppContext, name: string | undefined): Promise<string | null> {
  if (!name) return null;
  const group = (await org.listSalesGroups(ctx)).find((g) => g.name.toLowerCase() === name.toLowerCase());
  if (!group) throw new UsageError(`There is no sales group "${name}" (korsa org show lists them).`);
  return group.id;
}

async function marketIdOf(ctx: AppContext, code: string | undefined): Promise<string | null> {
  if (!code) return null;
  const market = (await org.listMarkets(ctx)).find((m) => m.code === code.toUpperCase());
  if (!market) throw new UsageError(`There is no market "${code}" (korsa org show lists them).`);
  return market.id;
}

const orgCommand: PeopleCommand = {
  usage: `korsa org show
korsa org add-market --code SE [--name Sverige] [--currency SEK] [--locale sv-SE]
korsa org add-group --name NAME [--description TEXT]

  show        the organisation, its markets and sales groups
  add-market  a market (country); currency and locale default from the country
  add-group   a sales group (a division with products of its own)`,
  options: {
    ...help,
    code: { type: 'string' },
    name: { type: 'string' },
    currency: { type: 'string' },
    locale: { type: 'string' },
    description: { type: 'string' },
  },
  positionals: { min: 1, max: 1 },
  run: async (values, config, [sub]) => {
    if (sub === 'show') {
      return withContext(config, async (ctx) => {
        const [o, markets, groups] = await Promise.all([org.getOrganisation(ctx), org.listMarkets(ctx), org.listSalesGroups(ctx)]);
        console.log(`${o.name} — reporting currency ${o.reportingCurrency}, default language ${o.defaultLocale}${o.isDemo ? ' (demo)' : ''}`);
        console.log(`Markets (${markets.length}):`);
        for (const m of markets) console.log(`  ${m.code}  ${m.name.padEnd(20)} ${m.currency}  ${m.locale}`);
        console.log(`Sales groups (${groups.length}):`);
        for (const g of groups) console.log(`  ${g.name}${g.description ? ` — ${g.description}` : ''}`);
      });
    }
    if (sub === 'add-market') {
      const code = text(values.code)?.toUpperCase() ?? '';
      const known = defaultsFor(code);
      const input = parse(
        MarketInput,
        {
          code,
          name: text(values.name) ?? known?.name ?? code,
          currency: parse(Currency, text(values.currency)?.toUpperCase() ?? known?.currency, '--currency'),
          locale: text(values.locale) ?? known?.locale,
        },
        'korsa org add-market',
      );
      return withContext(config, async (ctx) => {
        const m = await org.createMarket(ctx, null, input);
        console.log(`Added the market ${m.code} (${m.name}, ${m.currency}, ${m.locale}).`);
      });
    }
    if (sub === 'add-group') {
      const input = parse(SalesGroupInput, { name: text(values.name), description: text(values.description) }, 'korsa org add-group');
      return withContext(config, async (ctx) => {
        const g = await org.createSalesGroup(ctx, null, input);
        console.log(`Added the sales group ${g.name}.`);
      });
    }
    throw new UsageError(`Unknown subcommand "${String(sub)}": show, add-market or add-group.`);
  },
};

export const peopleCommands = { setup: setupCommand, users: usersCommand, org: orgCommand };
