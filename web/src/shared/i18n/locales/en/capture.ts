/** Quick-log, the command palette and search (English). */
export const capture = {
  title: 'Log activity',
  shortcut: 'L or Ctrl/⌘+J',
  button: 'Log',
  buttonHint: 'Log a call or meeting (L or {{mod}}+J)',
  account: 'Account',
  accountPlaceholder: 'Type a company name',
  accountRequired: 'Choose the account',
  subject: 'What happened?',
  subjectRequired: 'Write a line about it',
  as: 'As {{name}} · {{group}}',
  save: 'Save',
  followUp: {
    label: 'Follow up',
    none: 'No follow-up',
    inDays_one: 'Tomorrow',
    inDays_other: 'In {{count}} days',
    title: 'Follow up: {{subject}}',
  },
  hints: {
    save: 'saves',
    type: 'changes the type',
    close: 'closes',
  },
  saved: {
    open: 'Open the account',
  },
  palette: {
    open: 'Search…',
    label: 'Search accounts, contacts and commands',
    placeholder: 'Search accounts and contacts, or type a command',
    nothing: 'Nothing found. Check the spelling, or try part of the name.',
    accounts: 'Accounts',
    contacts: 'Contacts',
    actions: 'Commands',
    log: 'Log a call, meeting or note',
    logHint: 'Shortcut: L',
    newAccount: 'New account',
    goAccounts: 'Go to accounts',
    goContacts: 'Go to contacts',
    goProducts: 'Go to products',
    goImport: 'Import a CSV file',
    newTask: 'New task',
    opportunities: 'Opportunities',
  },
};

export const search = {
  noAccounts: 'No account found',
};
