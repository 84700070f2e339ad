import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Mail } from '../../server/platform/mailer';
import { createTestApp, DEMO_PASSWORD, sessionCookie, type Session, type TestApp } from '../helpers/app';
import { dbKinds } from '../helpers/db';

const tokenOf = (link: string) => link.split('#')[1]!;
const linkIn = (mail: Mail | undefined) => /(http\S+#\S+)/.exec(mail?.text ?? '')?.[1] ?? '';

describe.each(dbKinds)('invitations, one-time links and passwords (%s)', (kind) => {
  let t: TestApp;
  let admin: Session;
  const outbox: Mail[] = [];
  let offsetMs = 0;
  let ip = 0;
  const from = () => `10.2.0.${++ip}`;
  const post = (url: string, payload: object, headers: Record<string, string> = {}) =>
    t.app.inject({ method: 'POST', url, payload, headers, remoteAddress: from() });
  const inspect = (token: string) => post('/api/auth/links/inspect', { token });

  beforeAll(async () => {
    t = await createTestApp(kind, {
      clock: { now: () => new Date(Date.now() + offsetMs) },
      mailer: { send: async (mail) => void outbox.push(mail) },
    });
    admin = await t.signIn('admin@nordlys.example');
  });
  afterAll(async () => {
    await t.close();
  });

  it('an admin invites a pasted list; the invitee chooses a password through the e-mailed link and is signed in', async () => {
    const res = await post(
      '/api/invitations',
      {
        people: [{ email: 'new.seller@nordlys.example', name: 'Nina Seller' }, { email: 'SELLER@nordlys.example' }, { email: 'other.one@nordlys.example' }],
        role: 'seller',
      },
      admin.headers,
    );
    expect(res.statusCode).toBe(201);
    const result = res.json();
    expect(result.skipped).toEqual([{ email: 'seller@nordlys.example', reason: 'already_a_user' }]);
    expect(result.invited.map((i: { email: string }) => i.email)).toEqual(['new.seller@nordlys.example', 'other.one@nordlys.example']);
    expect(result.invited[0]).toMatchObject({ name: 'Nina Seller', role: 'seller', emailed: true, link: null, expired: false });
    expect(result.invited[1].name).toBe('Other One');

    const mail = outbox.find((m) => m.to === 'new.seller@nordlys.example');
    expect(mail?.subject).toBe('You are invited to Nordlys Group in Korsa');
    const link = linkIn(mail);
    expect(link).toMatch(/^http:\/\/localhost:3000\/invitation#/);

    const list = await t.app.inject({ method: 'GET', url: '/api/invitations', headers: admin.headers });
    expect(list.json().map((i: { email: string }) => i.email)).toEqual(expect.arrayContaining(['new.seller@nordlys.example']));

    // not signed in yet: no password
    expect((await post('/api/auth/sign-in', { email: 'new.seller@nordlys.example', password: '' })).statusCode).toBe(400);

    const info = await inspect(tokenOf(link));
    expect(info.statusCode).toBe(200);
    expect(info.json()).toMatchObject({ purpose: 'invitation', email: 'new.seller@nordlys.example', name: 'Nina Seller', organisation: 'Nordlys Group' });

    const used = await post('/api/auth/links/use', { token: tokenOf(link), password: 'ninas own password', name: 'Nina Säljare' });
    expect(used.statusCode).toBe(200);
    const me = (await t.app.inject({ method: 'GET', url: '/api/me', headers: { cookie: sessionCookie(used) } })).json();
    expect(me.user).toMatchObject({ email: 'new.seller@nordlys.example', name: 'Nina Säljare', role: 'seller' });
    expect((await t.signIn('new.seller@nordlys.example', 'ninas own password')).csrfToken).toBeTruthy();

    // a link works once; the page it opens learns why not
    const again = await inspect(tokenOf(link));
    expect(again.statusCode).toBe(410);
    expect(again.json().error).toMatchObject({ code: 'link_invalid', details: { reason: 'used' } });
    const reuse = await post('/api/auth/links/use', { token: tokenOf(link), password: 'someone elses pw' });
    expect(reuse.json().error.details.reason).toBe('used');
    expect((await inspect('x'.repeat(43))).json().error.details.reason).toBe('unknown');

    const after = await t.app.inject({ method: 'GET', url: '/api/invitations', headers: admin.headers });
    expect(after.json().map((i: { email: string }) => i.email)).not.toContain('new.seller@nordlys.example');
  });

  it('without SMTP the admin gets the link to hand over; resending replaces it, revoking ends it', async () => {
    const mailer = t.ctx.mailer;
    t.ctx.mailer = null;
    try {
      const res = await post('/api/invitations', { people: [{ email: 'handover@nordlys.example' }], role: 'marketing' }, admin.headers);
      const [inv] = res.json().invited;
      expect(inv).toMatchObject({ emailed: false });
      expect(inv.link).toMatch(/\/invitation#/);
      expect((await inspect(tokenOf(inv.link))).statusCode).toBe(200);

      const resent = await post(`/api/invitations/${inv.id}/resend`, {}, admin.headers);
      expect(resent.statusCode).toBe(200);
      expect(resent.json().link).not.toBe(inv.link);
      expect((await inspect(tokenOf(inv.link))).json().error.details.reason).toBe('revoked');
      expect((await inspect(tokenOf(resent.json().link))).statusCode).toBe(200);

      const revoked = await t.app.inject({ method: 'DELETE', url: `/api/invitations/${resent.json().id}`, headers: admin.headers });
      expect(revoked.statusCode).toBe(200);
      expect((await inspect(tokenOf(resent.json().link))).json().error.details.reason).toBe('revoked');
      const user = (await t.app.inject({ method: 'GET', url: `/api/users/${inv.userId}`, headers: admin.headers })).json();
      expect(user.active).toBe(false);

      // invited again later: the same user comes back with a new link
      const back = await post('/api/invitations', { people: [{ email: 'handover@nordlys.example' }], role: 'marketing' }, admin.headers);
      expect(back.json().invited[0]).toMatchObject({ userId: inv.userId });
      expect((await inspect(tokenOf(back.json().invited[0].link))).statusCode).toBe(200);
    } finally {
      t.ctx.mailer = mailer;
    }
  });

  it('a link expires', async () => {
    const res = await post('/api/invitations', { people: [{ email: 'late@nordlys.example' }], role: 'seller' }, admin.headers);
    const link = linkIn(outbox.find((m) => m.to === 'late@nordlys.example'));
    offsetMs = 8 * 86_400_000; // INVITATION_TTL_HOURS is 7 days
    try {
      expect((await inspect(tokenOf(link))).json().error.details.reason).toBe('expired');
      const list = await t.app.inject({ method: 'GET', url: '/api/invitations', headers: admin.headers });
      expect(list.json().find((i: { id: string }) => i.id === res.json().invited[0].id)?.expired).toBe(true);
    } finally {
      offsetMs = 0;
    }
  });

  it('only admins invite', async () => {
    const seller = await t.signIn('seller@nordlys.example');
    const res = await post('/api/invitations', { people: [{ email: 'x@nordlys.example' }], role: 'admin' }, seller.headers);
    expect(res.statusCode).toBe(403);
    expect((await t.app.inject({ method: 'GET', url: '/api/invitations', headers: seller.headers })).statusCode).toBe(403);
  });

  it('"forgot password" e-mails a reset link that sets a new password and ends the old sessions', async () => {
    const before = await t.signIn('leader@nordlys.example');
    const count = outbox.length;
    expect((await post('/api/auth/forgot-password', { email: 'nobody@nordlys.example' })).json()).toEqual({ ok: true });
    expect(outbox).toHaveLength(count);
    expect((await post('/api/auth/forgot-password', { email: 'Leader@nordlys.example' })).json()).toEqual({ ok: true });
    const mail = outbox.at(-1)!;
    expect(mail.to).toBe('leader@nordlys.example');
    const link = linkIn(mail);
    expect(link).toMatch(/\/reset-password#/);
    expect((await inspect(tokenOf(link))).json().purpose).toBe('password_reset');

    const reset = await post('/api/auth/links/use', { token: tokenOf(link), password: 'a brand new password' });
    expect(reset.statusCode).toBe(200);
    expect((await t.app.inject({ method: 'GET', url: '/api/me', headers: before.headers })).statusCode).toBe(401);
    expect((await post('/api/auth/sign-in', { email: 'leader@nordlys.example', password: DEMO_PASSWORD })).statusCode).toBe(401);
    await t.signIn('leader@nordlys.example', 'a brand new password');
  });

  it('limits reset e-mails to one mailbox', async () => {
    const count = outbox.length;
    for (let i = 0; i < 5; i++) await post('/api/auth/forgot-password', { email: 'management@nordlys.example' });
    expect(outbox.length - count).toBeLessThanOrEqual(3);
  });

  it('a user changes their own password with the current one; their other sessions end', async () => {
    const here = await t.signIn('seller@nordlys.example');
    const elsewhere = await t.signIn('seller@nordlys.example');
    const wrong = await post('/api/me/password', { currentPassword: 'not it', newPassword: 'sellers new password' }, here.headers);
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().error.details).toEqual([{ path: 'body.currentPassword', message: 'is wrong' }]);
    const ok = await post('/api/me/password', { currentPassword: DEMO_PASSWORD, newPassword: 'sellers new password' }, here.headers);
    expect(ok.statusCode).toBe(200);
    expect((await t.app.inject({ method: 'GET', url: '/api/me', headers: here.headers })).statusCode).toBe(200);
    expect((await t.app.inject({ method: 'GET', url: '/api/me', headers: elsewhere.headers })).statusCode).toBe(401);
    await t.signIn('seller@nordlys.example', 'sellers new password');
  });
});
