import type { Messages } from '../en';

/** Internasjonale kunder: dekning av konsernets datterselskaper, konflikter (norsk bokmål). */
export const coverage: Messages['coverage'] = {
  title: 'Internasjonale kunder',
  description: 'Konsern: hvilket markedsteam og hvilken selger som bearbeider hvert datterselskap, og salg som bearbeides parallelt.',
  titleFor: 'Dekning: {{name}}',
  marketTeam: 'teamet i {{market}}',
  outsideTitle: '{{coverer}} har ansvaret for kunden',
  outsideText:
    'Kunden hører til markedet {{market}}, ikke ditt. Du kan fortsatt jobbe her — alle ser alle henvendelser — men {{coverer}} og den globale kundeansvarlige {{owner}} får vite om møtene og salgsmulighetene du registrerer.',
  noOwner: '(ingen utpekt)',
  partOf: 'Del av',
  coveredBy: '{{coverer}} har ansvaret ({{market}})',
  open: 'Dekning',
  globalOwner: 'Global kundeansvarlig',
  rules: {
    title: 'Dekningsregler',
    text: 'Hvilket markedsteam som bearbeider konsernets datterselskaper i hvert marked — og, per salgsgruppe, hvilken selger.',
    market: 'Marked',
    salesGroup: 'Salgsgruppe',
    allGroups: 'Alle salgsgrupper',
    seller: 'Selger',
    marketTeam: 'Markedets team',
    add: 'Legg til regel',
    remove: 'Fjern regelen',
    save: 'Lagre reglene',
    saved: 'Dekningsreglene er lagret',
    empty: 'Ingen regler ennå: hvem som helst kan bearbeide datterselskapene uten at noen får vite det.',
    readOnly: 'Den globale kundeansvarlige, salgslederen deres eller en administrator setter reglene.',
  },
  conflicts: {
    title: 'Bearbeides parallelt',
    text: 'Åpne salgsmuligheter for samme produkt hos ett konsern fra selgere i ulike markeder.',
    empty: 'Ingen parallelle salgsmuligheter.',
    product: 'Produkt',
    deals: 'Salgsmuligheter',
  },
};
