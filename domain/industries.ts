/**
 * Industry as a controlled list (A1): the sections A–U of NACE Rev. 2, the level the Swedish SNI 2007
 * and the Norwegian SN2007 share. Accounts, leads and interview insights store the section's letter;
 * the web shows its name in the user's language. `industryFromText` reads what people and other CRMs
 * write ("IT", "Tillverkning", "Manufacturing", "62.01") as a code — for imports and for the
 * migration of the free text stored before (server/db/migrations: `korsa_industry_code`, the same
 * mapping in SQL, checked against this one by test/api/industries.test.ts).
 */
import type { Locale } from './people';

export const industryCodes = [
  'A',
  'B',
  'C',
  'D',
  'E',
  'F',
  'G',
  'H',
  'I',
  'J',
  'K',
  'L',
  'M',
  'N',
  'O',
  'P',
  'Q',
  'R',
  'S',
  'T',
  'U',
] as const;
export type IndustryCode = (typeof industryCodes)[number];

export function isIndustryCode(value: unknown): value is IndustryCode {
  return typeof value === 'string' && (industryCodes as readonly string[]).includes(value);
}

/** The official section titles: NACE Rev. 2 (Eurostat), SNI 2007 (SCB), SN2007 (SSB). */
export const industryNames: Record<IndustryCode, Record<Locale, string>> = {
  A: { en: 'Agriculture, forestry and fishing', sv: 'Jordbruk, skogsbruk och fiske', nb: 'Jordbruk, skogbruk og fiske' },
  B: { en: 'Mining and quarrying', sv: 'Utvinning av mineral', nb: 'Bergverksdrift og utvinning' },
  C: { en: 'Manufacturing', sv: 'Tillverkning', nb: 'Industri' },
  D: {
    en: 'Electricity, gas, steam and air conditioning supply',
    sv: 'Försörjning av el, gas, värme och kyla',
    nb: 'Elektrisitets-, gass-, damp- og varmtvannsforsyning',
  },
  E: {
    en: 'Water supply; sewerage, waste management and remediation',
    sv: 'Vattenförsörjning; avloppsrening, avfallshantering och sanering',
    nb: 'Vannforsyning, avløps- og renovasjonsvirksomhet',
  },
  F: { en: 'Construction', sv: 'Byggverksamhet', nb: 'Bygge- og anleggsvirksomhet' },
  G: {
    en: 'Wholesale and retail trade; repair of motor vehicles',
    sv: 'Handel; reparation av motorfordon och motorcyklar',
    nb: 'Varehandel, reparasjon av motorvogner',
  },
  H: { en: 'Transportation and storage', sv: 'Transport och magasinering', nb: 'Transport og lagring' },
  I: {
    en: 'Accommodation and food service activities',
    sv: 'Hotell- och restaurangverksamhet',
    nb: 'Overnattings- og serveringsvirksomhet',
  },
  J: { en: 'Information and communication', sv: 'Informations- och kommunikationsverksamhet', nb: 'Informasjon og kommunikasjon' },
  K: { en: 'Financial and insurance activities', sv: 'Finans- och försäkringsverksamhet', nb: 'Finansierings- og forsikringsvirksomhet' },
  L: { en: 'Real estate activities', sv: 'Fastighetsverksamhet', nb: 'Omsetning og drift av fast eiendom' },
  M: {
    en: 'Professional, scientific and technical activities',
    sv: 'Verksamhet inom juridik, ekonomi, vetenskap och teknik',
    nb: 'Faglig, vitenskapelig og teknisk tjenesteyting',
  },
  N: {
    en: 'Administrative and support service activities',
    sv: 'Uthyrning, fastighetsservice, resetjänster och andra stödtjänster',
    nb: 'Forretningsmessig tjenesteyting',
  },
  O: {
    en: 'Public administration and defence',
    sv: 'Offentlig förvaltning och försvar',
    nb: 'Offentlig administrasjon og forsvar',
  },
  P: { en: 'Education', sv: 'Utbildning', nb: 'Undervisning' },
  Q: { en: 'Human health and social work activities', sv: 'Vård och omsorg; sociala tjänster', nb: 'Helse- og sosialtjenester' },
  R: { en: 'Arts, entertainment and recreation', sv: 'Kultur, nöje och fritid', nb: 'Kulturell virksomhet, underholdning og fritid' },
  S: { en: 'Other service activities', sv: 'Annan serviceverksamhet', nb: 'Annen tjenesteyting' },
  T: { en: 'Activities of households as employers', sv: 'Förvärvsarbete i hushåll', nb: 'Lønnet arbeid i private husholdninger' },
  U: {
    en: 'Activities of extraterritorial organisations',
    sv: 'Verksamhet vid internationella organisationer',
    nb: 'Internasjonale organisasjoner og organer',
  },
};

export function industryName(code: IndustryCode, locale: Locale): string {
  return industryNames[code][locale];
}

/** What people and other CRMs call the sections (en, sv, nb), besides the titles above. */
// prettier-ignore
const synonyms: Record<IndustryCode, readonly string[]> = {
  A: ['agriculture', 'farming', 'forestry', 'fishing', 'fishery', 'aquaculture', 'jordbruk', 'lantbruk', 'landbruk', 'skogsbruk', 'skogbruk', 'fiske', 'havbruk', 'fiskeri'],
  B: ['mining', 'quarrying', 'oil & gas', 'oil', 'petroleum', 'gruvdrift', 'gruvor', 'gruvindustri', 'bergverk', 'olja & gas', 'olje & gass'],
  C: ['manufacturing', 'industry', 'industrial', 'production', 'automotive', 'pharmaceuticals', 'tillverkning', 'tillverkningsindustri', 'industri', 'produktion', 'produksjon', 'fordonsindustri', 'verkstadsindustri'],
  D: ['energy', 'electricity', 'utilities', 'utility', 'power', 'energi', 'el', 'elforsorjning', 'kraft', 'kraftforsyning', 'energy & utilities'],
  E: ['water', 'waste', 'waste management', 'recycling', 'vatten', 'avfall', 'atervinning', 'vann', 'renovasjon', 'gjenvinning'],
  F: ['construction', 'building', 'bygg', 'byggnation', 'bygg & anlaggning', 'bygg & anlegg', 'anlegg', 'entreprenad', 'byggindustri'],
  G: ['retail', 'wholesale', 'trade', 'commerce', 'e-commerce', 'ecommerce', 'detaljhandel', 'partihandel', 'grosshandel', 'handel', 'varehandel', 'e-handel', 'ehandel', 'butikk'],
  H: ['transport', 'transportation', 'logistics', 'shipping', 'storage', 'logistik', 'logistikk', 'frakt', 'spedition', 'transport & logistik', 'transport & logistikk', 'transport & storage', 'transport & logistics', 'warehousing', 'lager'],
  I: ['hospitality', 'hotels', 'hotel', 'restaurants', 'restaurant', 'tourism', 'food service', 'hotell', 'restaurang', 'hotell & restaurang', 'besoksnaring', 'reiseliv', 'turism', 'turisme'],
  J: ['it', 'ict', 'tech', 'technology', 'information technology', 'software', 'telecom', 'telecommunications', 'media', 'publishing', 'it & telecom', 'it & telekom', 'telekom', 'telekommunikation', 'ikt', 'programvara', 'mjukvara', 'programvare'],
  K: ['finance', 'financial services', 'banking', 'bank', 'insurance', 'finans', 'bank & finans', 'forsakring', 'forsikring'],
  L: ['real estate', 'property', 'properties', 'fastigheter', 'fastighet', 'eiendom', 'fast eiendom'],
  M: ['professional services', 'consulting', 'consultancy', 'legal', 'law', 'accounting', 'engineering', 'architecture', 'konsult', 'konsulting', 'radgivning', 'juridik', 'revision', 'redovisning', 'regnskap', 'advokat'],
  N: ['administrative services', 'business services', 'staffing', 'recruitment', 'facility services', 'security services', 'bemanning', 'rekrytering', 'stodtjanster', 'utleie'],
  O: ['public sector', 'government', 'public administration', 'defence', 'defense', 'offentlig sektor', 'offentlig forvaltning', 'myndighet', 'kommun', 'kommune', 'forsvar'],
  P: ['education', 'schools', 'school', 'university', 'utbildning', 'skola', 'undervisning', 'utdanning', 'skole'],
  Q: ['healthcare', 'health care', 'health', 'medical', 'social work', 'care', 'vard', 'sjukvard', 'halsa', 'omsorg', 'vard & omsorg', 'helse', 'helsevesen', 'helse & omsorg'],
  R: ['arts', 'entertainment', 'recreation', 'culture', 'sports', 'sport', 'kultur', 'noje', 'fritid', 'idrett'],
  S: ['other services', 'annan service', 'annen tjenesteyting', 'personal services', 'hairdressing', 'frisor'],
  T: ['households', 'private households', 'hushall', 'husholdninger'],
  U: ['extraterritorial organisations', 'international organisations', 'embassies', 'internationella organisationer', 'ambassader'],
};

/**
 * Text as the mapping compares it: lower case without accents (å, ä → a; ö, ø → o; æ → ae), every
 * run of other characters one space, and "and", "och", "og" the same as "&". The migration's SQL
 * (`korsa_industry_fold`) does the same with `unaccent` and regular expressions.
 */
export function foldIndustry(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/ø/g, 'o')
    .replace(/æ/g, 'ae')
    .replace(/&/g, ' & ')
    .replace(/[^a-z0-9&]+/g, ' ')
    .trim()
    .split(' ')
    .map((w) => (w === 'and' || w === 'och' || w === 'og' ? '&' : w))
    .join(' ');
}

/** Every folded term (titles in en, sv, nb and synonyms) with its section. */
export const industryTerms: ReadonlyMap<string, IndustryCode> = (() => {
  const terms = new Map<string, IndustryCode>();
  for (const code of industryCodes) {
    for (const name of Object.values(industryNames[code])) terms.set(foldIndustry(name), code);
    for (const s of synonyms[code]) terms.set(foldIndustry(s), code);
  }
  return terms;
})();

/** NACE divisions (two digits) by section: 01–03 are A, 05–09 B, … */
// prettier-ignore
const divisionsFrom: readonly [number, IndustryCode][] = [
  [1, 'A'], [5, 'B'], [10, 'C'], [35, 'D'], [36, 'E'], [41, 'F'], [45, 'G'], [49, 'H'], [55, 'I'], [58, 'J'], [64, 'K'],
  [68, 'L'], [69, 'M'], [77, 'N'], [84, 'O'], [85, 'P'], [86, 'Q'], [90, 'R'], [94, 'S'], [97, 'T'], [99, 'U'],
];

/** Two-digit numbers that are no NACE division. */
const noDivision = new Set([0, 4, 34, 40, 44, 48, 54, 57, 67, 76, 83, 89]);

function sectionOfDivision(division: number): IndustryCode | null {
  if (noDivision.has(division)) return null;
  let found: IndustryCode | null = null;
  for (const [from, code] of divisionsFrom) if (division >= from) found = code;
  return found;
}

/**
 * The section a free text names, or null: a section letter ("C"), a NACE/SNI/SN2007 code whose first
 * two digits are the division ("62", "62.01", "62010"), a section title in English, Swedish or
 * Norwegian or a common synonym ("IT", "Tillverkning", "Detaljhandel"), or a letter with its own
 * name ("C Manufacturing", "C – Tillverkning"). Case, accents and punctuation do not matter.
 */
export function industryFromText(text: string | null | undefined): IndustryCode | null {
  if (!text) return null;
  const folded = foldIndustry(text);
  if (/^[a-u]$/.test(folded)) return folded.toUpperCase() as IndustryCode;
  const division = /^(\d{2})(\d*)( \d+)*$/.exec(folded);
  if (division) return sectionOfDivision(Number(division[1]));
  const named = industryTerms.get(folded);
  if (named) return named;
  const lettered = /^([a-u]) (.+)$/.exec(folded);
  if (lettered && industryTerms.get(lettered[2]!) === lettered[1]!.toUpperCase()) return lettered[1]!.toUpperCase() as IndustryCode;
  return null;
}
