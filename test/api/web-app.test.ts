import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../server/app';
import { loadConfig } from '../../server/config';
import type { Database } from '../../server/db/client';
import type { App } from '../../server/platform/http';
import { createTestDatabase } from '../helpers/db';

describe('serving the web app beside the API', () => {
  let app: App;
  let database: Database;
  const dist = fs.mkdtempSync(path.join(os.tmpdir(), 'korsa-web-'));
  beforeAll(async () => {
    fs.writeFileSync(path.join(dist, 'index.html'), '<!doctype html><title>Korsa</title><div id="root"></div>');
    fs.mkdirSync(path.join(dist, 'assets'));
    fs.writeFileSync(path.join(dist, 'assets', 'app.js'), 'console.log(1)');
    database = await createTestDatabase('pglite');
    ({ app } = await buildApp({ database, config: loadConfig({}), webDist: dist, logger: false }));
  });
  afterAll(async () => {
    await app.close();
    await database.close();
    fs.rmSync(dist, { recursive: true, force: true });
  });

  it('serves files, client-side routes get the app, unknown API routes a JSON 404', async () => {
    const index = await app.inject({ method: 'GET', url: '/' });
    expect(index.statusCode).toBe(200);
    expect(index.body).toContain('<div id="root">');
    expect((await app.inject({ method: 'GET', url: '/assets/app.js' })).body).toBe('console.log(1)');
    const route = await app.inject({ method: 'GET', url: '/accounts/123?tab=timeline' });
    expect(route.statusCode).toBe(200);
    expect(route.headers['content-type']).toContain('text/html');
    const api = await app.inject({ method: 'GET', url: '/api/nothing-here' });
    expect(api.statusCode).toBe(404);
    expect(api.json().error.code).toBe('route_not_found');
    const post = await app.inject({ method: 'POST', url: '/accounts' });
    expect(post.statusCode).toBe(404);
  });

  it('lets the browser keep the built code (its names carry a hash) but asks again for the page', async () => {
    const asset = await app.inject({ method: 'GET', url: '/assets/app.js' });
    expect(asset.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    for (const url of ['/', '/index.html', '/accounts/123']) {
      const page = await app.inject({ method: 'GET', url });
      expect(page.headers['cache-control'], url).not.toContain('immutable');
    }
  });

  it('sends security headers', async () => {
    const res = await app.inject({ method: 'GET', url: '/' });
    expect(res.headers['content-security-policy']).toContain("default-src 'self'");
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['content-security-policy']).not.toContain('upgrade-insecure-requests');
  });
});
