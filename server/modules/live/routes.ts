import type { ServerResponse } from 'node:http';
import type { AppContext } from '../../platform/context';
import { actorOf, type App } from '../../platform/http';
import { livePolicies } from './policies';
import type { LiveHub } from './service';

const keepAliveMs = 25_000;

/**
 * `GET /api/events`: server-sent events (K2). Each event is one `data:` line of JSON (see
 * `LiveEvent`); a user hears every won deal and only their own notifications.
 */
export function liveRoutes(app: App, _ctx: AppContext, hub: LiveHub): void {
  const streams = new Set<ServerResponse>();
  app.addHook('onClose', async () => {
    for (const stream of streams) stream.end();
    await hub.close();
  });
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
      reply.hijack();
      const stream = reply.raw;
      stream.writeHead(200, {
        'content-type': 'text/event-stream; charset=utf-8',
        'cache-control': 'no-cache, no-transform',
        connection: 'keep-alive',
        'x-accel-buffering': 'no',
      });
      stream.write('retry: 3000\n\n');
      streams.add(stream);
      const unsubscribe = hub.subscribe((event) => {
        if (event.type === 'notification' && event.userId !== actor.id) return;
        stream.write(`data: ${JSON.stringify(event)}\n\n`);
      });
      const keepAlive = setInterval(() => stream.write(': keep-alive\n\n'), keepAliveMs).unref();
      request.raw.on('close', () => {
        clearInterval(keepAlive);
        unsubscribe();
        streams.delete(stream);
      });
    },
  );
}
