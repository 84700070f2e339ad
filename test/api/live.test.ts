import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { publish } from '../../server/modules/live/service';
import { createTestApp } from '../helpers/app';
import { dbKinds } from '../helpers/db';

/** Reads `data:` events from an open event stream until `until` matches one (or the time runs out). */
async function readEvents(body: ReadableStream<Uint8Array>, until: (data: string) => boolean, ms = 5_000) {
  const reader = body.getReader();
  const decoder = new TextDecoder();
  const seen: string[] = [];
  let buffer = '';
  const read = (async () => {
    for (;;) {
      const { value, done } = await reader.read();
      if (done) return;
      buffer += decoder.decode(value);
      for (const m of buffer.matchAll(/^data: (.*)$/gm)) seen.push(m[1]!);
      buffer = buffer.slice(buffer.lastIndexOf('\n') + 1);
      if (seen.some(until)) return;
    }
  })();
  await Promise.race([read, new Promise((r) => setTimeout(r, ms))]);
  reader.releaseLock();
  return seen;
}

describe.each(dbKinds)('live updates (%s)', (kind) => {
  it('keeps streaming after the LISTEN connection is lost, and shuts down with streams open', async () => {
    const t = await createTestApp(kind);
    const leader = await t.signIn('leader@nordlys.example');
    const base = await t.app.listen({ port: 0, host: '127.0.0.1' });
    const res = await fetch(`${base}/api/events`, { headers: { cookie: leader.cookie } });
    const body = res.body!;
    const event = (n: number) => ({
      type: 'deal_won' as const,
      opportunityId: '00000000-0000-4000-8000-000000000001',
      accountName: `A${n}`,
      sellerName: null,
      channel: null,
    });
    await new Promise((r) => setTimeout(r, 200));
    await publish(t.ctx, event(1));
    expect((await readEvents(body, (d) => d.includes('"A1"'))).some((d) => d.includes('"A1"'))).toBe(true);

    if (kind === 'postgres') {
      // the database drops the listening connection: the hub listens again by itself
      await t.ctx.db.execute(
        sql`select pg_terminate_backend(pid) from pg_stat_activity where query ilike 'listen%' and pid <> pg_backend_pid()`,
      );
      let got = false;
      for (let i = 0; i < 20 && !got; i++) {
        await publish(t.ctx, event(2));
        got = (await readEvents(body, (d) => d.includes('"A2"'), 500)).some((d) => d.includes('"A2"'));
      }
      expect(got).toBe(true);
    }

    const closed = await Promise.race([t.close().then(() => 'closed'), new Promise((r) => setTimeout(() => r('hung'), 5_000))]);
    expect(closed).toBe('closed');
    // the app (with the demo) is built inside the test: give a loaded machine time for it
  }, 90_000);
});
