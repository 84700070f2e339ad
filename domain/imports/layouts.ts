/**
 * Column layouts of common CRM exports, per entity: which header means which Korsa field.
 * Headers are compared normalised (lower case, letters and digits only), so "Account Name",
 * "account_name" and "Account: Account Name" all match.
 */
import { leadAliases, leadImportFields, leadRequired } from './leads';

export const importEntities = ['accounts', 'contacts', 'products', 'activities', 'opportunities', 'orders', 'invoices', 'leads'] as const;
export type ImportEntity = (typeof importEntities)[number];
export const importSources = ['generic', 'salesforce', 'hubspot', 'pipedrive'] as const;
export type ImportSource = (typeof importSources)[number];

export const entityFields = {
  accounts: [
    'sourceId',
    'name',
    'orgNumber',
    'industry',
    'size',
    'employees',
    'market',
    'street',
    'postalCode',
    'city',
    'country',
    'website',
    'phone',
    'parent',
  ],
  contacts: [
    'sourceId',
    'account',
    'accountSourceId',
    'firstName',
    'lastName',
    'fullName',
    'title',
    'buyingRole',
    'email',
    'phone',
    /** The lawful basis for marketing and the consent (GDPR, domain/consent.ts). */
    'marketingBasis',
    'consentStatus',
    'consentOn',
    'consentSource',
  ],
  products: ['sourceId', 'code', 'name', 'family', 'salesGroup', 'description'],
  activities: ['sourceId', 'account', 'accountSourceId', 'type', 'subject', 'body', 'occurredAt', 'contactEmail', 'authorEmail'],
  opportunities: [
    'sourceId',
    'account',
    'accountSourceId',
    'name',
    'stage',
    /** Open, won or lost where the CRM keeps it apart from the stage (Pipedrive): won and lost decide the stage. */
    'status',
    'value',
    'currency',
    'expectedCloseOn',
    /** The day a won or lost deal closed, where the CRM keeps it apart from the expected close date (Pipedrive). */
    'closedOn',
    'createdOn',
    'owner',
    'product',
    'contactEmail',
    'lostReason',
  ],
  /** Order lines (one file, or an order file joined with its lines): each order a won deal with its lines. */
  orders: [
    'sourceId',
    'account',
    'accountSourceId',
    'orderedOn',
    'product',
    'productCode',
    'quantity',
    'unitPrice',
    'amount',
    'currency',
    'owner',
  ],
  invoices: ['sourceId', 'account', 'accountSourceId', 'invoiceNumber', 'invoicedOn', 'product', 'amount', 'currency', 'description'],
  leads: leadImportFields,
} as const satisfies Record<ImportEntity, readonly string[]>;

export type FieldOf<E extends ImportEntity> = (typeof entityFields)[E][number];

/** Fields a row cannot do without (alternatives: one of the group is enough). */
export const requiredFields: Record<ImportEntity, string[][]> = {
  accounts: [['name']],
  contacts: [
    ['account', 'accountSourceId'],
    ['lastName', 'fullName'],
  ],
  products: [['name']],
  activities: [['account', 'accountSourceId'], ['subject'], ['occurredAt']],
  opportunities: [['account', 'accountSourceId'], ['stage']],
  orders: [['account', 'accountSourceId'], ['orderedOn'], ['product', 'productCode'], ['amount', 'unitPrice']],
  invoices: [['account', 'accountSourceId'], ['invoiceNumber'], ['invoicedOn'], ['amount']],
  leads: leadRequired,
};

type Aliases = Partial<Record<string, string[]>>;

const generic: Record<ImportEntity, Aliases> = {
  accounts: {
    sourceId: ['id', 'external id', 'source id', 'account id', 'customer id', 'customer number', 'company id'],
    name: ['name', 'account', 'account name', 'company', 'company name', 'organisation', 'organization', 'customer', 'customer name'],
    orgNumber: ['org number', 'organisation number', 'organization number', 'orgnr', 'vat number', 'registration number'],
    /** A Korsa export's "Industry" is the section's letter; its "Industry name" is read when the letter is gone. */
    industry: ['industry', 'sector', 'industry name'],
    size: ['size'],
    employees: ['employees', 'number of employees', 'headcount'],
    market: ['market'],
    street: ['street', 'address'],
    postalCode: ['postal code', 'zip', 'zip code', 'postcode'],
    city: ['city', 'town'],
    country: ['country', 'office location'],
    website: ['website', 'web', 'url', 'domain'],
    phone: ['phone', 'telephone'],
    parent: ['parent', 'parent account', 'subsidiary of'],
  },
  contacts: {
    sourceId: ['id', 'external id', 'source id', 'contact id', 'person id'],
    account: ['account', 'account name', 'company', 'company name', 'organisation', 'organization', 'customer', 'customer name'],
    accountSourceId: ['account id', 'customer id', 'company id', 'organisation id', 'organization id'],
    firstName: ['first name', 'firstname', 'given name'],
    lastName: ['last name', 'lastname', 'surname', 'family name'],
    fullName: ['name', 'full name', 'contact name'],
    title: ['title', 'job title', 'position', 'role title', 'contact title'],
    buyingRole: ['buying role', 'role'],
    email: ['email', 'e-mail', 'email address'],
    phone: ['phone', 'mobile', 'telephone'],
    marketingBasis: ['lawful basis', 'legal basis', 'marketing basis', 'basis for marketing'],
    consentStatus: ['consent', 'consent status', 'marketing consent'],
    consentOn: ['consent date', 'consent on', 'consent given on', 'consent day'],
    consentSource: ['consent source', 'source of consent'],
  },
  products: {
    sourceId: ['id', 'external id'],
    code: ['code', 'product code', 'sku', 'product id', 'item id', 'item number', 'article number', 'artikelnummer'],
    name: ['name', 'product', 'product name', 'item', 'item name'],
    family: ['family', 'product family', 'series', 'sub-category', 'subcategory', 'category', 'product category'],
    salesGroup: ['sales group', 'group', 'division'],
    description: ['description'],
  },
  activities: {
    sourceId: ['id', 'external id', 'activity id'],
    account: ['account', 'account name', 'company', 'organisation', 'organization'],
    accountSourceId: ['account id'],
    type: ['type', 'activity type'],
    subject: ['subject', 'title', 'summary'],
    body: ['body', 'notes', 'description', 'details'],
    occurredAt: ['date', 'occurred at', 'when', 'activity date', 'due date'],
    contactEmail: ['contact email', 'email'],
    authorEmail: ['owner email', 'author email', 'user email'],
  },
  opportunities: {
    sourceId: ['id', 'opportunity id', 'deal id', 'external id'],
    account: ['account', 'account name', 'company', 'organisation', 'organization'],
    accountSourceId: ['account id'],
    name: ['name', 'opportunity', 'opportunity name', 'deal', 'deal name', 'title'],
    stage: ['stage', 'deal stage', 'status'],
    value: ['value', 'amount', 'close value', 'deal value'],
    currency: ['currency'],
    expectedCloseOn: ['close date', 'expected close', 'expected close date'],
    createdOn: ['created', 'created on', 'engage date', 'created date', 'create date'],
    owner: ['owner', 'owner email', 'sales agent', 'seller', 'sales rep'],
    product: ['product', 'product name'],
    contactEmail: ['contact email', 'email'],
    lostReason: ['lost reason', 'loss reason'],
  },
  orders: {
    sourceId: ['order id', 'order', 'order number', 'order no', 'sales order', 'sales order number', 'ordernummer', 'ordrenummer'],
    account: ['customer', 'customer name', 'account', 'account name', 'company', 'company name', 'kund', 'kunde', 'kundnamn'],
    accountSourceId: ['customer id', 'account id', 'customer number', 'customer no', 'kundnummer', 'kundenummer', 'kundnr'],
    orderedOn: ['order date', 'ordered on', 'date', 'orderdatum', 'ordredato', 'datum', 'dato'],
    product: ['product', 'product name', 'item', 'item name', 'artikel', 'produkt', 'artikelnamn'],
    productCode: ['product id', 'product code', 'sku', 'item id', 'item number', 'artikelnummer', 'artikkelnummer', 'artnr'],
    quantity: ['quantity', 'qty', 'units', 'antal', 'antall', 'mangd'],
    unitPrice: ['unit price', 'price', 'a-pris', 'apris', 'styckpris', 'enhetspris'],
    amount: ['sales', 'amount', 'line amount', 'line total', 'net amount', 'total', 'revenue', 'belopp', 'beløp', 'summa', 'sum'],
    currency: ['currency', 'valuta'],
    owner: ['owner', 'sales rep', 'salesperson', 'seller', 'sales agent', 'säljare', 'selger'],
  },
  invoices: {
    sourceId: ['id', 'line id', 'invoice line id', 'external id'],
    account: ['account', 'account name', 'customer', 'customer name', 'company', 'kund', 'kunde'],
    accountSourceId: ['account id', 'customer id', 'customer number', 'kundnummer', 'kundenummer'],
    invoiceNumber: ['invoice', 'invoice number', 'invoice no', 'fakturanummer', 'fakturanr', 'faktura'],
    invoicedOn: ['invoice date', 'invoiced on', 'date', 'fakturadatum', 'fakturadato', 'datum', 'dato'],
    product: ['product', 'product name', 'product code', 'item', 'artikel', 'produkt'],
    amount: ['amount', 'net amount', 'net', 'line amount', 'total', 'belopp', 'beløp', 'summa', 'sum'],
    currency: ['currency', 'valuta'],
    description: ['description', 'text', 'line text', 'beskrivning', 'beskrivelse'],
  },
  leads: leadAliases.generic,
};

const vendor: Record<Exclude<ImportSource, 'generic'>, Record<ImportEntity, Aliases>> = {
  salesforce: {
    accounts: {
      sourceId: ['account id', 'id'],
      name: ['account name', 'account: account name', 'name'],
      industry: ['industry'],
      employees: ['numberofemployees', 'employees'],
      street: ['billingstreet', 'billing street'],
      postalCode: ['billingpostalcode', 'billing zip/postal code'],
      city: ['billingcity', 'billing city'],
      country: ['billingcountry', 'billing country'],
      website: ['website'],
      phone: ['phone', 'account: phone'],
      parent: ['parent account', 'parentid'],
    },
    contacts: {
      sourceId: ['contact id', 'id'],
      accountSourceId: ['accountid', 'account id'],
      account: ['account name', 'account: account name'],
      firstName: ['firstname', 'first name', 'contact: first name'],
      lastName: ['lastname', 'last name', 'contact: last name'],
      title: ['title', 'contact: title'],
      email: ['email', 'contact: email'],
      phone: ['phone', 'contact: phone', 'mobilephone', 'mobile'],
    },
    products: {
      sourceId: ['product id', 'id'],
      code: ['productcode', 'product code'],
      name: ['product name', 'name'],
      family: ['family', 'product family'],
      description: ['description'],
    },
    activities: {
      sourceId: ['activity id', 'id'],
      accountSourceId: ['accountid', 'whatid'],
      account: ['account name', 'company / account'],
      type: ['type', 'tasksubtype', 'task subtype'],
      subject: ['subject'],
      body: ['description', 'comments', 'full comments'],
      occurredAt: ['activitydate', 'activity date', 'date', 'date completed'],
      contactEmail: ['email', 'contact email'],
      authorEmail: ['assigned email', 'owner email'],
    },
    opportunities: {
      sourceId: ['opportunity id', 'id'],
      accountSourceId: ['accountid', 'account id'],
      account: ['account name', 'account: account name'],
      name: ['opportunity name', 'name'],
      stage: ['stagename', 'stage'],
      value: ['amount'],
      currency: ['currencyisocode', 'opportunity currency'],
      expectedCloseOn: ['closedate', 'close date'],
      createdOn: ['createddate', 'created date'],
      owner: ['opportunity owner', 'owner name', 'owneremail'],
      product: ['product name', 'product'],
      contactEmail: ['contact: email', 'email'],
      lostReason: ['loss reason', 'reason lost'],
    },
    orders: {},
    invoices: {},
    leads: leadAliases.salesforce,
  },
  hubspot: {
    accounts: {
      sourceId: ['record id', 'company id'],
      name: ['company name', 'name'],
      industry: ['industry'],
      employees: ['number of employees'],
      street: ['street address', 'address'],
      postalCode: ['postal code'],
      city: ['city'],
      country: ['country/region', 'country'],
      website: ['website url', 'company domain name'],
      phone: ['phone number'],
      parent: ['parent company'],
    },
    contacts: {
      sourceId: ['record id', 'contact id'],
      account: ['associated company', 'company name'],
      accountSourceId: ['associated company ids', 'associated company id'],
      firstName: ['first name'],
      lastName: ['last name'],
      title: ['job title'],
      email: ['email'],
      phone: ['phone number', 'mobile phone number'],
    },
    products: {
      sourceId: ['record id'],
      code: ['sku'],
      name: ['name', 'product name'],
      family: ['product type', 'folder'],
      description: ['description'],
    },
    activities: {
      sourceId: ['record id', 'activity id'],
      account: ['associated company', 'company name'],
      accountSourceId: ['associated company ids'],
      type: ['activity type', 'engagement type', 'type'],
      subject: ['subject', 'title', 'call title', 'meeting name'],
      body: ['body', 'notes', 'call notes', 'note body'],
      occurredAt: ['activity date', 'create date', 'timestamp'],
      contactEmail: ['associated contact email', 'email'],
      authorEmail: ['activity assigned to', 'owner email'],
    },
    opportunities: {
      sourceId: ['record id', 'deal id'],
      account: ['associated company', 'company name'],
      accountSourceId: ['associated company ids'],
      name: ['deal name'],
      stage: ['deal stage'],
      value: ['amount'],
      currency: ['currency'],
      expectedCloseOn: ['close date'],
      createdOn: ['create date'],
      owner: ['deal owner'],
      lostReason: ['closed lost reason'],
    },
    orders: {},
    invoices: {},
    leads: leadAliases.hubspot,
  },
  pipedrive: {
    accounts: {
      sourceId: ['organization - id', 'id'],
      name: ['organization - name', 'name'],
      industry: ['organization - industry'],
      employees: ['organization - number of employees'],
      street: ['organization - address', 'organization - address - street/road name'],
      postalCode: ['organization - address - zip/postal code'],
      city: ['organization - address - city/town/village/locality'],
      country: ['organization - address - country'],
      website: ['organization - website'],
      phone: ['organization - phone'],
    },
    contacts: {
      sourceId: ['person - id', 'id'],
      account: ['person - organization', 'organization - name'],
      accountSourceId: ['organization - id'],
      firstName: ['person - first name'],
      lastName: ['person - last name'],
      fullName: ['person - name', 'name'],
      title: ['person - job title'],
      email: ['person - email', 'person - email - work'],
      phone: ['person - phone', 'person - phone - work'],
    },
    products: {
      sourceId: ['product - id'],
      code: ['product - product code'],
      name: ['product - name'],
      family: ['product - category'],
      description: ['product - description'],
    },
    activities: {
      sourceId: ['activity - id'],
      account: ['activity - organization', 'organization - name'],
      accountSourceId: ['organization - id'],
      type: ['activity - type'],
      subject: ['activity - subject'],
      body: ['activity - note'],
      occurredAt: ['activity - due date', 'activity - marked as done time', 'activity - add time'],
      contactEmail: ['person - email'],
      authorEmail: ['activity - assigned to user', 'activity - user'],
    },
    opportunities: {
      sourceId: ['deal - id'],
      account: ['deal - organization', 'organization - name'],
      accountSourceId: ['organization - id'],
      name: ['deal - title'],
      stage: ['deal - stage'],
      status: ['deal - status'],
      value: ['deal - value'],
      currency: ['deal - currency'],
      expectedCloseOn: ['deal - expected close date'],
      closedOn: ['deal - deal closed on', 'deal - close time', 'deal - won time'],
      createdOn: ['deal - deal created'],
      owner: ['deal - owner'],
      contactEmail: ['person - email'],
      lostReason: ['deal - lost reason'],
    },
    orders: {},
    invoices: {},
    leads: leadAliases.pipedrive,
  },
};

export function normaliseHeader(h: string): string {
  return h
    .replace(/^\uFEFF/, '')
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '');
}

export type Mapping = Record<string, string>;

/**
 * Map each Korsa field to a header of the file: the vendor's layout first, then the generic one, then
 * the other vendors' (so a column an export names its own way is found whatever the detected source).
 * Each header is used at most once.
 */
export function detectMapping(entity: ImportEntity, headers: string[], source: ImportSource = 'generic'): Mapping {
  const byNorm = new Map(headers.map((h) => [normaliseHeader(h), h]));
  const used = new Set<string>();
  const mapping: Mapping = {};
  const vendors = Object.keys(vendor) as Exclude<ImportSource, 'generic'>[];
  const layers = [
    ...(source === 'generic' ? [] : [vendor[source][entity]]),
    generic[entity],
    ...vendors.filter((v) => v !== source).map((v) => vendor[v][entity]),
  ];
  for (const layer of layers) {
    for (const field of entityFields[entity]) {
      if (mapping[field]) continue;
      for (const alias of layer[field] ?? []) {
        const header = byNorm.get(normaliseHeader(alias));
        if (header && !used.has(header)) {
          mapping[field] = header;
          used.add(header);
          break;
        }
      }
    }
  }
  return mapping;
}

/**
 * Headers that only one CRM's standard exports have, whatever the entity: the labels of Salesforce's
 * reports and HubSpot's exports (compared normalised), and the API names of a Salesforce data export
 * (compared exactly: "FirstName" is Salesforce, "First name" is anyone's). Pipedrive prefixes every
 * column with its object ("Deal - Title").
 */
const telltales = {
  salesforce: [
    'Account: Account Name',
    'Account Owner',
    'Opportunity Owner',
    'Billing Street',
    'Billing City',
    'Billing Zip/Postal Code',
    'Billing State/Province',
    'Billing Country',
    'Mailing Street',
    'Mailing City',
    'Mailing Country',
    'Opportunity Currency',
    'Fiscal Period',
    'Probability (%)',
  ],
  hubspot: [
    'Record ID',
    'Associated Company',
    'Associated Company IDs',
    'Company owner',
    'Deal owner',
    'Company Domain Name',
    'Website URL',
    'Lifecycle Stage',
    'Lead Status',
    'Closed Lost Reason',
    // not "Country/Region": other files have it too (the Superstore sample)
  ],
};
const salesforceApiNames = new Set([
  'Id',
  'AccountId',
  'StageName',
  'CloseDate',
  'CreatedDate',
  'BillingStreet',
  'BillingCity',
  'BillingPostalCode',
  'BillingCountry',
  'NumberOfEmployees',
  'FirstName',
  'LastName',
  'MobilePhone',
  'CurrencyIsoCode',
  'OwnerId',
  'ParentId',
  'ProductCode',
  'ActivityDate',
]);

/**
 * Guess the export's origin from its headers: Pipedrive's prefixes, else the CRM with the most headers
 * only its exports have (a tie, or none: generic). The import states what it recognised.
 */
export function detectSource(headers: string[]): ImportSource {
  const raw = headers.map((h) => h.replace(/^\uFEFF/, '').trim());
  if (raw.some((h) => /^(Organization|Person|Deal|Activity|Product) - /i.test(h))) return 'pipedrive';
  const norm = new Set(raw.map(normaliseHeader));
  const score = (list: string[]) => list.filter((t) => norm.has(normaliseHeader(t))).length;
  const salesforce = score(telltales.salesforce) + raw.filter((h) => salesforceApiNames.has(h)).length;
  const hubspot = score(telltales.hubspot);
  if (salesforce === hubspot) return 'generic';
  return salesforce > hubspot ? 'salesforce' : 'hubspot';
}

/** Fields that are required and missing from the mapping, as readable groups ("account or accountSourceId"). */
export function missingRequired(entity: ImportEntity, mapping: Mapping): string[] {
  return requiredFields[entity].filter((group) => !group.some((f) => mapping[f])).map((group) => group.join(' or '));
}
