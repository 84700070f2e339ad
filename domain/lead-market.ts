/**
 * Which market a lead belongs to when nobody said (a web form without a market): its country as
 * given, else its phone number's international prefix, else its company domain's country TLD (a free
 * mail provider's or a .com says nothing). Markets are known by their code, the country's ISO code
 * (domain/market-defaults.ts). Pure: the server gives the organisation's markets.
 */
import { companyDomain } from './leads';

export type MarketEvidence = 'country' | 'phone' | 'domain';

/** Country names as people type them (en, sv, nb, the country's own) → ISO code. */
const countryNames: Record<string, string> = {
  sweden: 'SE',
  sverige: 'SE',
  norway: 'NO',
  norge: 'NO',
  noreg: 'NO',
  norwegen: 'NO',
  denmark: 'DK',
  danmark: 'DK',
  finland: 'FI',
  suomi: 'FI',
  iceland: 'IS',
  island: 'IS',
  ísland: 'IS',
  estonia: 'EE',
  estland: 'EE',
  eesti: 'EE',
  germany: 'DE',
  tyskland: 'DE',
  deutschland: 'DE',
  netherlands: 'NL',
  nederländerna: 'NL',
  nederland: 'NL',
  'the netherlands': 'NL',
  'united kingdom': 'GB',
  uk: 'GB',
  storbritannien: 'GB',
  storbritannia: 'GB',
  'great britain': 'GB',
  england: 'GB',
  'united states': 'US',
  usa: 'US',
  'the united states': 'US',
};

/** International calling codes, longest first where they share digits (+358 before +35…). */
const callingCodes: [prefix: string, code: string][] = [
  ['358', 'FI'],
  ['354', 'IS'],
  ['372', 'EE'],
  ['46', 'SE'],
  ['47', 'NO'],
  ['45', 'DK'],
  ['49', 'DE'],
  ['31', 'NL'],
  ['44', 'GB'],
  ['1', 'US'],
];

/** Country TLDs that are not the ISO code. */
const tldCountry: Record<string, string> = { uk: 'GB' };

export function countryOfName(country: string | null | undefined): string | null {
  const c = country?.trim().toLowerCase();
  if (!c) return null;
  if (/^[a-z]{2}$/.test(c)) return c === 'uk' ? 'GB' : c.toUpperCase();
  return countryNames[c] ?? null;
}

/** "+46 70 123 45 67", "0047 22…" → the country; a national number ("070…") says nothing. */
export function countryOfPhone(phone: string | null | undefined): string | null {
  const p = phone?.replace(/[\s().-]/g, '') ?? '';
  const digits = p.startsWith('+') ? p.slice(1) : p.startsWith('00') ? p.slice(2) : null;
  if (!digits || !/^\d{6,}$/.test(digits)) return null;
  return callingCodes.find(([prefix]) => digits.startsWith(prefix))?.[1] ?? null;
}

export function countryOfDomain(lead: { email?: string | null; domain?: string | null }): string | null {
  const tld = companyDomain(lead)?.split('.').pop();
  if (!tld || tld.length !== 2) return null;
  return tldCountry[tld] ?? tld.toUpperCase();
}

/** The market of a lead from its own facts, with what showed it; null when nothing does or the country is not a market. */
export function marketForLead(
  lead: { country?: string | null; phone?: string | null; email?: string | null; domain?: string | null },
  markets: readonly { id: string; code: string }[],
): { marketId: string; by: MarketEvidence } | null {
  const byCode = (code: string | null) => (code ? markets.find((m) => m.code.toUpperCase() === code) : undefined);
  const evidence: [MarketEvidence, string | null][] = [
    ['country', countryOfName(lead.country)],
    ['phone', countryOfPhone(lead.phone)],
    ['domain', countryOfDomain(lead)],
  ];
  for (const [by, code] of evidence) {
    const market = byCode(code);
    if (market) return { marketId: market.id, by };
  }
  return null;
}
