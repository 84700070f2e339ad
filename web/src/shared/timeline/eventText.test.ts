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
});
