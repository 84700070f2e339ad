import { locales, type Locale } from '@domain/people';

/** The UI's languages, in menu order: the domain's list (a plain constant, no zod in the first bundle). */
export const uiLocales = locales;

const STORAGE_KEY = 'korsa.locale';

/** Each language named in itself, as a language menu should show it. */
export const languageNames: Record<Locale, string> = {
  en: 'English',
  sv: 'Svenska',
  nb: 'Norsk bokmål',
};

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (uiLocales as readonly string[]).includes(value);
}

/** `nb`, `no`, `nn` and `nb-NO` all mean Norwegian to us; `sv-FI` is Swedish. */
export function localeFromTag(tag: string): Locale | null {
  const base = tag.toLowerCase().split('-')[0];
  if (base === 'sv') return 'sv';
  if (base === 'nb' || base === 'no' || base === 'nn') return 'nb';
  if (base === 'en') return 'en';
  return null;
}

export function storedLocale(): Locale | null {
  try {
    const value = localStorage.getItem(STORAGE_KEY);
    return isLocale(value) ? value : null;
  } catch {
    return null;
  }
}

export function storeLocale(locale: Locale): void {
  try {
    localStorage.setItem(STORAGE_KEY, locale);
  } catch {
    // private mode: the choice lasts for this page only
  }
}

/** Before sign-in: the last choice on this device, else the browser's languages, else English. */
export function initialLocale(): Locale {
  const stored = storedLocale();
  if (stored) return stored;
  for (const tag of navigator.languages ?? [navigator.language]) {
    const locale = localeFromTag(tag);
    if (locale) return locale;
  }
  return 'en';
}
