import type { Messages } from '../en';

/** Egna fält på konton, kontakter och affärer (svenska). */
export const customFields: Messages['customFields'] = {
  title: 'Egna fält',
  description: 'Egna fält på konton, kontakter och affärer: visas, redigeras, filtreras, importeras och exporteras som de inbyggda.',
  entityLabel: 'Typ av post',
  entities: { account: 'Konton', contact: 'Kontakter', opportunity: 'Affärer' },
  new: { account: 'Nytt kontofält', contact: 'Nytt kontaktfält', opportunity: 'Nytt affärsfält' },
  edit: 'Ändra fältet',
  empty: 'Inga egna fält ännu.',
  archived: 'Arkiverat',
  archive: 'Arkivera',
  restore: 'Återställ',
  change: 'Ändra',
  moveUp: 'Flytta {{label}} uppåt',
  moveDown: 'Flytta {{label}} nedåt',
  save: 'Spara fältet',
  saved: 'Fältet sparades',
  none: 'Inget',
  any: 'Alla',
  columns: { label: 'Etikett', key: 'Nyckel', type: 'Typ', actions: 'Åtgärder' },
  types: { text: 'Text', number: 'Tal', date: 'Datum', choice: 'Val' },
  form: {
    label: { en: 'Etikett på engelska', sv: 'Etikett på svenska', nb: 'Etikett på norska' },
    labelNeeded: 'Ge fältet en etikett på minst ett språk.',
    key: 'Nyckel',
    keyHelp: 'Namnger fältet i API:t, importer och filter; den kan inte ändras senare.',
    type: 'Typ',
    choices: 'Val',
    addChoice: 'Lägg till ett val',
    removeChoice: 'Ta bort valet {{name}}',
  },
};
