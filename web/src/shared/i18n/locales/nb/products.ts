import type { Messages } from '../en';

/** Produktkatalogen og produktkortene (norsk bokmål). */
export const products: Messages['products'] = {
  passTip: 'Tips om dette produktet',
  title: 'Produkter',
  description: 'Hva hver salgsgruppe selger. Les et kort på et minutt, så vet du når en kunde kan trenge produktet – og kan sende et tips.',
  search: 'Søk i produkter',
  allGroups: 'Alle grupper',
  languageNames: {
    en: 'engelsk',
    sv: 'svensk',
    nb: 'norsk',
  },
  notTranslated: 'Kortet er ikke skrevet på ditt språk ennå',
  empty: {
    title: 'Ingen produkter passer',
    text: 'Prøv et annet ord, eller vis alle grupper.',
  },
  notFound: {
    title: 'Fant ikke produktet',
    text: 'Det kan være slettet, eller lenken er feil.',
    back: 'Til produktene',
  },
  card: {
    language: 'Kortets språk',
    whatItIs: 'Hva det er',
    benefits: 'Derfor kjøper kundene',
    signals: 'Tegn på at kunden kan trenge det',
    questions: 'Spørsmål å stille',
    tip: 'Hører du et behov? Send et tips til gruppen som selger produktet.',
    fallback: 'Kortet er ikke skrevet på {{wanted}} ennå, så det vises på {{shown}}.',
    missingTitle: 'Ikke noe produktkort ennå',
  },
  editor: {
    open: 'Rediger kortet',
    title: 'Produktkort: {{name}}',
    add: 'Legg til',
    remove: 'Fjern {{item}}',
    save: 'Lagre på {{language}}',
    saved: 'Kortet ble lagret på {{language}}',
    startFromEnglish: 'Ta utgangspunkt i den engelske teksten',
    listCount: 'Oppgi mellom 1 og 8',
    questionsCount: 'Oppgi 3–5 spørsmål',
    hint: {
      whatItIs: 'To eller tre enkle setninger som en selger i en annen gruppe forstår.',
      benefits: 'Hva kunden vinner – høyst 8.',
      signals: 'Hva en selger kan se eller høre som tyder på et behov – høyst 8.',
      questions: '3–5 lette spørsmål på forretningsnivå.',
    },
    item: {
      benefits: 'Fordel {{n}}',
      signals: 'Tegn {{n}}',
      questions: 'Spørsmål {{n}}',
    },
  },
};
