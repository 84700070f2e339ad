/**
 * A person's data on request (GDPR, L5): what an erased contact becomes, and how their traces are
 * taken out of free text. Pure: the server finds the rows and writes them in one transaction.
 */

/** What is left of a contact after erasure: no name, no way to reach them; the deal facts stay. */
export const ERASED = '[erased]';
export const erasedContact = { firstName: 'Erased', lastName: 'person', title: null, email: null, phone: null, sourceId: null } as const;

/** The strings that identify a person in free text: the full name, each longer name part, e-mail, phone. */
export function identifyingTerms(person: { firstName: string; lastName: string; email?: string | null; phone?: string | null }): string[] {
  const terms = [
    `${person.firstName} ${person.lastName}`.trim(),
    person.firstName.trim(),
    person.lastName.trim(),
    person.email?.trim() ?? '',
    person.phone?.trim() ?? '',
  ].filter((t) => t.length >= 3);
  // longest first, so "Anna Berg" goes before "Anna"
  return [...new Set(terms)].sort((a, b) => b.length - a.length);
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Text with every identifying term replaced by `[erased]` (case-insensitive, whole words). */
export function scrub(text: string, terms: readonly string[]): string {
  let out = text;
  for (const term of terms) out = out.replace(new RegExp(`(?<![\\p{L}\\p{N}])${escape(term)}(?![\\p{L}\\p{N}])`, 'giu'), ERASED);
  return out;
}

/** Does the text still name the person? */
export const mentions = (text: string, terms: readonly string[]): boolean => scrub(text, terms) !== text;

/** The kinds of erasure reasons an admin records (free text beside it). */
export const erasureReasons = ['data_subject_request', 'retention', 'other'] as const;
export type ErasureReason = (typeof erasureReasons)[number];
