/**
 * One-time links that let a person in without a password: an invitation (set your own password)
 * and a password reset. The rules of their life — valid, used, revoked, expired — and the parsing
 * of the addresses an admin pastes to invite a team. Pure: no clock, no crypto, no database.
 */

export const linkPurposes = ['invitation', 'password_reset'] as const;
export type LinkPurpose = (typeof linkPurposes)[number];

/** Why a link no longer lets anyone in; `unknown` also covers a token that was never issued. */
export const linkRefusals = ['used', 'revoked', 'expired', 'unknown'] as const;
export type LinkRefusal = (typeof linkRefusals)[number];

export interface LinkFacts {
  expiresAt: Date;
  usedAt: Date | null;
  revokedAt: Date | null;
}

/** null while the link may be used, otherwise why not (used wins over revoked wins over expired). */
export function linkRefusal(link: LinkFacts | undefined, now: Date): LinkRefusal | null {
  if (!link) return 'unknown';
  if (link.usedAt) return 'used';
  if (link.revokedAt) return 'revoked';
  if (link.expiresAt.getTime() <= now.getTime()) return 'expired';
  return null;
}

export interface PastedAddress {
  email: string;
  /** The display name when the line said `Name <address>` or `"Name" <address>`. */
  name: string | null;
}

const ADDRESS = /^[^\s@<>(),;"]+@[^\s@<>(),;"]+\.[^\s@<>(),;"]+$/;

/**
 * The addresses in what an admin pasted: one per line, or separated by commas or semicolons, each
 * plain or as `Name <address>` (as mail programs copy them). Lower-cased, duplicates dropped;
 * what is not an address is returned apart so the admin sees it.
 */
export function parseAddressList(text: string): { addresses: PastedAddress[]; invalid: string[] } {
  const addresses: PastedAddress[] = [];
  const invalid: string[] = [];
  const seen = new Set<string>();
  for (const raw of splitOutsideQuotes(text)) {
    const part = raw.trim();
    if (!part) continue;
    const angled = /^(.*?)<([^<>]+)>$/.exec(part);
    const email = (angled ? angled[2]! : part).trim().toLowerCase();
    const name = angled ? angled[1]!.trim().replace(/^"(.*)"$/, '$1').trim() || null : null;
    if (!ADDRESS.test(email)) {
      invalid.push(part);
      continue;
    }
    if (seen.has(email)) continue;
    seen.add(email);
    addresses.push({ email, name });
  }
  return { addresses, invalid };
}

/** Split on line breaks, commas and semicolons, except inside "quoted names". */
function splitOutsideQuotes(text: string): string[] {
  const parts: string[] = [];
  let current = '';
  let quoted = false;
  for (const ch of text) {
    if (ch === '"') quoted = !quoted;
    if (!quoted && (ch === '\n' || ch === ',' || ch === ';')) {
      parts.push(current);
      current = '';
    } else current += ch;
  }
  parts.push(current);
  return parts;
}

/** A name to start with for someone invited by address alone: `anna.berg@x.se` → `Anna Berg`. */
export function nameFromAddress(email: string): string {
  const local = email.split('@')[0] ?? email;
  const words = local
    .split(/[._+-]+/)
    .filter(Boolean)
    .map((w) => w.charAt(0).toUpperCase() + w.slice(1));
  return words.join(' ') || email;
}
