import { describe, expect, it } from 'vitest';
import { foldIndustry, industryCodes, industryFromText, industryName, industryNames, industryTerms } from './industries';

describe('industries (NACE Rev. 2 sections)', () => {
  it('has the 21 sections A–U, each named in en, sv and nb', () => {
    expect(industryCodes).toHaveLength(21);
    for (const code of industryCodes) for (const locale of ['en', 'sv', 'nb'] as const) expect(industryName(code, locale)).not.toBe('');
    expect(industryName('C', 'sv')).toBe('Tillverkning');
    expect(industryName('C', 'nb')).toBe('Industri');
  });

  it('folds case, accents, punctuation and the words for "and"', () => {
    expect(foldIndustry('  Försörjning av El,  Gas ')).toBe('forsorjning av el gas');
    expect(foldIndustry('Bygg- og Anlegg')).toBe('bygg & anlegg');
    expect(foldIndustry('IT&Telecom')).toBe('it & telecom');
    expect(foldIndustry('Lønnet arbeid; Æ')).toBe('lonnet arbeid ae');
  });

  it('reads the common words in English, Swedish and Norwegian as the same section', () => {
    const cases: [string, string][] = [
      ['IT', 'J'],
      ['it', 'J'],
      ['IT & Telecom', 'J'],
      ['Software', 'J'],
      ['Tillverkning', 'C'],
      ['Manufacturing', 'C'],
      ['manufacturing', 'C'],
      ['Industri', 'C'],
      ['Retail', 'G'],
      ['Detaljhandel', 'G'],
      ['DETALJHANDEL', 'G'],
      ['Varehandel', 'G'],
      ['Logistics', 'H'],
      ['Logistik', 'H'],
      ['Transport och magasinering', 'H'],
      ['Transport and storage', 'H'],
      ['Hälsa', 'Q'],
      ['Halsa', 'Q'],
      ['Helse- og sosialtjenester', 'Q'],
      ['Vård och omsorg; sociala tjänster', 'Q'],
      ['Fastighetsverksamhet', 'L'],
      ['Real estate', 'L'],
      ['Public sector', 'O'],
      ['Offentlig sektor', 'O'],
      ['Bygg & anläggning', 'F'],
      ['Construction', 'F'],
      ['Finance', 'K'],
      ['Försäkring', 'K'],
      ['Energy', 'D'],
      ['Professional services', 'M'],
      ['Hospitality', 'I'],
      ['Overnattings- og serveringsvirksomhet', 'I'],
    ];
    for (const [text, code] of cases) expect([text, industryFromText(text)]).toEqual([text, code]);
  });

  it('reads every section title in every language as its own section', () => {
    for (const code of industryCodes) for (const name of Object.values(industryNames[code])) expect(industryFromText(name)).toBe(code);
  });

  it('reads section letters, divisions and a letter with its name', () => {
    expect(industryFromText('c')).toBe('C');
    expect(industryFromText(' U ')).toBe('U');
    expect(industryFromText('62')).toBe('J');
    expect(industryFromText('62.01')).toBe('J');
    expect(industryFromText('47111')).toBe('G');
    expect(industryFromText('01.1')).toBe('A');
    expect(industryFromText('99')).toBe('U');
    expect(industryFromText('C Manufacturing')).toBe('C');
    expect(industryFromText('C – Tillverkning')).toBe('C');
    expect(industryFromText('J: IT')).toBe('J');
  });

  it('leaves what names no section unmatched', () => {
    for (const text of ['', '   ', 'Food', 'Quantum widgets', 'V', 'Z', '04', '00', '2', 'C Retail', null, undefined])
      expect([text, industryFromText(text)]).toEqual([text, null]);
  });

  it('keeps every term to one section', () => {
    expect(new Set(industryTerms.values()).size).toBe(21);
    expect(industryTerms.get('handel')).toBe('G');
  });
});
