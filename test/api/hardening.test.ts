import http from 'node:http';
import type { AddressInfo } from 'node:net';
import Fastify from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { registerErrorHandling } from '../../server/platform/errors';
import { neutraliseCell, sendCsv } from '../../server/platform/csv-export';
import { createTestApp, type Session, type TestApp } from '../helpers/app';
import { dbKinds } from '../helpers/db';

/** Issue 12, findings 1–6 and 11: no request crashes Korsa or gets a 500, every error in the documented shape. */
describe.each(dbKinds)('hardening: the boundary and the error translator (%s)', (kind) => {
  let t: TestApp;
  let admin: Session;
  const get = (url: string) => t.app.inject({ method: 'GET', url, headers: admin.headers });
  const send = (method: 'PUT' | 'POST' | 'PATCH', url: string, payload: unknown) =>
    t.app.inject({ method, url, headers: admin.headers, payload: payload as object });
  const expectError = (res: { statusCode: number; json: () => unknown }, status: number, code: string) => {
    expect(res.statusCode, JSON.stringify(res.json())).toBe(status);
    expect(res.json()).toMatchObject({ error: { code, message: expect.any(String) } });
  };

  beforeAll(async () => {
    t = await createTestApp(kind);
    admin = await t.signIn('admin@nordlys.example');
  });
  afterAll(async () => {
    await t.close();
  });

  it('1: an export whose query the database refuses is answered 400, and the server keeps running', async () => {
    for (const list of ['accounts', 'contacts', 'opportunities']) {
      expectError(await get(`/api/${list}/export.csv?q=%00`), 400, 'validation_failed');
    }
    expect((await get('/api/health')).statusCode).toBe(200);
  });

  it('2: a NUL byte or a lone surrogate in any text is refused at the boundary, anonymous sign-in included', async () => {
    const signIn = await t.app.inject({ method: 'POST', url: '/api/auth/sign-in', payload: { email: '\u0000', password: 'x' } });
    expectError(signIn, 400, 'validation_failed');
    expectError(await send('POST', '/api/accounts', { name: 'Nul\u0000 AB' }), 400, 'validation_failed');
    expectError(await send('POST', '/api/accounts', { name: 'Half \ud800 AB' }), 400, 'validation_failed');
    expectError(await get('/api/search?q=%00'), 400, 'validation_failed');
    // a real pair of surrogates (an emoji) is text
    expect((await send('POST', '/api/accounts', { name: 'Glad 😀 AB' })).statusCode).toBe(201);
  });

  it('3: a version beyond the int4 column is refused, not a 500', async () => {
    const opp = (await get('/api/opportunities?pageSize=1')).json().items[0];
    const res = await send('PATCH', `/api/opportunities/${opp.id}`, { version: 2 ** 31, name: 'Bigger' });
    expectError(res, 400, 'validation_failed');
    expectError(await send('PATCH', `/api/opportunities/${opp.id}`, { version: 2 ** 53 - 1, name: 'Bigger' }), 400, 'validation_failed');
  });

  it('4: references to records that do not exist are 400 unknown_reference', async () => {
    const unknown = '00000000-0000-4000-8000-000000000000';
    expectError(await send('POST', '/api/processes', { name: 'Ghost variant', salesGroupId: unknown }), 400, 'unknown_reference');
    const res = await send('PUT', '/api/targets', { year: 2031, entries: [{ scope: 'market', marketId: unknown, channel: 'new', amount: 1 }] });
    expect(res.statusCode).toBeGreaterThanOrEqual(400);
    expect(res.statusCode).toBeLessThan(500);
    expect(res.json().error.code).toMatch(/unknown_reference|not_found|validation_failed/);
  });

  it('5: a year is not copied onto itself, a copy that would overflow is refused, and so are line values the column cannot hold', async () => {
    expectError(await send('POST', '/api/targets/copy', { fromYear: 2032, toYear: 2032, percent: 10 }), 400, 'validation_failed');
    expect((await send('PUT', '/api/targets', { year: 2032, entries: [{ scope: 'company', channel: 'new', amount: 1e12 }] })).statusCode).toBe(200);
    expectError(await send('POST', '/api/targets/copy', { fromYear: 2032, toYear: 2033, percent: 1000 }), 400, 'out_of_range');
    expect((await get('/api/targets?year=2033')).json().company).toEqual({});
    expect((await send('POST', '/api/targets/copy', { fromYear: 2032, toYear: 2033, percent: -50 })).statusCode).toBe(200);

    const opp = (await get('/api/opportunities?pageSize=1&status=open')).json().items[0];
    const detail = (await get(`/api/opportunities/${opp.id}`)).json();
    const product = (await get('/api/products')).json()[0];
    const res = await send('PUT', `/api/opportunities/${opp.id}/lines`, {
      version: detail.version,
      lines: [{ productId: product.id, quantity: 7_700_000, unitPrice: 1e10 }],
    });
    expectError(res, 400, 'out_of_range');
  });

  it('6: a path parameter over the router’s limit and an unknown route answer in the documented shape', async () => {
    expectError(await get(`/api/accounts/${'a'.repeat(150)}`), 414, 'uri_too_long');
    expectError(await get('/api/nowhere'), 404, 'route_not_found');
  });

  it('6: the CSV downloads document their error replies', async () => {
    const doc = (await t.app.inject({ method: 'GET', url: '/api/openapi.json' })).json();
    for (const list of ['accounts', 'contacts', 'opportunities', 'matrix']) {
      const responses = doc.paths[`/api/${list}/export.csv`].get.responses;
      expect(Object.keys(responses['200'].content)).toEqual(['text/csv']);
      expect(responses['4XX'] ?? responses['4xx']).toBeDefined();
    }
  });

  it('11: exported cells that a spreadsheet would run as formulas are neutralised', async () => {
    for (const name of ['=HYPERLINK("http://evil.example","x")', '+SUM(1,2)', '@SUM(1)', '-2+3', '\tTab AB', '=cmd|\' /C calc\'!A0']) {
      expect((await send('POST', '/api/accounts', { name, city: '=1+1' })).statusCode).toBe(201);
    }
    const csv = (await get('/api/accounts/export.csv?q=SUM')).body + (await get('/api/accounts/export.csv?q=HYPERLINK')).body;
    expect(csv).toContain(`'+SUM(1,2)`);
    expect(csv).toContain(`'@SUM(1)`);
    expect(csv).toContain(`'=HYPERLINK(`);
    expect(csv).toContain(`'=1+1`);
    expect(csv).not.toMatch(/(^|,|")[=+@]/m);
  });
});

describe('hardening: framework errors on a real socket', () => {
  let t: TestApp;
  let port: number;
  beforeAll(async () => {
    t = await createTestApp('pglite', { demo: false });
    await t.app.listen({ port: 0, host: '127.0.0.1' });
    port = (t.app.server.address() as AddressInfo).port;
  });
  afterAll(async () => {
    await t.close();
  });

  const raw = (path: string, headers: Record<string, string> = {}) =>
    new Promise<{ status: number; body: string }>((resolve, reject) => {
      const req = http.get({ host: '127.0.0.1', port, path, headers }, (res) => {
        let body = '';
        res.on('data', (c: Buffer) => (body += c.toString()));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
      });
      req.on('error', reject);
    });

  it('6: a query string over 16 KB is 431 headers_too_large in the documented shape', async () => {
    const res = await raw(`/api/accounts?q=${'x'.repeat(20_000)}`);
    expect(res.status).toBe(431);
    expect(JSON.parse(res.body)).toMatchObject({ error: { code: 'headers_too_large' } });
    expect((await raw('/api/health')).status).toBe(200);
  });

  it('6: a path parameter over 100 characters is 414 uri_too_long in the documented shape', async () => {
    const res = await raw(`/api/accounts/${'b'.repeat(120)}`);
    expect(res.status).toBe(414);
    expect(JSON.parse(res.body)).toMatchObject({ error: { code: 'uri_too_long' } });
  });
});

describe('hardening: the CSV export helper', () => {
  const appWith = (rows: () => AsyncIterable<{ n: number }>) => {
    const app = Fastify({ logger: false });
    registerErrorHandling(app);
    app.get('/x.csv', async (_request, reply) => sendCsv(reply, 'x.csv', [{ header: 'n', value: (r) => r.n }], rows()));
    return app;
  };

  it('1: a database error before the first row is an error reply, not a crash', async () => {
    const app = appWith(async function* () {
      yield* [];
      throw Object.assign(new Error('invalid byte sequence for encoding "UTF8": 0x00'), { code: '22021' });
    });
    const res = await app.inject({ method: 'GET', url: '/x.csv' });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ error: { code: 'validation_failed' } });
    await app.close();
  });

  it('1: a database error in the middle of a download cuts it short without an unhandled error', async () => {
    const app = appWith(async function* () {
      yield { n: 1 };
      yield { n: 2 };
      throw new Error('connection terminated');
    });
    await app.listen({ port: 0, host: '127.0.0.1' });
    const { port } = app.server.address() as AddressInfo;
    const outcome = await new Promise<string>((resolve) => {
      http
        .get({ host: '127.0.0.1', port, path: '/x.csv' }, (res) => {
          res.on('data', () => undefined);
          res.on('end', () => resolve('ended'));
          res.on('error', () => resolve('aborted'));
          res.on('aborted', () => resolve('aborted'));
        })
        .on('error', () => resolve('aborted'));
    });
    expect(['ended', 'aborted']).toContain(outcome);
    // the server still answers
    expect((await app.inject({ method: 'GET', url: '/nothing' })).statusCode).toBe(404);
    await app.close();
  });

  it('11: formula cells get a leading quote, numbers and plain text stay', () => {
    expect(['=1+1', '+1', '-1', '@A1', '\t=1', '\r=1'].map(neutraliseCell)).toEqual(["'=1+1", "'+1", "'-1", "'@A1", "'\t=1", "'\r=1"]);
    expect([-5, 3.5, 'Malmö AB', null, undefined, true].map(neutraliseCell)).toEqual([-5, 3.5, 'Malmö AB', '', '', true]);
  });
});
