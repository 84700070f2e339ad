/**
 * In-app guidance (L6): each person's page tours seen and the "what's new" note after an upgrade, kept on
 * the server per person — nobody else reads or changes them, not even an admin.
 */
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { releaseNotes } from '../../domain/release-notes';
import { version } from '../../server/version';
import { createTestApp, type Session, type TestApp } from '../helpers/app';
import { dbKinds } from '../helpers/db';

describe.each(dbKinds)('page tours and what’s new, per person (%s)', (kind) => {
  let t: TestApp;
  let seller: Session;
  let sellerId: string;
  let leaderId: string;

  beforeAll(async () => {
    t = await createTestApp(kind);
    seller = await t.signIn('seller@nordlys.example');
    sellerId = await t.userId('seller@nordlys.example');
    leaderId = await t.userId('leader@nordlys.example');
    // a new person: nothing seen yet
    await t.ctx.db.execute(sql`delete from user_guidance where user_id = ${sellerId}`);
  });
  afterAll(async () => {
    await t.close();
  });

  const get = (s: Session, id: string) => t.app.inject({ method: 'GET', url: `/api/users/${id}/guidance`, headers: s.headers });
  const putTour = (s: Session, id: string, tour: string, seen: boolean) =>
    t.app.inject({ method: 'PUT', url: `/api/users/${id}/guidance/tours/${tour}`, headers: s.headers, payload: { seen } });
  const ack = (s: Session, id: string, v: string) =>
    t.app.inject({ method: 'PUT', url: `/api/users/${id}/guidance/release`, headers: s.headers, payload: { version: v } });

  it('a new person has seen no tour, and nothing is new to them', async () => {
    const res = await get(seller, sellerId);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toEqual({ toursSeen: [], version, unseenReleases: [] });
  });

  it('keeps the tours seen per person; a tour can start again', async () => {
    expect((await putTour(seller, sellerId, 'home', true)).json().toursSeen).toEqual(['home']);
    expect((await putTour(seller, sellerId, 'pipeline', true)).json().toursSeen).toEqual(['home', 'pipeline']);
    expect((await putTour(seller, sellerId, 'home', true)).json().toursSeen).toEqual(['home', 'pipeline']);
    expect((await get(seller, sellerId)).json().toursSeen).toEqual(['home', 'pipeline']);
    expect((await putTour(seller, sellerId, 'pipeline', false)).json().toursSeen).toEqual(['home']);
    // the demo's people have theirs behind them
    const leader = await t.signIn('leader@nordlys.example');
    expect((await get(leader, leaderId)).json().toursSeen).toHaveLength(5);
  });

  it('nobody reads or changes another person’s guidance, not even an admin; bad input is 400', async () => {
    const leader = await t.signIn('leader@nordlys.example');
    const admin = await t.signIn('admin@nordlys.example');
    expect((await get(leader, sellerId)).statusCode).toBe(403);
    const denied = await putTour(admin, sellerId, 'matrix', true);
    expect(denied.statusCode).toBe(403);
    expect(denied.json().error.code).toBe('forbidden');
    expect((await ack(admin, sellerId, version)).statusCode).toBe(403);
    expect((await putTour(seller, sellerId, 'weather', true)).statusCode).toBe(400);
    const future = await ack(seller, sellerId, '999.0.0');
    expect(future.statusCode).toBe(400);
    expect(future.json().error.code).toBe('validation_failed');
    expect((await get(seller, sellerId)).json().toursSeen).toEqual(['home']);
    const anonymous = await t.app.inject({ method: 'GET', url: `/api/users/${sellerId}/guidance` });
    expect(anonymous.statusCode).toBe(401);
  });

  it('shows what is new after an upgrade once: until the person acknowledges the running release', async () => {
    // the person last acknowledged a release before this one (as the migration leaves the people of an upgrade)
    await t.ctx.db.execute(sql`update user_guidance set release_seen = '0.0.0' where user_id = ${sellerId}`);
    const upgraded = (await get(seller, sellerId)).json();
    expect(upgraded.unseenReleases).toEqual(releaseNotes.map((n) => n.version));
    expect(upgraded.unseenReleases).toContain(version);
    const read = await ack(seller, sellerId, version);
    expect(read.statusCode, read.body).toBe(200);
    expect(read.json().unseenReleases).toEqual([]);
    expect((await get(seller, sellerId)).json().unseenReleases).toEqual([]);
  });
});
