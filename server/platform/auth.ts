import { timingSafeEqual } from 'node:crypto';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Viewer } from '@domain/access';
import { allows, publicAccess, type Policy } from '@domain/policy';
import { errors } from './errors';

/** The signed-in user of a request, however they authenticated: who they are, where they sit, what they lead. */
export interface Actor extends Viewer {
  via: 'session' | 'apiKey';
  /** Session only: hash of the session token (to sign out) and its CSRF token. */
  sessionTokenHash?: string;
  csrfToken?: string;
}

declare module 'fastify' {
  interface FastifyContextConfig {
    policy?: Policy;
  }
  interface FastifyRequest {
    actor: Actor | null;
  }
  interface FastifyInstance {
    /** Every registered route with its policy: for the route-policy test and the docs. */
    routeCatalogue: RouteEntry[];
  }
}

export interface RouteEntry {
  method: string;
  url: string;
  policy: Policy;
  hasBody: boolean;
}

export const SESSION_COOKIE = 'korsa_session';

/** The session cookie: httpOnly, SameSite=Lax, Secure behind HTTPS, ending with the session. */
export function sessionCookieOptions(secure: boolean, expires: Date) {
  return { path: '/', httpOnly: true, sameSite: 'lax', secure, expires } as const;
}
export const CSRF_HEADER = 'x-csrf-token';
const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

export type Credential = { kind: 'session'; token: string } | { kind: 'apiKey'; token: string };
export type ActorResolver = (credential: Credential) => Promise<Actor | null>;

/** Routes that plugins register (API docs, the web app's files); they are public by this one declaration. */
const pluginRoutePolicies: { matches: (url: string) => boolean; policy: Policy }[] = [
  { matches: (url) => url.startsWith('/api/docs'), policy: publicAccess('API documentation') },
  { matches: (url) => url === '/*' || url === '/', policy: publicAccess('the web app (static files)') },
];

function credentialOf(request: FastifyRequest): Credential | null {
  const header = request.headers.authorization;
  if (header?.startsWith('Bearer ')) return { kind: 'apiKey', token: header.slice(7).trim() };
  const token = request.cookies[SESSION_COOKIE];
  return token ? { kind: 'session', token } : null;
}

function sameToken(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

/**
 * Authentication and authorisation for every route:
 * - at registration, a route without a declared policy is refused (the app does not start);
 * - on each request, the actor is resolved from the session cookie or API key, the route's policy
 *   is checked, and cookie-authenticated writes must carry the session's CSRF token.
 */
export function registerAuth(app: FastifyInstance, resolveActor: ActorResolver): void {
  app.decorateRequest('actor', null);
  const catalogue: RouteEntry[] = [];
  app.decorate('routeCatalogue', catalogue);

  app.addHook('onRoute', (route) => {
    const plugin = pluginRoutePolicies.find((p) => p.matches(route.url));
    if (!route.config?.policy && plugin) route.config = { ...route.config, policy: plugin.policy };
    if (!route.config?.policy) {
      throw new Error(`Route ${String(route.method)} ${route.url} declares no policy (config.policy).`);
    }
    for (const method of [route.method].flat()) {
      catalogue.push({ method, url: route.url, policy: route.config.policy, hasBody: !!route.schema?.body });
    }
  });

  app.addHook('onRequest', async (request) => {
    const policy = request.routeOptions.config.policy;
    if (!policy) return; // the not-found handler
    const credential = credentialOf(request);
    request.actor = credential ? await resolveActor(credential) : null;
    if (credential?.kind === 'apiKey' && !request.actor) throw errors.unauthenticated();
    if (!allows(policy, request.actor)) {
      throw request.actor ? errors.forbidden() : errors.unauthenticated();
    }
    if (policy.kind !== 'public' && request.actor?.via === 'session' && UNSAFE.has(request.method)) {
      const sent = request.headers[CSRF_HEADER];
      if (typeof sent !== 'string' || !request.actor.csrfToken || !sameToken(sent, request.actor.csrfToken)) {
        throw errors.csrf();
      }
    }
  });
}
