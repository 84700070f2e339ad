import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../server/config';
import { hashPassword, verifyPassword } from '../../server/platform/passwords';

describe('configuration', () => {
  it('has sensible defaults', () => {
    const c = loadConfig({});
    expect(c).toMatchObject({ PORT: 3000, KORSA_DATA_DIR: './data', KORSA_DEMO: true });
    expect(c.DATABASE_URL).toBeUndefined();
    expect(c.dataDir).toMatch(/\/data$/);
  });
  it('explains every invalid variable', () => {
    expect(() => loadConfig({ PORT: 'eighty', DATABASE_URL: 'mysql://x' })).toThrow(ConfigError);
    try {
      loadConfig({ PORT: 'eighty', DATABASE_URL: 'mysql://x' });
    } catch (e) {
      expect((e as Error).message).toContain('PORT');
      expect((e as Error).message).toContain('DATABASE_URL must start with postgres://');
    }
  });
  it('reads booleans the way people write them', () => {
    expect(loadConfig({ KORSA_DEMO: 'false', COOKIE_SECURE: 'yes' })).toMatchObject({ KORSA_DEMO: false, COOKIE_SECURE: true });
  });
});

describe('read replicas (DATABASE_REPLICA_URL)', () => {
  it('reads one or several URLs, comma-separated', () => {
    const primary = 'postgres://korsa@db1/korsa';
    expect(loadConfig({ DATABASE_URL: primary, DATABASE_REPLICA_URL: 'postgres://korsa@db2/korsa' }).DATABASE_REPLICA_URL).toEqual([
      'postgres://korsa@db2/korsa',
    ]);
    expect(loadConfig({ DATABASE_REPLICA_URL: ' postgres://a/k , postgresql://b/k ,' })).toMatchObject({
      DATABASE_REPLICA_URL: ['postgres://a/k', 'postgresql://b/k'],
      DATABASE_REPLICA_MAX_LAG_SECONDS: 30,
    });
  });
  it('explains what is wrong with them', () => {
    expect(() => loadConfig({ DATABASE_REPLICA_URL: 'postgres://a/k,mysql://b/k' })).toThrow(/each replica URL must start with postgres:\/\//);
    expect(() => loadConfig({ DATABASE_REPLICA_URL: ' , ' })).toThrow(/at least one replica URL/);
    expect(() => loadConfig({ DATABASE_REPLICA_URL: 'postgres://a/k,postgres://a/k' })).toThrow(/listed twice/);
    expect(() => loadConfig({ DATABASE_URL: 'postgres://a/k', DATABASE_REPLICA_URL: 'postgres://a/k' })).toThrow(/lists DATABASE_URL itself/);
    expect(() => loadConfig({ DATABASE_REPLICA_MAX_LAG_SECONDS: '0' })).toThrow(/DATABASE_REPLICA_MAX_LAG_SECONDS/);
  });
});

describe('single sign-on settings', () => {
  it('come together: issuer, client id and secret, or none', () => {
    expect(() => loadConfig({ OIDC_ISSUER: 'https://login.example.com' })).toThrow(/OIDC_ISSUER, OIDC_CLIENT_ID and OIDC_CLIENT_SECRET/);
    const c = loadConfig({ OIDC_ISSUER: 'https://login.example.com', OIDC_CLIENT_ID: 'korsa', OIDC_CLIENT_SECRET: 's3cret', OIDC_JIT_ROLE: 'seller' });
    expect(c).toMatchObject({ OIDC_NAME: 'SSO', OIDC_JIT_ROLE: 'seller', PASSWORD_SIGN_IN: true });
    expect(() => loadConfig({ OIDC_ISSUER: 'not a url', OIDC_CLIENT_ID: 'k', OIDC_CLIENT_SECRET: 's' })).toThrow(/OIDC_ISSUER/);
    expect(() => loadConfig({ OIDC_JIT_ROLE: 'king' })).toThrow(/OIDC_JIT_ROLE/);
  });
  it('never turn passwords off without single sign-on (nobody could sign in)', () => {
    expect(() => loadConfig({ PASSWORD_SIGN_IN: 'false' })).toThrow(/PASSWORD_SIGN_IN/);
  });
});

describe('passwords', () => {
  it('are hashed with argon2id and verified', async () => {
    const hash = await hashPassword('correct horse battery');
    expect(hash).toMatch(/^\$argon2id\$/);
    expect(await verifyPassword(hash, 'correct horse battery')).toBe(true);
    expect(await verifyPassword(hash, 'wrong')).toBe(false);
    expect(await verifyPassword('not-a-hash', 'x')).toBe(false);
  });
});
