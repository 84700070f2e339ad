import type { Messages } from '../en';

/** Produktkatalogen och produktkorten (svenska). */
export const products: Messages['products'] = {
  passTip: 'Tipsa om den här produkten',
  title: 'Produkter',
  description: 'Vad varje säljgrupp säljer. Läs ett kort på en minut så vet du när en kund kan behöva produkten – och kan skicka ett tips.',
  search: 'Sök produkter',
  allGroups: 'Alla grupper',
  languageNames: {
    en: 'engelska',
    sv: 'svenska',
    nb: 'norska',
  },
  notTranslated: 'Kortet är inte skrivet på ditt språk ännu',
  empty: {
    title: 'Inga produkter matchar',
    text: 'Prova ett annat ord, eller visa alla grupper.',
  },
  notFound: {
    title: 'Produkten finns inte',
    text: 'Den kan ha tagits bort, eller så är länken fel.',
    back: 'Till produkterna',
  },
  card: {
    language: 'Kortets språk',
    whatItIs: 'Vad det är',
    benefits: 'Därför köper kunderna',
    signals: 'Tecken på att kunden kan behöva det',
    questions: 'Frågor att ställa',
    tip: 'Hör du ett behov? Skicka ett tips till gruppen som säljer produkten.',
    fallback: 'Kortet är inte skrivet på {{wanted}} ännu, så det visas på {{shown}}.',
    missingTitle: 'Inget produktkort ännu',
  },
  editor: {
    open: 'Redigera kortet',
    title: 'Produktkort: {{name}}',
    add: 'Lägg till',
    remove: 'Ta bort {{item}}',
    save: 'Spara på {{language}}',
    saved: 'Kortet sparades på {{language}}',
    startFromEnglish: 'Utgå från den engelska texten',
    listCount: 'Ange mellan 1 och 8',
    questionsCount: 'Ange 3–5 frågor',
    hint: {
      whatItIs: 'Två eller tre enkla meningar som en säljare i en annan grupp förstår.',
      benefits: 'Vad kunden vinner – högst 8.',
      signals: 'Vad en säljare kan se eller höra som tyder på ett behov – högst 8.',
      questions: '3–5 lätta frågor på affärsnivå.',
    },
    item: {
      benefits: 'Fördel {{n}}',
      signals: 'Tecken {{n}}',
      questions: 'Fråga {{n}}',
    },
  },
};
