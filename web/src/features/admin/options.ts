import type { TFunction } from 'i18next';
import { locales, roles } from '@domain/people';
import type { Locale, Role } from '@contract/common';
import { currencies, type Market, type SalesGroup } from '@contract/org';
import type { User } from '@contract/users';

/** The option for "no group" / "no market" (a Select option needs a non-empty value). */
export const NONE = 'none';
export const idOrNull = (value: string | null) => (!value || value === NONE ? null : value);

export const roleOptions = (t: TFunction) => roles.map((role) => ({ value: role, label: t(`roles.${role}`) }));

export const groupOptions = (groups: SalesGroup[] | undefined, t: TFunction) => [
  { value: NONE, label: t('common.noSalesGroup') },
  ...(groups ?? []).map((g) => ({ value: g.id, label: g.name })),
];

export const marketOptions = (markets: Market[] | undefined, t: TFunction, region: (code: string, fallback?: string) => string) => [
  { value: NONE, label: t('common.noMarket') },
  ...(markets ?? []).map((m) => ({ value: m.id, label: region(m.code, m.name) })),
];

export const localeOptions = (names: Record<Locale, string>) => locales.map((l) => ({ value: l, label: names[l] }));

export const isRole = (value: string | null): value is Role => value !== null && (roles as readonly string[]).includes(value);

/** Currencies the API accepts, those of the markets first, then EUR, USD and GBP (and the current one). */
export function currencyOptions(markets: Market[] | undefined, displayLocale: string, current?: string) {
  const wanted = [...(markets ?? []).map((m) => m.currency), 'EUR', 'USD', 'GBP', ...(current ? [current] : [])];
  const accepted = [...new Set(wanted)].filter((c) => (currencies as readonly string[]).includes(c));
  return accepted.map((code) => ({ value: code, label: `${code} — ${displayName(displayLocale, 'currency', code)}` }));
}

/** Locales of the markets one sells in: a language with a country, e.g. sv-SE. */
const knownMarketLocales = [
  'sv-SE',
  'nb-NO',
  'da-DK',
  'fi-FI',
  'sv-FI',
  'is-IS',
  'en-GB',
  'en-IE',
  'en-US',
  'de-DE',
  'nl-NL',
  'pl-PL',
  'et-EE',
];

export function marketLocaleOptions(displayLocale: string, current?: string) {
  const all = [...new Set([...(current ? [current] : []), ...knownMarketLocales])];
  return all.map((tag) => ({ value: tag, label: `${tag} — ${displayName(displayLocale, 'language', tag)}` }));
}

/** Active sales leaders as options, with "no leader" first (and the current leader even if they are not one). */
export function leaderOptions(leaders: User[] | undefined, t: TFunction, currentId: string | null) {
  const options = [
    { value: NONE, label: t('settings.structure.noLeader') },
    ...(leaders ?? []).map((u) => ({ value: u.id, label: u.name })),
  ];
  if (currentId && !options.some((o) => o.value === currentId))
    options.push({ value: currentId, label: t('settings.structure.unknownLeader') });
  return options;
}

function displayName(locale: string, type: 'currency' | 'language', code: string): string {
  try {
    return new Intl.DisplayNames([locale], { type }).of(code) ?? code;
  } catch {
    return code;
  }
}
