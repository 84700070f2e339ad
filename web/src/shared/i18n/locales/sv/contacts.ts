import type { Messages } from '../en';

/** Kontaktlistan och kontaktsidan (svenska). */
export const contacts: Messages['contacts'] = {
  description: 'Personerna hos era kunder, deras roll i köpet och vilka säljgrupper som känner dem.',
  export: 'Exportera CSV',
  call: 'Ring {{name}}',
  mail: 'Mejla {{name}}',
  noGroups: 'Ingen ännu',
  lastInTouch: 'Senaste kontakt {{date}}',
  filters: {
    search: 'Sök',
    searchPlaceholder: 'Namn, titel eller e-post',
    role: 'Roll i köpet',
    allRoles: 'Alla roller',
    account: 'Kund',
    anyAccount: 'Alla kunder',
    sort: 'Sortera efter',
  },
  sort: {
    name: 'Namn',
    newest: 'Nyast först',
  },
  columns: {
    name: 'Namn',
    role: 'Roll i köpet',
    account: 'Kund',
    groups: 'Grupper i kontakt',
    reach: 'Kontaktuppgifter',
  },
  empty: {
    title: 'Inga kontaktpersoner ännu',
    text: 'Kontaktpersoner läggs till på kundens sida, eller importeras.',
    filteredTitle: 'Inga kontaktpersoner matchar',
    filteredText: 'Prova en annan sökning, eller ta bort ett filter.',
  },
};

export const contact: Messages['contact'] = {
  notFound: {
    title: 'Kontaktpersonen finns inte',
    text: 'Personen kan ha tagits bort, eller så är länken fel.',
    back: 'Till kontaktpersonerna',
  },
  facts: {
    email: 'E-post',
    phone: 'Telefon',
    added: 'Tillagd',
    groups: 'Grupper i kontakt',
  },
};
