import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Locale } from '@contract/common';
import { initialLocale, isLocale, storeLocale } from './language';
import { en } from './locales/en';
import { nb } from './locales/nb';
import { sv } from './locales/sv';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof en };
  }
}

export const i18n = i18next.createInstance();

void i18n.use(initReactI18next).init({
  resources: { en: { translation: en }, sv: { translation: sv }, nb: { translation: nb } },
  lng: initialLocale(),
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

/** The UI's current language. */
export function currentLocale(): Locale {
  return isLocale(i18n.language) ? i18n.language : 'en';
}

/** Switch the UI language and remember it on this device. */
export async function switchLocale(locale: Locale): Promise<void> {
  storeLocale(locale);
  if (i18n.language !== locale) await i18n.changeLanguage(locale);
}
