/**
 * When two records are likely the same company or person (issue 14), and what a merge keeps. The
 * matching keys are normalised here; the SQL that finds candidates compares the same keys.
 */

/** An organisation number as digits and letters only ("556677-8899" and "5566778899" match). */
export function orgNumberKey(orgNumber: string | null | undefined): string | null {
  const key = (orgNumber ?? '').replace(/[^0-9a-z]/gi, '').toLowerCase();
  return key.length >= 6 ? key : null;
}

/** A website's domain without scheme, "www." or path ("https://www.Acme.se/om" → "acme.se"). */
export function domainKey(website: string | null | undefined): string | null {
  const host = (website ?? '')
    .trim()
    .toLowerCase()
    .replace(/^[a-z]+:\/\//, '')
    .replace(/^www\./, '')
    .split(/[/?#:]/)[0];
  return host && host.includes('.') ? host : null;
}

/** An e-mail address as it is compared (case does not matter). */
export function emailKey(email: string | null | undefined): string | null {
  const key = (email ?? '').trim().toLowerCase();
  return key.includes('@') ? key : null;
}

/** How similar two names must be (pg_trgm similarity of their folded forms) to be a likely duplicate. */
export const nameSimilarity = { account: 0.55, contact: 0.75 } as const;

export type AccountMatch = 'org_number' | 'domain' | 'name';
export type ContactMatch = 'email' | 'name';

/** Why an account looks like another: the keys they share, strongest first. */
export function accountMatches(
  a: { orgNumber: string | null; website: string | null },
  b: { orgNumber: string | null; website: string | null },
  nameScore: number,
): AccountMatch[] {
  const out: AccountMatch[] = [];
  const org = orgNumberKey(a.orgNumber);
  if (org && org === orgNumberKey(b.orgNumber)) out.push('org_number');
  const domain = domainKey(a.website);
  if (domain && domain === domainKey(b.website)) out.push('domain');
  if (nameScore >= nameSimilarity.account) out.push('name');
  return out;
}

/** Why a contact looks like another. */
export function contactMatches(a: { email: string | null }, b: { email: string | null }, nameScore: number): ContactMatch[] {
  const out: ContactMatch[] = [];
  const email = emailKey(a.email);
  if (email && email === emailKey(b.email)) out.push('email');
  if (nameScore >= nameSimilarity.contact) out.push('name');
  return out;
}

/** The kept record's fields after a merge: its own values, and the other's where it has none. */
export function mergedFields<T extends Record<string, unknown>>(keep: T, drop: T, fields: readonly (keyof T)[]): Partial<T> {
  const out: Partial<T> = {};
  for (const f of fields) {
    const mine = keep[f];
    if ((mine === null || mine === undefined || mine === '') && drop[f] !== null && drop[f] !== undefined && drop[f] !== '')
      out[f] = drop[f];
  }
  return out;
}
