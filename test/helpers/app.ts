import type { LightMyRequestResponse } from 'fastify';
import { buildApp } from '../../server/app';
import { loadConfig } from '../../server/config';
import type { DatabaseKind } from '../../server/db/client';
import { loadDemo } from '../../server/demo/load';
import type { Clock } from '../../server/platform/clock';
import type { Mailer } from '../../server/platform/mailer';
import { createTestDatabase } from './db';

export const DEMO_PASSWORD = 'nordlys-demo';

export interface Session {
  cookie: string;
  csrfToken: string;
  headers: Record<string, string>;
}

/** An in-process Korsa with the demo organisation, on a fresh database of the given kind. */
export async function createTestApp(
  kind: DatabaseKind,
  options: { clock?: Clock; demo?: boolean; mailer?: Mailer; env?: Record<string, string>; adminUrl?: string } = {},
) {
  const database = await createTestDatabase(kind, options.adminUrl);
  if (options.demo !== false) await loadDemo(database.db, { seed: 1, size: 'small' });
  const config = loadConfig(options.env ?? {});
  const { app, ctx } = await buildApp({
    database,
    config,
    clock: options.clock,
    webDist: null,
    logger: false,
    mailer: options.mailer ?? null,
  });
  await app.ready();

  let ipCounter = 0;
  /** Sign in (from a fresh address, so rate limits of one test don't leak into another). */
  async function signIn(email: string, password = DEMO_PASSWORD): Promise<Session> {
    const res = await app.inject({
      method: 'POST',
      url: '/api/auth/sign-in',
      payload: { email, password },
      remoteAddress: `10.0.0.${++ipCounter}`,
    });
    if (res.statusCode !== 200) throw new Error(`sign-in failed: ${res.statusCode} ${res.body}`);
    const cookie = sessionCookie(res);
    const csrfToken = res.json<{ csrfToken: string }>().csrfToken;
    return { cookie, csrfToken, headers: { cookie, 'x-csrf-token': csrfToken } };
  }

  async function userId(email: string): Promise<string> {
    const admin = await signIn('admin@nordlys.example');
    const res = await app.inject({ method: 'GET', url: `/api/users?q=${encodeURIComponent(email)}`, headers: admin.headers });
    const id = res.json<{ items: { id: string; email: string }[] }>().items.find((u) => u.email === email)?.id;
    if (!id) throw new Error(`no user ${email}`);
    return id;
  }

  return {
    app,
    ctx,
    database,
    signIn,
    userId,
    close: async () => {
      await app.close();
      await database.close();
    },
  };
}

export function sessionCookie(res: LightMyRequestResponse): string {
  const c = res.cookies.find((x) => x.name === 'korsa_session');
  if (!c) throw new Error('no session cookie');
  return `korsa_session=${c.value}`;
}

export type TestApp = Awaited<ReturnType<typeof createTestApp>>;
