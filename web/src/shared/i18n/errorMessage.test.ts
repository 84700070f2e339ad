import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { ApiError } from '../api/errors';
import { errorMessage } from './errorMessage';
import { en } from './locales/en';
import { nb } from './locales/nb';
import { sv } from './locales/sv';

describe('a ritual or joint visit that cannot take a step says why, in the reader’s language', () => {
  const conflict = (code: 'ritual_transition' | 'visit_transition', details: unknown) => new ApiError(409, code, 'server text', details);

  it('reads the server’s details: a full seminar, follow-ups too early, a visit without customer, a week off, a visit moved on', async () => {
    const i18n = i18next.createInstance();
    await i18n.init({
      lng: 'en',
      resources: { en: { translation: en }, sv: { translation: sv }, nb: { translation: nb } },
      interpolation: { escapeValue: false },
    });
    const cases = [
      conflict('ritual_transition', { capacity: 40, registered: 40 }),
      conflict('ritual_transition', { startsAt: '2026-12-10T08:00:00.000Z' }),
      conflict('ritual_transition', undefined),
      conflict('visit_transition', { status: 'proposed' }),
      conflict('visit_transition', { period: '2026-W50' }),
      conflict('visit_transition', { status: 'done', allowed: [] }),
    ];
    expect(cases.map((e) => errorMessage(e, i18n.t))).toEqual([
      'The seminar is full: 40 places are taken.',
      'Follow-ups are given once the seminar has begun.',
      'That is not possible at this stage of the ritual. Reload to see where it stands.',
      'Pick the visit’s customer first.',
      'The scheme does not pair anyone in that week.',
      'The joint visit has moved on meanwhile, so that is not possible now. Reload to see where it stands.',
    ]);
    for (const lng of ['sv', 'nb']) {
      await i18n.changeLanguage(lng);
      const texts = cases.map((e) => errorMessage(e, i18n.t));
      expect(texts[0]).toContain('40');
      expect(new Set(texts).size).toBe(cases.length);
      expect(texts).not.toContain(i18n.t('errors.unknown'));
      expect(texts.some((x) => x.includes('errors.'))).toBe(false);
    }
  });
});
