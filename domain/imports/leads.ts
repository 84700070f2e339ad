/**
 * Leads in a CSV import (C1, "import leads by CSV like the other entities"): the fields, what a row
 * cannot do without, and the headers of plain files and of the common CRMs' lead exports. Registered
 * with the other entities in layouts.ts; each row is written by the leads module (matched and scored
 * on arrival, as a lead from any other door).
 */
type Aliases = Partial<Record<string, string[]>>;

export const leadImportFields = [
  'name',
  'firstName',
  'lastName',
  'email',
  'phone',
  'company',
  'orgNumber',
  'domain',
  'industry',
  'size',
  'title',
  'market',
  'country',
  'source',
  'campaign',
  'message',
] as const;

/** A lead is a person: a full name, or a last name (with the first beside it). */
export const leadRequired: string[][] = [['name', 'lastName']];

export const leadAliases: { generic: Aliases; salesforce: Aliases; hubspot: Aliases; pipedrive: Aliases } = {
  generic: {
    name: ['name', 'full name', 'contact name', 'lead name', 'person', 'namn', 'navn'],
    firstName: ['first name', 'firstname', 'given name', 'förnamn', 'fornavn'],
    lastName: ['last name', 'lastname', 'surname', 'family name', 'efternamn', 'etternavn'],
    email: ['email', 'e-mail', 'email address', 'e-post', 'epost'],
    phone: ['phone', 'mobile', 'telephone', 'telefon'],
    company: ['company', 'company name', 'organisation', 'organization', 'account', 'account name', 'företag', 'firma', 'bedrift'],
    orgNumber: ['org number', 'organisation number', 'organization number', 'orgnr', 'vat number', 'registration number'],
    domain: ['domain', 'website', 'web', 'url', 'company domain'],
    industry: ['industry', 'sector', 'bransch', 'bransje'],
    size: ['size', 'company size', 'employees', 'number of employees'],
    title: ['title', 'job title', 'position', 'role', 'titel', 'tittel'],
    market: ['market', 'marknad', 'marked'],
    country: ['country', 'land'],
    source: ['source', 'lead source', 'channel', 'källa', 'kilde'],
    campaign: ['campaign', 'campaign name', 'utm campaign', 'kampanj', 'kampanje'],
    message: ['message', 'comment', 'comments', 'notes', 'description', 'meddelande', 'melding'],
  },
  salesforce: {
    firstName: ['firstname', 'first name'],
    lastName: ['lastname', 'last name'],
    company: ['company', 'company / account'],
    email: ['email'],
    phone: ['phone', 'mobile'],
    title: ['title'],
    industry: ['industry'],
    size: ['no. of employees', 'numberofemployees'],
    domain: ['website'],
    country: ['country'],
    source: ['lead source', 'leadsource'],
    campaign: ['campaign name', 'last campaign'],
    message: ['description'],
  },
  hubspot: {
    firstName: ['first name'],
    lastName: ['last name'],
    company: ['company name'],
    email: ['email'],
    phone: ['phone number', 'mobile phone number'],
    title: ['job title'],
    industry: ['industry'],
    size: ['number of employees', 'company size'],
    domain: ['website url', 'company domain name'],
    country: ['country/region', 'country'],
    source: ['original source', 'original traffic source'],
    campaign: ['first conversion', 'recent conversion'],
    message: ['message'],
  },
  pipedrive: {
    name: ['person - name', 'lead - title', 'person name'],
    email: ['person - email', 'person email'],
    phone: ['person - phone', 'person phone'],
    company: ['organization - name', 'organization name'],
    title: ['person - job title'],
    source: ['lead - source', 'source'],
    message: ['lead - notes', 'note'],
  },
};
