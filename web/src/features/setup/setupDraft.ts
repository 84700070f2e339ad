import { defaultsFor } from '@domain/market-defaults';
import type { SetupBody } from '@contract/access';
import type { Locale } from '@contract/common';

export interface MarketDraft {
  code: string;
  name: string;
  currency: string;
  locale: string;
}

export interface SetupDraft {
  name: string;
  reportingCurrency: string;
  defaultLocale: Locale;
  markets: MarketDraft[];
  salesGroups: string[];
  adminName: string;
  adminEmail: string;
  adminPassword: string;
}

/** A country's own name in the UI's language (SE → Sverige in Swedish). */
export function regionName(code: string, uiLocale: string, fallback: string): string {
  try {
    return new Intl.DisplayNames([uiLocale], { type: 'region' }).of(code) ?? fallback;
  } catch {
    return fallback;
  }
}

/** A market for a country code: currency, locale and name from the country's defaults when Korsa knows it. */
export function marketFor(code: string, uiLocale: string, current?: MarketDraft): MarketDraft {
  const upper = code.toUpperCase().slice(0, 2);
  const known = defaultsFor(upper);
  if (!known) return { ...(current ?? { name: '', currency: '', locale: '' }), code: upper };
  return { code: upper, name: regionName(upper, uiLocale, known.name), currency: known.currency, locale: known.locale };
}

export function initialDraft(uiLocale: Locale): SetupDraft {
  const home = uiLocale === 'nb' ? 'NO' : 'SE';
  const market = marketFor(home, uiLocale);
  return {
    name: '',
    reportingCurrency: market.currency,
    defaultLocale: uiLocale,
    markets: [market],
    salesGroups: [''],
    adminName: '',
    adminEmail: '',
    adminPassword: '',
  };
}

/** The request the draft becomes (empty sales-group rows left out). */
export function setupBodyOf(d: SetupDraft): SetupBody {
  return {
    organisation: {
      name: d.name,
      reportingCurrency: d.reportingCurrency as SetupBody['organisation']['reportingCurrency'],
      defaultLocale: d.defaultLocale,
    },
    markets: d.markets.map((m) => ({ ...m, currency: m.currency as SetupBody['markets'][number]['currency'] })),
    salesGroups: d.salesGroups.filter((g) => g.trim()).map((name) => ({ name })),
    admin: { name: d.adminName, email: d.adminEmail, password: d.adminPassword },
  };
}
