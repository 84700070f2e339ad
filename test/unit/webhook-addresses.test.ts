import { describe, expect, it } from 'vitest';
import { isNonPublicAddress } from '../../server/platform/webhook-http';

/** The webhooks' SSRF guard: public addresses pass, private, loopback, link-local and documentation ones do not. */
describe('isNonPublicAddress', () => {
  it('lets public IPv4 and IPv6 addresses through', () => {
    for (const a of ['93.184.215.14', '8.8.8.8', '1.1.1.1', '2606:4700:4700::1111']) expect(isNonPublicAddress(a), a).toBe(false);
  });

  it('refuses private, loopback, link-local, documentation and IPv4-mapped ones', () => {
    for (const a of [
      '10.20.30.40',
      '127.0.0.1',
      '169.254.169.254',
      '192.168.1.1',
      '172.16.5.4',
      '203.0.113.9',
      '::1',
      'fe80::1',
      'fd00::1',
      '::ffff:127.0.0.1',
      '::ffff:7f00:1', // the mapped loopback written in hex
      '::ffff:5db8:d70e', // a mapped public one too: no IPv4 goes out as IPv6
      'not an address',
    ])
      expect(isNonPublicAddress(a), a).toBe(true);
  });
});
