/**
 * Sensible starting values for a market chosen by its country: the currency and the locale most
 * companies there use. A suggestion for the set-up page and `korsa setup --market SE`; the admin
 * may change either.
 */
export interface MarketDefaults {
  code: string;
  name: string;
  currency: string;
  locale: string;
}

export const marketDefaults: readonly MarketDefaults[] = [
  { code: 'SE', name: 'Sweden', currency: 'SEK', locale: 'sv-SE' },
  { code: 'NO', name: 'Norway', currency: 'NOK', locale: 'nb-NO' },
  { code: 'DK', name: 'Denmark', currency: 'DKK', locale: 'da-DK' },
  { code: 'FI', name: 'Finland', currency: 'EUR', locale: 'fi-FI' },
  { code: 'IS', name: 'Iceland', currency: 'EUR', locale: 'is-IS' },
  { code: 'EE', name: 'Estonia', currency: 'EUR', locale: 'et-EE' },
  { code: 'DE', name: 'Germany', currency: 'EUR', locale: 'de-DE' },
  { code: 'NL', name: 'Netherlands', currency: 'EUR', locale: 'nl-NL' },
  { code: 'GB', name: 'United Kingdom', currency: 'GBP', locale: 'en-GB' },
  { code: 'US', name: 'United States', currency: 'USD', locale: 'en-US' },
];

export function defaultsFor(code: string): MarketDefaults | undefined {
  const upper = code.trim().toUpperCase();
  return marketDefaults.find((m) => m.code === upper);
}
