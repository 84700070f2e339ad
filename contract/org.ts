import { z } from 'zod';
import { Id, Locale, nonEmptyPatch, text } from './common';

export const currencies = ['SEK', 'NOK', 'DKK', 'EUR', 'USD', 'GBP'] as const;
export const Currency = z.enum(currencies);

export const Market = z.object({
  id: Id,
  code: text().meta({ example: 'SE' }),
  name: text(),
  currency: Currency,
  locale: text().meta({ example: 'sv-SE' }),
  leaderId: Id.nullable(),
});
export type Market = z.infer<typeof Market>;

export const MarketInput = z.object({
  code: z
    .string()
    .trim()
    .regex(/^[A-Z]{2}$/, 'Use a two-letter country code, e.g. SE'),
  name: text().trim().min(1).max(100),
  currency: Currency,
  locale: z
    .string()
    .trim()
    .regex(/^[a-z]{2}-[A-Z]{2}$/, 'Use a locale such as sv-SE'),
  leaderId: Id.nullable().optional(),
});
export const MarketPatch = nonEmptyPatch(MarketInput.partial());

export const SalesGroup = z.object({
  id: Id,
  name: text(),
  description: text(),
  leaderId: Id.nullable(),
});
export type SalesGroup = z.infer<typeof SalesGroup>;

export const SalesGroupInput = z.object({
  name: text().trim().min(1).max(100),
  description: text().trim().max(1000).default(''),
  leaderId: Id.nullable().optional(),
});
export const SalesGroupPatch = nonEmptyPatch(
  SalesGroupInput.omit({ description: true })
    .extend({ description: text().trim().max(1000) })
    .partial(),
);

export const Organisation = z.object({
  name: text(),
  reportingCurrency: Currency,
  defaultLocale: Locale,
  isDemo: z.boolean(),
  passiveAfterMonths: z.number().int(),
  timedOutAfterMonths: z.number().int(),
  staleAfterDays: z.number().int(),
  /** Cross-sell suggestions (D6): the fewest customers a rule may rest on, and the least lift it must give. */
  suggestionMinSupport: z.number().int(),
  suggestionMinLift: z.number(),
});
export type Organisation = z.infer<typeof Organisation>;

export const OrganisationPatch = nonEmptyPatch(
  z
    .object({
      name: text().trim().min(1).max(120),
      reportingCurrency: Currency,
      defaultLocale: Locale,
      passiveAfterMonths: z.number().int().min(1).max(120),
      timedOutAfterMonths: z.number().int().min(1).max(60),
      staleAfterDays: z.number().int().min(1).max(365),
      suggestionMinSupport: z.number().int().min(1).max(1000),
      suggestionMinLift: z.number().min(1).max(10),
    })
    .partial(),
);

export const ExchangeRate = z.object({ currency: Currency, rateOn: z.iso.date(), perEuro: z.number().positive().max(1e6) });
