import { z } from 'zod';
import { industryFromText } from '@domain/industries';
import { parseDecimal, sizeFromEmployees } from '@domain/imports/values';
import { leadSources, type LeadSource } from '@domain/leads';

// A lead's row as read from an import file (C1), registered with the other entities' schemas in rows.ts;
// leads.ts writes the valid rows.

const cell = (max: number) =>
  z
    .string()
    .max(max, `is longer than ${max} characters`)
    .optional()
    .transform((v) => (v === undefined || v.trim() === '' ? undefined : v.trim()));

const sizes = ['micro', 'small', 'medium', 'large', 'enterprise'] as const;

/** What a file's "source" says, as one of Korsa's lead sources ("Web form", "trade show", "Purchased list" …). */
export function leadSourceOf(text: string | undefined): LeadSource {
  if (!text) return 'import';
  const t = text
    .toLowerCase()
    .replace(/[\s_-]+/g, ' ')
    .trim();
  const exact = leadSources.find((s) => s.replace('_', ' ') === t);
  if (exact) return exact;
  if (/web|site|form|inbound|organic|seo|landing/.test(t)) return 'web_form';
  if (/event|trade ?show|fair|mässa|messe|seminar|webinar|conference|konferens/.test(t)) return 'event';
  if (/list|purchased|bought|köpt|kjøpt/.test(t)) return 'list';
  if (/referr|word of mouth|tips|rekommend|anbefal/.test(t)) return 'referral';
  if (/partner|reseller|återförsäljare|forhandler/.test(t)) return 'partner';
  return 'other';
}

export const leadRowSchema = z
  .object({
    name: cell(200),
    firstName: cell(100),
    lastName: cell(100),
    email: cell(254).refine((v) => v === undefined || z.email().safeParse(v).success, 'is not an e-mail address'),
    phone: cell(50),
    company: cell(200),
    orgNumber: cell(40),
    domain: cell(200),
    /** A NACE section read from the text (domain/industries.ts); text that names none is left empty. */
    industry: cell(100).transform((v) => industryFromText(v) ?? undefined),
    /** A size word, or a number of employees. */
    size: cell(40).transform((v, c) => {
      if (v === undefined) return undefined;
      const n = parseDecimal(v);
      if (n !== null && n >= 0) return sizeFromEmployees(n);
      const word = v.toLowerCase();
      if ((sizes as readonly string[]).includes(word)) return word;
      c.addIssue({ code: 'custom', message: `must be one of ${sizes.join(', ')} or a number of employees` });
      return undefined;
    }),
    title: cell(150),
    market: cell(100),
    country: cell(100),
    source: cell(60).transform(leadSourceOf),
    campaign: cell(200),
    message: cell(4000),
  })
  /** The person's name: the full name, or the first and last name (rows.ts reports a row with none). */
  .transform((r) => ({ ...r, name: r.name ?? [r.firstName, r.lastName].filter(Boolean).join(' ') }));

export type LeadRow = z.infer<typeof leadRowSchema> & { line: number };
