import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import fastifyCookie from '@fastify/cookie';
import fastifyHelmet from '@fastify/helmet';
import fastifyStatic from '@fastify/static';
import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyBaseLogger, type FastifyServerOptions } from 'fastify';
import { jsonSchemaTransform, serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Config } from './config';
import type { Database } from './db/client';
import { openReplicas, type ReplicaSet } from './db/replicas';
import { accessRoutes } from './modules/access/routes';
import { accountRoutes } from './modules/accounts/routes';
import { activityRoutes } from './modules/activities/routes';
import { auditRoutes } from './modules/audit/routes';
import { backupRoutes } from './modules/backup/routes';
import { authRoutes } from './modules/auth/routes';
import { commentRoutes } from './modules/comments/routes';
import { contactRoutes } from './modules/contacts/routes';
import { resolveActor } from './modules/auth/service';
import { forumRoutes } from './modules/forum/routes';
import { gameRoutes } from './modules/game/routes';
import { handoffRoutes } from './modules/handoffs/routes';
import { healthRoutes } from './modules/health/routes';
import { homeRoutes } from './modules/home/routes';
import { adoptionRoutes } from './modules/adoption/routes';
import { importRoutes } from './modules/imports/routes';
import { invoiceRoutes } from './modules/invoices/routes';
import { leadRoutes } from './modules/leads/routes';
import { signalRoutes } from './modules/signals/routes';
import { liveRoutes } from './modules/live/routes';
import { createLiveHub } from './modules/live/service';
import { matrixRoutes } from './modules/matrix/routes';
import { notificationRoutes } from './modules/notifications/routes';
import { opportunityRoutes } from './modules/opportunities/routes';
import { orgRoutes } from './modules/org/routes';
import { overviewRoutes } from './modules/overview/routes';
import { pipelineRoutes } from './modules/pipeline/routes';
import { productRoutes } from './modules/products/routes';
import { retentionRoutes } from './modules/retention/routes';
import { planRoutes } from './modules/plans/routes';
import { coachingRoutes } from './modules/coaching/routes';
import { coverageRoutes } from './modules/coverage/routes';
import { certificationRoutes } from './modules/certifications/routes';
import { ritualRoutes } from './modules/rituals/routes';
import { searchRoutes } from './modules/search/routes';
import { ssoRoutes } from './modules/sso/routes';
import { targetRoutes } from './modules/targets/routes';
import { taskRoutes } from './modules/tasks/routes';
import { userRoutes } from './modules/users/routes';
import { viewRoutes } from './modules/views/routes';
import { webhookRoutes } from './modules/webhooks/routes';
import { privacyRoutes } from './modules/privacy/routes';
import { dataRetentionRoutes } from './modules/data-retention/routes';
import { customFieldRoutes } from './modules/custom-fields/routes';
import { registerAuth } from './platform/auth';
import { registerReadRouting } from './platform/reads';
import { systemClock, type Clock } from './platform/clock';
import type { AppContext } from './platform/context';
import { clientErrorHandler, frameworkErrors, registerErrorHandling, routeNotFound } from './platform/errors';
import type { App } from './platform/http';
import { createMailer, type Mailer } from './platform/mailer';
import { version } from './version';
import { ensureReadModels } from './modules/read-models/service';

export const defaultWebDist = fileURLToPath(new URL('../web/dist', import.meta.url));

export interface AppOptions {
  database: Database;
  config: Config;
  clock?: Clock;
  /** The built web app to serve; null for an API-only server (tests). */
  webDist?: string | null;
  logger?: FastifyServerOptions['logger'];
  /** Overrides the mailer made from SMTP_URL (tests). */
  mailer?: Mailer | null;
}

/** The streaming replicas of DATABASE_REPLICA_URL (PostgreSQL only: embedded PGlite has none). */
async function openReplicasOf(database: Database, config: Config, log: FastifyBaseLogger): Promise<ReplicaSet | null> {
  const urls = config.DATABASE_REPLICA_URL;
  if (!urls) return null;
  if (database.kind !== 'postgres') {
    log.warn('DATABASE_REPLICA_URL is ignored: embedded PGlite has no replicas (set DATABASE_URL to use PostgreSQL)');
    return null;
  }
  const replicas = await openReplicas(database.db, urls, {
    poolSize: config.DATABASE_POOL_SIZE,
    maxLagSeconds: config.DATABASE_REPLICA_MAX_LAG_SECONDS,
    log,
  });
  log.info(`read-only views read from ${urls.length} replica(s): ${replicas.replicas.map((r) => r.name).join(', ')}`);
  return replicas;
}

export async function buildApp(options: AppOptions): Promise<{ app: App; ctx: AppContext }> {
  const { config, database } = options;
  const app = Fastify({
    logger: options.logger ?? { level: config.LOG_LEVEL },
    bodyLimit: 1024 * 1024,
    trustProxy: config.TRUST_PROXY,
    routerOptions: { ignoreTrailingSlash: true },
    frameworkErrors,
    clientErrorHandler,
  }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);

  const ctx: AppContext = {
    db: database.db,
    dbKind: database.kind,
    config,
    clock: options.clock ?? systemClock,
    log: app.log,
    mailer: options.mailer === undefined ? createMailer(config) : options.mailer,
    replicas: await openReplicasOf(database, config, app.log),
  };
  if (ctx.replicas) app.addHook('onClose', async () => ctx.replicas?.close());

  // read models built with another definition (or never) are rebuilt before the first request
  const rebuilt = await ensureReadModels(database.db);
  if (rebuilt) app.log.info(`rebuilt the read models (${rebuilt.deals} deals, ${rebuilt.seconds} s)`);

  registerErrorHandling(app);
  await app.register(fastifyCookie);
  await app.register(fastifyHelmet, {
    contentSecurityPolicy: {
      directives: { upgradeInsecureRequests: config.COOKIE_SECURE ? [] : null },
    },
    hsts: config.COOKIE_SECURE,
  });
  await app.register(fastifySwagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Korsa API',
        version,
        description:
          'Everything the Korsa web app does. Authenticate with the session cookie from `POST /api/auth/sign-in` ' +
          '(and send its `csrfToken` as `x-csrf-token` on writes), or with `Authorization: Bearer <API key>`. ' +
          'Errors are always `{ "error": { "code", "message", "details" } }`.',
      },
      components: {
        securitySchemes: {
          session: { type: 'apiKey', in: 'cookie', name: 'korsa_session' },
          apiKey: { type: 'http', scheme: 'bearer' },
        },
      },
      security: [{ session: [] }, { apiKey: [] }],
    },
    transform: jsonSchemaTransform,
  });
  await app.register(fastifySwaggerUi, {
    routePrefix: '/api/docs',
    staticCSP: true,
    // swagger-ui sets a few inline styles of its own
    transformStaticCSP: (header) => header.replace("style-src 'self' https:", "style-src 'self' https: 'unsafe-inline'"),
  });
  registerAuth(app, (credential) => resolveActor(ctx, credential));
  registerReadRouting(app, ctx);

  app.get('/api/openapi.json', { schema: { hide: true }, config: { policy: { kind: 'public', name: 'API description' } } }, async () =>
    app.swagger(),
  );
  healthRoutes(app, ctx);
  authRoutes(app, ctx);
  accessRoutes(app, ctx);
  ssoRoutes(app, ctx);
  userRoutes(app, ctx);
  orgRoutes(app, ctx);
  productRoutes(app, ctx);
  auditRoutes(app, ctx);
  accountRoutes(app, ctx);
  contactRoutes(app, ctx);
  activityRoutes(app, ctx);
  searchRoutes(app, ctx);
  importRoutes(app, ctx);
  pipelineRoutes(app, ctx);
  opportunityRoutes(app, ctx);
  retentionRoutes(app, ctx);
  planRoutes(app, ctx);
  coachingRoutes(app, ctx);
  coverageRoutes(app, ctx);
  certificationRoutes(app, ctx);
  viewRoutes(app, ctx);
  handoffRoutes(app, ctx);
  leadRoutes(app, ctx);
  signalRoutes(app, ctx);
  notificationRoutes(app, ctx);
  matrixRoutes(app, ctx);
  forumRoutes(app, ctx);
  const liveHub = createLiveHub(database, app.log);
  gameRoutes(app, ctx, liveHub);
  ritualRoutes(app, ctx);
  targetRoutes(app, ctx);
  invoiceRoutes(app, ctx);
  overviewRoutes(app, ctx);
  taskRoutes(app, ctx);
  homeRoutes(app, ctx);
  adoptionRoutes(app, ctx);
  commentRoutes(app, ctx);
  liveRoutes(app, ctx, liveHub);
  webhookRoutes(app, ctx);
  privacyRoutes(app, ctx);
  dataRetentionRoutes(app, ctx);
  customFieldRoutes(app, ctx);
  backupRoutes(app, database);

  const webDist = options.webDist === undefined ? defaultWebDist : options.webDist;
  const serveWeb = !!webDist && fs.existsSync(path.join(webDist, 'index.html'));
  if (serveWeb) {
    await app.register(fastifyStatic, {
      root: webDist,
      wildcard: true,
      index: 'index.html',
      // the built code's file names carry their content's hash: a browser keeps them without asking again
      setHeaders: (res, file) => {
        if (file.includes(`${path.sep}assets${path.sep}`)) res.header('cache-control', 'public, max-age=31536000, immutable');
      },
    });
  }
  // Client-side routes (/accounts/…) get the web app; unknown API routes a JSON 404.
  app.setNotFoundHandler((request, reply) => {
    if (serveWeb && request.method === 'GET' && !request.url.startsWith('/api')) return reply.sendFile('index.html');
    return reply.status(404).send(routeNotFound(request.method, request.url));
  });
  return { app, ctx };
}
