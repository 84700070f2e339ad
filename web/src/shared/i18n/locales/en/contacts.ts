/** The contact list and contact page (English). */
export const contacts = {
  description: 'The people at your customers, their role in buying, and which sales groups know them.',
  export: 'Export CSV',
  call: 'Call {{name}}',
  mail: 'E-mail {{name}}',
  noGroups: 'No one yet',
  lastInTouch: 'Last in touch {{date}}',
  filters: {
    search: 'Search',
    searchPlaceholder: 'Name, title or e-mail',
    role: 'Role in buying',
    allRoles: 'All roles',
    account: 'Account',
    anyAccount: 'Any account',
    sort: 'Sort by',
  },
  sort: {
    name: 'Name',
    newest: 'Newest first',
  },
  columns: {
    name: 'Name',
    role: 'Role in buying',
    account: 'Account',
    groups: 'Groups in touch',
    reach: 'Contact details',
  },
  empty: {
    title: 'No contacts yet',
    text: 'Contacts are added on their account’s page, or imported.',
    filteredTitle: 'No contacts match',
    filteredText: 'Try another search, or clear a filter.',
  },
};

export const contact = {
  notFound: {
    title: 'Contact not found',
    text: 'They may have been removed, or the link is wrong.',
    back: 'Go to contacts',
  },
  facts: {
    email: 'E-mail',
    phone: 'Phone',
    added: 'Added',
    groups: 'Groups in touch',
  },
};
