import type { Messages } from '../en';

/** Hurtiglogging, kommandopaletten og søket (norsk bokmål). */
export const capture: Messages['capture'] = {
  title: 'Logg aktivitet',
  shortcut: 'L eller Ctrl/⌘+J',
  button: 'Logg',
  buttonHint: 'Logg en samtale eller et møte (L eller {{mod}}+J)',
  account: 'Kunde',
  accountPlaceholder: 'Skriv et firmanavn',
  accountRequired: 'Velg kunde',
  subject: 'Hva skjedde?',
  subjectRequired: 'Skriv en linje om det',
  as: 'Som {{name}} · {{group}}',
  save: 'Lagre',
  followUp: {
    label: 'Følg opp',
    none: 'Ingen oppfølging',
    inDays_one: 'I morgen',
    inDays_other: 'Om {{count}} dager',
    title: 'Følg opp: {{subject}}',
  },
  hints: {
    save: 'lagrer',
    type: 'bytter type',
    close: 'lukker',
  },
  saved: {
    open: 'Åpne kunden',
  },
  palette: {
    open: 'Søk …',
    label: 'Søk i kunder, kontaktpersoner og kommandoer',
    placeholder: 'Søk i kunder og kontaktpersoner, eller skriv en kommando',
    nothing: 'Fant ingenting. Sjekk stavemåten, eller prøv en del av navnet.',
    accounts: 'Kunder',
    contacts: 'Kontaktpersoner',
    actions: 'Kommandoer',
    log: 'Logg en samtale, et møte eller et notat',
    logHint: 'Hurtigtast: L',
    newAccount: 'Ny kunde',
    goAccounts: 'Gå til kunder',
    goContacts: 'Gå til kontaktpersoner',
    goProducts: 'Gå til produkter',
    goImport: 'Importer en CSV-fil',
    newTask: 'Ny oppgave',
    opportunities: 'Salgsmuligheter',
  },
};

export const search: Messages['search'] = {
  noAccounts: 'Fant ingen kunde',
};
