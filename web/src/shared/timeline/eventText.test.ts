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

  it('words a lead’s moves, its conversion and a missed answer, also a breach recorded before it kept the name', async () => {
    const i18n = i18next.createInstance();
    await i18n.init({ lng: 'sv', resources: { sv: { translation: sv }, nb: { translation: nb } }, interpolation: { escapeValue: false } });
    const name = { name: 'Petra Lindqvist' };
    expect(eventText({ event: 'lead.converted', subject: 'Lead Petra Lindqvist converted', data: name }, i18n.t)).toBe(
      'Leaden Petra Lindqvist blev kontakt hos kunden',
    );
    expect(eventText({ event: 'lead.handed_to_sales', subject: 'x', data: name }, i18n.t)).toBe(
      `Leaden Petra Lindqvist: ${sv.leads.status.handed_to_sales}`,
    );
    expect(eventText({ event: 'lead.sla_breached', subject: 'Lead P not answered in time', data: {} }, i18n.t)).toBe(
      'Lead P not answered in time',
    );
    await i18n.changeLanguage('nb');
    expect(eventText({ event: 'lead.sla_breached', subject: 'x', data: name }, i18n.t)).toBe(
      'Leaden Petra Lindqvist ble ikke besvart i tide',
    );
  });
});
