/**
 * Sending a webhook safely (L2): the SSRF guard — the host's addresses are checked after DNS
 * resolution and the connection goes to the checked address (no second look-up to rebind) — a
 * timeout over the whole exchange, and a cap on how much of the answer is read. Redirects are not
 * followed (a 3xx is a failed delivery).
 */
import dns from 'node:dns';
import http from 'node:http';
import https from 'node:https';
import net from 'node:net';

/**
 * Addresses no webhook goes to unless an admin allows the endpoint private networks. Two lists: Node's
 * BlockList matches an IPv4 address against IPv4-mapped IPv6 subnets too, so one list holding
 * `::ffff:0:0/96` refused every public IPv4 address.
 */
const blocked4 = new net.BlockList();
const blocked6 = new net.BlockList();
for (const [addr, prefix] of [
  ['0.0.0.0', 8], // "this" network
  ['10.0.0.0', 8], // private
  ['100.64.0.0', 10], // carrier-grade NAT
  ['127.0.0.0', 8], // loopback
  ['169.254.0.0', 16], // link-local (cloud metadata at 169.254.169.254)
  ['172.16.0.0', 12], // private
  ['192.0.0.0', 24], // IETF protocol assignments
  ['192.0.2.0', 24], // documentation
  ['192.168.0.0', 16], // private
  ['198.18.0.0', 15], // benchmarking
  ['198.51.100.0', 24], // documentation
  ['203.0.113.0', 24], // documentation
  ['224.0.0.0', 4], // multicast
  ['240.0.0.0', 4], // reserved, broadcast
] as const)
  blocked4.addSubnet(addr, prefix, 'ipv4');
for (const [addr, prefix] of [
  ['::', 128], // unspecified
  ['::1', 128], // loopback
  ['::ffff:0:0', 96], // IPv4-mapped: checked as IPv4 below
  ['64:ff9b::', 96], // NAT64
  ['100::', 64], // discard
  ['2001:db8::', 32], // documentation
  ['fc00::', 7], // unique local (private)
  ['fe80::', 10], // link-local
  ['ff00::', 8], // multicast
] as const)
  blocked6.addSubnet(addr, prefix, 'ipv6');

/** A private, loopback, link-local or otherwise not-public address. */
export function isNonPublicAddress(address: string): boolean {
  const family = net.isIP(address);
  if (family === 4) return blocked4.check(address, 'ipv4');
  if (family === 6) {
    const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
    if (mapped) return blocked4.check(mapped[1]!, 'ipv4');
    return blocked6.check(address, 'ipv6');
  }
  return true;
}

export class AddressRefused extends Error {
  constructor(
    readonly host: string,
    readonly address: string,
  ) {
    super(`${host} resolves to ${address}, a private, loopback or link-local address`);
  }
}

const stripBrackets = (host: string) => (host.startsWith('[') && host.endsWith(']') ? host.slice(1, -1) : host);

/** The addresses a host name resolves to, refused if any is not public (unless allowed). */
export async function resolveChecked(hostname: string, allowPrivate: boolean): Promise<{ address: string; family: number }[]> {
  const host = stripBrackets(hostname);
  const literal = net.isIP(host);
  const addresses = literal ? [{ address: host, family: literal }] : await dns.promises.lookup(host, { all: true, verbatim: true });
  if (addresses.length === 0) throw new Error(`${host} has no address`);
  if (!allowPrivate) {
    const bad = addresses.find((a) => isNonPublicAddress(a.address));
    if (bad) throw new AddressRefused(host, bad.address);
  }
  return addresses;
}

export interface WebhookPost {
  url: string;
  headers: Record<string, string>;
  body: string;
  allowPrivate: boolean;
  timeoutMs: number;
  /** Read at most this much of the answer; the rest is cut off. */
  maxResponseBytes: number;
}

export interface WebhookResult {
  statusCode: number | null;
  durationMs: number;
  ok: boolean;
  error: string | null;
  responseExcerpt: string;
}

/** POST a webhook and report what happened; never throws. */
export async function postWebhook(p: WebhookPost, now: () => number = performance.now.bind(performance)): Promise<WebhookResult> {
  const started = now();
  const took = () => Math.max(0, Math.round(now() - started));
  let url: URL;
  try {
    url = new URL(p.url);
  } catch {
    return { statusCode: null, durationMs: 0, ok: false, error: 'not a URL', responseExcerpt: '' };
  }
  let target: { address: string; family: number };
  try {
    target = (await resolveChecked(url.hostname, p.allowPrivate))[0]!;
  } catch (err) {
    return { statusCode: null, durationMs: took(), ok: false, error: (err as Error).message, responseExcerpt: '' };
  }
  const client = url.protocol === 'https:' ? https : http;
  return new Promise<WebhookResult>((resolve) => {
    let settled = false;
    const finish = (r: Omit<WebhookResult, 'durationMs'>) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve({ ...r, durationMs: took() });
    };
    const req = client.request(
      url,
      {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'user-agent': 'Korsa-Webhooks/1',
          ...p.headers,
          'content-length': Buffer.byteLength(p.body),
        },
        // connect to the address that was checked, whatever DNS answers now (no rebinding); TLS still checks the name
        lookup: (_host, options, cb) => {
          if ((options as { all?: boolean }).all)
            (cb as unknown as (e: null, a: { address: string; family: number }[]) => void)(null, [target]);
          else cb(null, target.address, target.family);
        },
        agent: false,
      },
      (res) => {
        const chunks: Buffer[] = [];
        let size = 0;
        let capped = false;
        res.on('data', (chunk: Buffer) => {
          if (capped) return;
          size += chunk.length;
          if (size > p.maxResponseBytes) {
            capped = true;
            chunks.push(chunk.subarray(0, Math.max(0, p.maxResponseBytes - (size - chunk.length))));
            res.destroy();
            done();
            return;
          }
          chunks.push(chunk);
        });
        const done = () => {
          const code = res.statusCode ?? null;
          const ok = code !== null && code >= 200 && code < 300;
          finish({
            statusCode: code,
            ok,
            error: ok ? null : capped ? `answer over ${p.maxResponseBytes} bytes, cut off` : `answered ${code}`,
            responseExcerpt: Buffer.concat(chunks).toString('utf8').slice(0, 500),
          });
        };
        res.on('end', done);
        res.on('error', () => done());
      },
    );
    const timer = setTimeout(() => {
      req.destroy(new Error(`no answer within ${p.timeoutMs} ms`));
    }, p.timeoutMs);
    req.on('error', (err) => finish({ statusCode: null, ok: false, error: err.message, responseExcerpt: '' }));
    req.end(p.body);
  });
}
