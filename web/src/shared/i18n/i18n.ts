import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Locale } from '@contract/common';
import { initialLocale, isLocale, storeLocale } from './language';
import { en } from './locales/en';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof en };
  }
}

export const i18n = i18next.createInstance();

/** English is in the first download (it is every text's fallback); Swedish and Norwegian when needed. */
const loaders: Record<Exclude<Locale, 'en'>, () => Promise<typeof en>> = {
  sv: () => import('./locales/sv').then((m) => m.sv),
  nb: () => import('./locales/nb').then((m) => m.nb),
};

/** Make sure a language's texts are loaded (before switching to it, or before the first render). */
export async function loadLocale(locale: Locale): Promise<void> {
  if (locale === 'en' || i18n.hasResourceBundle(locale, 'translation')) return;
  i18n.addResourceBundle(locale, 'translation', await loaders[locale]());
}

void i18n.use(initReactI18next).init({
  resources: { en: { translation: en } },
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
  if (locale === 'en') return;
  try {
    await loadLocale(locale);
    await i18n.changeLanguage(locale);
  } catch {
    // offline or a failed chunk: English until the user switches again
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
