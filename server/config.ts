import path from 'node:path';
import { z } from 'zod';
import { roles } from '@domain/people';

const bool = z.enum(['true', 'false', '1', '0', 'yes', 'no']).transform((v) => v === 'true' || v === '1' || v === 'yes');

/** Every environment variable Korsa reads; the README's configuration table mirrors this. */
export const ConfigSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().default('127.0.0.1'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'DATABASE_URL must start with postgres:// or postgresql://')
    .optional(),
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(200).default(10),
  /**
   * PostgreSQL streaming replicas for the read-only views, comma-separated (platform/reads.ts); each gets
   * a pool of DATABASE_POOL_SIZE. Ignored on embedded PGlite.
   */
  DATABASE_REPLICA_URL: z
    .string()
    .transform((v) => v.split(',').map((u) => u.trim()).filter(Boolean))
    .pipe(
      z
        .array(z.string().regex(/^postgres(ql)?:\/\//, 'each replica URL must start with postgres:// or postgresql://'))
        .min(1, 'give at least one replica URL')
        .refine((urls) => new Set(urls).size === urls.length, 'a replica URL is listed twice'),
    )
    .optional(),
  /** A replica further behind the primary than this stops serving reads until it catches up. */
  DATABASE_REPLICA_MAX_LAG_SECONDS: z.coerce.number().int().min(1).max(3600).default(30),
  KORSA_DATA_DIR: z.string().default('./data'),
  KORSA_DEMO: bool.default(true),
  KORSA_MIGRATE_ON_START: bool.default(true),
  SESSION_TTL_HOURS: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 365)
    .default(24 * 14),
  COOKIE_SECURE: bool.default(false),
  TRUST_PROXY: bool.default(false),
  /** Send notifications by e-mail too: smtp://user:pass@host:587 or smtps://…; none = in-app only. */
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\//, 'SMTP_URL must start with smtp:// or smtps://')
    .optional(),
  MAIL_FROM: z.string().default('Korsa <korsa@localhost>'),
  /** Where people reach Korsa, for the links in e-mails (default http://localhost:PORT). */
  PUBLIC_URL: z.url().optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /** How long an invitation link stays valid. */
  INVITATION_TTL_HOURS: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 90)
    .default(24 * 7),
  /** How long a password-reset link stays valid. */
  PASSWORD_RESET_TTL_MINUTES: z.coerce
    .number()
    .int()
    .min(5)
    .max(24 * 60)
    .default(60),
  /** Single sign-on with OpenID Connect: the provider's issuer URL (discovery at /.well-known/openid-configuration). */
  OIDC_ISSUER: z.url().optional(),
  OIDC_CLIENT_ID: z.string().min(1).optional(),
  OIDC_CLIENT_SECRET: z.string().min(1).optional(),
  /** The provider's name on the sign-in button ("Sign in with Microsoft"). */
  OIDC_NAME: z.string().min(1).max(40).default('SSO'),
  /** Create a user on their first single sign-on, with this role; unset = only existing users may sign in. */
  OIDC_JIT_ROLE: z.enum(roles).optional(),
  /** false = sign-in only through single sign-on (no passwords, no reset links). */
  PASSWORD_SIGN_IN: bool.default(true),
  /** A development instance: webhook endpoints may use plain http (never in production). */
  KORSA_DEVELOPMENT: bool.default(false),
  /** How long a webhook receiver has to answer. */
  WEBHOOK_TIMEOUT_MS: z.coerce.number().int().min(100).max(60_000).default(10_000),
});

/** The settings that must come together, checked after each variable on its own. */
function checkTogether(c: z.infer<typeof ConfigSchema>): string[] {
  const problems: string[] = [];
  const oidc = [c.OIDC_ISSUER, c.OIDC_CLIENT_ID, c.OIDC_CLIENT_SECRET];
  if (oidc.some(Boolean) && !oidc.every(Boolean)) {
    problems.push('  OIDC_ISSUER, OIDC_CLIENT_ID and OIDC_CLIENT_SECRET: set all three for single sign-on, or none');
  }
  if (!c.PASSWORD_SIGN_IN && !c.OIDC_ISSUER) {
    problems.push('  PASSWORD_SIGN_IN: false needs single sign-on (OIDC_ISSUER, …), or nobody could sign in');
  }
  if (c.DATABASE_URL && c.DATABASE_REPLICA_URL?.includes(c.DATABASE_URL)) {
    problems.push('  DATABASE_REPLICA_URL: lists DATABASE_URL itself; give the streaming replicas (standbys) of that primary');
  }
  return problems;
}

export type Config = z.infer<typeof ConfigSchema> & { dataDir: string };

export class ConfigError extends Error {}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const entries = Object.fromEntries(
    Object.keys(ConfigSchema.shape).flatMap((k) => (env[k] === undefined || env[k] === '' ? [] : [[k, env[k]]])),
  );
  const parsed = ConfigSchema.safeParse(entries);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const problems = checkTogether(parsed.data);
  if (problems.length > 0) throw new ConfigError(`Invalid configuration:\n${problems.join('\n')}`);
  return { ...parsed.data, dataDir: path.resolve(parsed.data.KORSA_DATA_DIR) };
}

/** Where people reach Korsa, for links in e-mails and the single sign-on callback (no trailing slash). */
export function publicBaseUrl(config: Config): string {
  return (config.PUBLIC_URL ?? `http://localhost:${config.PORT}`).replace(/\/$/, '');
}
