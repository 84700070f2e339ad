import { describe, expect, it } from 'vitest';
import { cardFor } from './cardFor';

const card = (word: string) => ({ whatItIs: word, benefits: [word], signals: [word], questions: [word, word, word] });

describe('which knowledge card a reader sees', () => {
  it('shows the card in the reader’s language', () => {
    expect(cardFor({ card: { en: card('en'), sv: card('sv') } }, 'sv')).toMatchObject({ locale: 'sv', fallback: false });
  });

  it('falls back to English and says so', () => {
    expect(cardFor({ card: { en: card('en') } }, 'nb')).toMatchObject({ locale: 'en', fallback: true });
  });

  it('shows any language rather than nothing, and nothing when there is no card', () => {
    expect(cardFor({ card: { sv: card('sv') } }, 'nb')).toMatchObject({ locale: 'sv', fallback: true });
    expect(cardFor({ card: {} }, 'en')).toBeNull();
  });
});
