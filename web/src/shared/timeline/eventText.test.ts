import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { nb } from '../i18n/locales/nb';
import { sv } from '../i18n/locales/sv';
import { eventText } from './eventText';

describe('a system event in the reader’s language', () => {
  it('words a lead that arrived at a known customer from its facts, not from the English subject', async () => {
    const i18n = i18next.createInstance();
    await i18n.init({ lng: 'sv', resources: { sv: { translation: sv }, nb: { translation: nb } }, interpolation: { escapeValue: false } });
    const arrived = {
      event: 'lead.arrived',
      subject: 'Lead Rebecca Eklund arrived (web_form)',
      data: { name: 'Rebecca Eklund', source: 'web_form' },
    };
    expect(eventText(arrived, i18n.t)).toBe('Leaden Rebecca Eklund kom in (Webbformulär)');
    await i18n.changeLanguage('nb');
    expect(eventText({ ...arrived, data: { name: 'Rebecca Eklund', source: 'somewhere' } }, i18n.t)).toBe(
      'Leaden Rebecca Eklund kom inn (somewhere)',
    );
  });

  it('words a reopened deal with what it was and why', async () => {
    const i18n = i18next.createInstance();
    await i18n.init({ lng: 'sv', resources: { sv: { translation: sv }, nb: { translation: nb } }, interpolation: { escapeValue: false } });
    const reopened = {
      event: 'opportunity.reopened',
      subject: 'Depå reopened: signed too early',
      data: { name: 'Depå', was: 'won', reason: 'Kunden vill ha en ny offert' },
    };
    expect(eventText(reopened, i18n.t)).toBe('Affärsmöjligheten Depå öppnades igen (vunnen innan): Kunden vill ha en ny offert');
    await i18n.changeLanguage('nb');
    expect(eventText({ ...reopened, data: { ...reopened.data, was: 'lost' } }, i18n.t)).toBe(
      'Salgsmuligheten Depå ble gjenåpnet (tapt før): Kunden vill ha en ny offert',
    );
  });
});
