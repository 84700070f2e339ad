import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Locale } from '@contract/common';
import { initialLocale, isLocale, storeLocale } from './language';
import type { en } from './locales/en';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof en };
  }
}

export const i18n = i18next.createInstance();

/**
 * Each language's texts are loaded when needed, English too: only the reader's language is fetched,
 * before the first render, and none is in the first download. Every language has every key (the
 * locales' test), so none needs another as its fallback.
 */
const loaders: Record<Locale, () => Promise<typeof en>> = {
  en: () => import('./locales/en').then((m) => m.en),
  sv: () => import('./locales/sv').then((m) => m.sv),
  nb: () => import('./locales/nb').then((m) => m.nb),
};

/**
 * Make sure a language's texts are loaded (before switching to it, or before the first render); a chunk
 * that fails to load (a dropped connection) is asked for once more.
 */
export async function loadLocale(locale: Locale): Promise<void> {
  if (i18n.hasResourceBundle(locale, 'translation')) return;
  const texts = await loaders[locale]().catch(async () => {
    await new Promise((resolve) => setTimeout(resolve, 500));
    return loaders[locale]();
  });
  i18n.addResourceBundle(locale, 'translation', texts);
}

void i18n.use(initReactI18next).init({
  resources: {},
  partialBundledLanguages: true,
  lng: 'en',
  fallbackLng: 'en',
  supportedLngs: ['en', 'sv', 'nb'],
  interpolation: { escapeValue: false }, // React escapes
  initAsync: false,
});

function applyToDocument(lng: string): void {
  document.documentElement.lang = lng;
}
applyToDocument(i18n.language);
i18n.on('languageChanged', applyToDocument);

/** Before the first render: the device's language, loaded. */
export async function startLocale(): Promise<void> {
  const locale = initialLocale();
  try {
    await loadLocale(locale);
    await i18n.changeLanguage(locale);
  } catch {
    // a failed chunk: English until the user switches again
    if (locale !== 'en') await loadLocale('en').catch(() => undefined);
  }
}

/** The UI's current language. */
export function currentLocale(): Locale {
  return isLocale(i18n.language) ? i18n.language : 'en';
}

/** Switch the UI language and remember it on this device. */
export async function switchLocale(locale: Locale): Promise<void> {
  storeLocale(locale);
  await loadLocale(locale);
  if (i18n.language !== locale) await i18n.changeLanguage(locale);
}
