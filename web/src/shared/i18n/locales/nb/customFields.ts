import type { Messages } from '../en';

/** Egne felt på kontoer, kontakter og salgsmuligheter (norsk bokmål). */
export const customFields: Messages['customFields'] = {
  title: 'Egne felt',
  description:
    'Egne felt på kontoer, kontakter og salgsmuligheter: vises, redigeres, filtreres, importeres og eksporteres som de innebygde.',
  entityLabel: 'Type post',
  entities: { account: 'Kontoer', contact: 'Kontakter', opportunity: 'Salgsmuligheter' },
  new: { account: 'Nytt kontofelt', contact: 'Nytt kontaktfelt', opportunity: 'Nytt felt for salgsmuligheter' },
  edit: 'Endre feltet',
  empty: 'Ingen egne felt ennå.',
  archived: 'Arkivert',
  archive: 'Arkiver',
  restore: 'Gjenopprett',
  change: 'Endre',
  moveUp: 'Flytt {{label}} opp',
  moveDown: 'Flytt {{label}} ned',
  save: 'Lagre feltet',
  saved: 'Feltet ble lagret',
  none: 'Ingen',
  any: 'Alle',
  columns: { label: 'Etikett', key: 'Nøkkel', type: 'Type', actions: 'Handlinger' },
  types: { text: 'Tekst', number: 'Tall', date: 'Dato', choice: 'Valg' },
  form: {
    label: { en: 'Etikett på engelsk', sv: 'Etikett på svensk', nb: 'Etikett på norsk' },
    labelNeeded: 'Gi feltet en etikett på minst ett språk.',
    key: 'Nøkkel',
    keyHelp: 'Navngir feltet i API-et, importer og filtre; den kan ikke endres senere.',
    type: 'Type',
    choices: 'Valg',
    addChoice: 'Legg til et valg',
    removeChoice: 'Fjern valget {{name}}',
  },
};
