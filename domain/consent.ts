/**
 * Consent and lawful basis for marketing to a contact (GDPR, L5): on what ground the company may
 * market to the person, and their consent — given or withdrawn, when and how it was learnt. Pure:
 * the contacts service checks a change with `consentIssues` and `mayRecordConsent`, and the contact
 * page shows `mayMarketTo`.
 */
import { mayChangeOwned, type Placement, type Viewer } from './access';

/** GDPR art. 6: the grounds that matter for marketing; `none`: the company has none (do not market). */
export const lawfulBases = ['consent', 'legitimate_interest', 'contract', 'none'] as const;
export type LawfulBasis = (typeof lawfulBases)[number];

export const consentStatuses = ['given', 'withdrawn'] as const;
export type ConsentStatus = (typeof consentStatuses)[number];

export interface Consent {
  status: ConsentStatus;
  /** The day it was given or withdrawn (YYYY-MM-DD). */
  on: string;
  /** Where it came from: a web form, a signed paper, a call, an import … */
  source: string;
}

export interface Marketing {
  basis: LawfulBasis | null;
  consent: Consent | null;
}

/**
 * May the company market to the person? Consent as the basis needs consent given; a withdrawal (an
 * objection) stops marketing on any basis; no basis recorded means no.
 */
export function mayMarketTo(m: Marketing): boolean {
  if (m.consent?.status === 'withdrawn') return false;
  if (m.basis === 'consent') return m.consent?.status === 'given';
  return m.basis === 'legitimate_interest' || m.basis === 'contract';
}

/** What is wrong with a change, by field: consent as the basis needs the consent itself; no day in the future. */
export function consentIssues(m: Marketing, today: string): { path: string; message: string }[] {
  const issues: { path: string; message: string }[] = [];
  if (m.basis === 'consent' && !m.consent)
    issues.push({ path: 'body.consent', message: 'consent as the lawful basis needs the consent: when and where it was given' });
  if (m.consent && m.consent.on > today) issues.push({ path: 'body.consent.on', message: 'the day is in the future' });
  return issues;
}

/**
 * Who records a person's consent and lawful basis: the account's owner side (the owner, their
 * leaders, admins) and marketing, who gather consent through campaigns and forms.
 */
export function mayRecordConsent(v: Viewer, accountOwner: ({ id: string } & Placement) | null): boolean {
  return v.role === 'marketing' || mayChangeOwned(v, accountOwner);
}

const fold = (s: string) =>
  s
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z]+/g, ' ')
    .trim();

/** What an import's cell may say for a lawful basis: the code, or its name in en, sv or nb. */
const basisWords: Record<LawfulBasis, string[]> = {
  consent: ['consent', 'samtycke', 'samtykke'],
  legitimate_interest: ['legitimate interest', 'berattigat intresse', 'berettiget interesse', 'legitim interesse'],
  contract: ['contract', 'avtal', 'avtale', 'kontrakt'],
  none: ['none', 'no basis', 'ingen', 'ingen grund', 'inget'],
};
const statusWords: Record<ConsentStatus, string[]> = {
  given: ['given', 'yes', 'opted in', 'opt in', 'ja', 'lamnat', 'lamnad', 'gitt', 'givet'],
  withdrawn: ['withdrawn', 'no', 'opted out', 'opt out', 'unsubscribed', 'nej', 'nei', 'aterkallat', 'aterkallad', 'trukket tilbake'],
};

function fromText<K extends string>(words: Record<K, string[]>, text: string): K | null {
  const t = fold(text);
  for (const [key, list] of Object.entries(words) as [K, string[]][]) if (fold(key) === t || list.includes(t)) return key;
  return null;
}

/** A lawful basis read from a CSV cell (`legitimate_interest`, "Legitimate interest", "Berättigat intresse" …); null if none. */
export const lawfulBasisFromText = (text: string): LawfulBasis | null => fromText(basisWords, text);
/** A consent status read from a CSV cell (`given`, "yes", "opted out", "återkallat" …); null if none. */
export const consentStatusFromText = (text: string): ConsentStatus | null => fromText(statusWords, text);
