import type { Messages } from '../en';

/** Kontaktlisten og kontaktsiden (norsk bokmål). */
export const contacts: Messages['contacts'] = {
  description: 'Personene hos kundene deres, rollen deres i kjøpet og hvilke salgsgrupper som kjenner dem.',
  export: 'Eksporter CSV',
  call: 'Ring {{name}}',
  mail: 'Send e-post til {{name}}',
  noGroups: 'Ingen ennå',
  lastInTouch: 'Siste kontakt {{date}}',
  filters: {
    search: 'Søk',
    searchPlaceholder: 'Navn, tittel eller e-post',
    role: 'Rolle i kjøpet',
    allRoles: 'Alle roller',
    account: 'Kunde',
    anyAccount: 'Alle kunder',
    sort: 'Sorter etter',
  },
  sort: {
    name: 'Navn',
    newest: 'Nyeste først',
  },
  columns: {
    name: 'Navn',
    role: 'Rolle i kjøpet',
    account: 'Kunde',
    groups: 'Grupper i kontakt',
    reach: 'Kontaktinformasjon',
  },
  empty: {
    title: 'Ingen kontaktpersoner ennå',
    text: 'Kontaktpersoner legges til på kundens side, eller importeres.',
    filteredTitle: 'Ingen kontaktpersoner passer',
    filteredText: 'Prøv et annet søk, eller fjern et filter.',
  },
};

export const contact: Messages['contact'] = {
  notFound: {
    title: 'Fant ikke kontaktpersonen',
    text: 'Personen kan være slettet, eller lenken er feil.',
    back: 'Til kontaktpersonene',
  },
  facts: {
    email: 'E-post',
    phone: 'Telefon',
    added: 'Lagt til',
    groups: 'Grupper i kontakt',
  },
};
