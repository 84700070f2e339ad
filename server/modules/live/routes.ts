import type { ServerResponse } from 'node:http';
import type { AppContext } from '../../platform/context';
import { errors } from '../../platform/errors';
import { actorOf, type App } from '../../platform/http';
import { livePolicies } from './policies';
import type { LiveHub } from './service';

const keepAliveMs = 25_000;
/** Tabs of one person; more is a leak or abuse. */
const maxStreamsPerUser = 20;

/**
 * `GET /api/events`: server-sent events (K2). Each event is one `data:` line of JSON (see
 * `LiveEvent`); a user hears every won deal and only their own notifications.
 */
export function liveRoutes(app: App, _ctx: AppContext, hub: LiveHub): void {
  /** Open streams and how each is ended; several per user are fine (tabs), but not without end. */
  const streams = new Map<ServerResponse, () => void>();
  const perUser = new Map<string, number>();
  // end the streams before the server waits for its connections to close, or it waits forever
  app.addHook('preClose', async () => {
    for (const end of [...streams.values()]) end();
  });
  app.addHook('onClose', async () => hub.close());
  app.get(
    '/api/events',
    {
      schema: {
        tags: ['overview'],
        summary: 'Live updates as server-sent events: won deals and your new notifications',
        produces: ['text/event-stream'],
      },
      config: { policy: livePolicies.subscribe },
    },
    (request, reply) => {
      const actor = actorOf(request);
      if ((perUser.get(actor.id) ?? 0) >= maxStreamsPerUser) throw errors.rateLimited(60);
      reply.hijack();
      const stream = reply.raw;
      stream.writeHead(200, {
        'content-type': 'text/event-stream; charset=utf-8',
        'cache-control': 'no-cache, no-transform',
        connection: 'keep-alive',
        'x-accel-buffering': 'no',
      });
      stream.write('retry: 3000\n\n');
      const send = (text: string) => {
        if (!stream.writableEnded && !stream.destroyed) stream.write(text);
      };
      const unsubscribe = hub.subscribe((event) => {
        if (event.type === 'notification' && event.userId !== actor.id) return;
        send(`data: ${JSON.stringify(event)}\n\n`);
      });
      const keepAlive = setInterval(() => send(': keep-alive\n\n'), keepAliveMs).unref();
      const end = () => {
        if (!streams.delete(stream)) return;
        clearInterval(keepAlive);
        unsubscribe();
        perUser.set(actor.id, (perUser.get(actor.id) ?? 1) - 1);
        if (!stream.writableEnded) stream.end();
      };
      streams.set(stream, end);
      perUser.set(actor.id, (perUser.get(actor.id) ?? 0) + 1);
      stream.on('error', end);
      request.raw.on('close', end);
    },
  );
}
