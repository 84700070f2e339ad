import type { Messages } from '../en';

/** Snabbloggning, kommandopaletten och sökningen (svenska). */
export const capture: Messages['capture'] = {
  title: 'Logga aktivitet',
  shortcut: 'L eller Ctrl/⌘+J',
  button: 'Logga',
  buttonHint: 'Logga ett samtal eller möte (L eller {{mod}}+J)',
  account: 'Kund',
  accountPlaceholder: 'Skriv ett företagsnamn',
  accountRequired: 'Välj kund',
  subject: 'Vad hände?',
  subjectRequired: 'Skriv en rad om det',
  as: 'Som {{name}} · {{group}}',
  save: 'Spara',
  followUp: {
    label: 'Följ upp',
    none: 'Ingen uppföljning',
    inDays_one: 'I morgon',
    inDays_other: 'Om {{count}} dagar',
    title: 'Följ upp: {{subject}}',
  },
  hints: {
    save: 'sparar',
    type: 'byter typ',
    close: 'stänger',
  },
  saved: {
    open: 'Öppna kunden',
  },
  palette: {
    open: 'Sök…',
    label: 'Sök kunder, kontaktpersoner och kommandon',
    placeholder: 'Sök kunder och kontaktpersoner, eller skriv ett kommando',
    nothing: 'Inget hittades. Kontrollera stavningen, eller prova en del av namnet.',
    accounts: 'Kunder',
    contacts: 'Kontaktpersoner',
    actions: 'Kommandon',
    log: 'Logga ett samtal, möte eller en anteckning',
    logHint: 'Kortkommando: L',
    newAccount: 'Ny kund',
    goAccounts: 'Gå till kunder',
    goContacts: 'Gå till kontaktpersoner',
    goProducts: 'Gå till produkter',
    goImport: 'Importera en CSV-fil',
    newTask: 'Ny uppgift',
    opportunities: 'Affärsmöjligheter',
  },
};

export const search: Messages['search'] = {
  noAccounts: 'Ingen kund hittades',
};
