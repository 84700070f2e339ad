import { describe, expect, it } from 'vitest';
import { decideDateFormat } from './dates';
import { detectMapping, detectSource, missingRequired } from './layouts';
import { stageOfStatus } from './stages';
import { industryTerms } from '../industries';
import { knownCountries, likelyTypo } from './typos';
import { activityTypeOf, detectDelimiter, parseDate, parseDecimal, sizeFromEmployees } from './values';

const knownIndustries = [...industryTerms.keys()];

describe('CSV values', () => {
  it('reads decimal commas and thousands separators', () => {
    expect(parseDecimal('1 234,50')).toBe(1234.5);
    expect(parseDecimal('1.234,50')).toBe(1234.5);
    expect(parseDecimal('1,234.50')).toBe(1234.5);
    expect(parseDecimal('1234.5')).toBe(1234.5);
    expect(parseDecimal('12,5')).toBe(12.5);
    expect(parseDecimal('1,234')).toBe(1234);
    expect(parseDecimal('-7')).toBe(-7);
    expect(parseDecimal('abc')).toBeNull();
    expect(parseDecimal('')).toBeNull();
  });
  it('reads ISO and Nordic dates, and refuses impossible ones', () => {
    expect(parseDate('2024-03-05')?.toISOString()).toBe('2024-03-05T00:00:00.000Z');
    expect(parseDate('0000-01-05')).toBeNull(); // a typo, not a date
    expect(parseDate('05.01.3024')).toBeNull();
    expect(parseDate('2024-03-05 14:30')?.toISOString()).toBe('2024-03-05T14:30:00.000Z');
    expect(parseDate('2024-03-05T14:30:00+01:00')?.toISOString()).toBe('2024-03-05T13:30:00.000Z');
    expect(parseDate('05.03.2024')?.toISOString()).toBe('2024-03-05T00:00:00.000Z');
    expect(parseDate('2024-02-30')).toBeNull();
    expect(parseDate('31.02.2024')).toBeNull();
    expect(parseDate('yesterday')).toBeNull();
  });
  it('derives company size from headcount', () => {
    expect([5, 10, 49, 50, 249, 250, 999, 1000].map(sizeFromEmployees)).toEqual([
      'micro',
      'small',
      'small',
      'medium',
      'medium',
      'large',
      'large',
      'enterprise',
    ]);
  });
  it('detects the delimiter outside quotes', () => {
    expect(detectDelimiter('name;city;"a,b"')).toBe(';');
    expect(detectDelimiter('name,city,"a;b;c"')).toBe(',');
    expect(detectDelimiter('name\tcity')).toBe('\t');
  });
  it('maps activity types from other CRMs and languages', () => {
    expect(['Call', 'Meeting', 'Email', 'Task', 'Samtal', 'Møte', 'Besök', '', 'Anteckning'].map(activityTypeOf)).toEqual([
      'call',
      'meeting',
      'email',
      'task',
      'call',
      'meeting',
      'visit',
      'note',
      'note',
    ]);
    expect(activityTypeOf('Webinar')).toBeNull();
  });
});

describe('column layouts', () => {
  it('understands Salesforce report exports', () => {
    const headers = [
      'Account: Account Name',
      'Account: Type',
      'Account: Phone',
      'Contact: First Name',
      'Contact: Last Name',
      'Contact: Title',
      'Contact: Phone',
      'Contact: Email',
    ];
    expect(detectSource(headers)).toBe('salesforce');
    expect(detectMapping('contacts', headers, 'salesforce')).toMatchObject({
      account: 'Account: Account Name',
      firstName: 'Contact: First Name',
      lastName: 'Contact: Last Name',
      email: 'Contact: Email',
      phone: 'Contact: Phone',
      title: 'Contact: Title',
    });
    expect(detectMapping('accounts', ['Id', 'Name', 'BillingCity', 'NumberOfEmployees'], 'salesforce')).toEqual({
      sourceId: 'Id',
      name: 'Name',
      city: 'BillingCity',
      employees: 'NumberOfEmployees',
    });
  });
  it('understands HubSpot and Pipedrive exports', () => {
    const hub = ['Record ID', 'Company name', 'Country/Region', 'Number of Employees'];
    expect(detectSource(hub)).toBe('hubspot');
    expect(detectMapping('accounts', hub, 'hubspot')).toEqual({
      sourceId: 'Record ID',
      name: 'Company name',
      country: 'Country/Region',
      employees: 'Number of Employees',
    });
    const pipe = ['Person - Name', 'Person - Email', 'Person - Organization', 'Deal - Title'];
    expect(detectSource(pipe)).toBe('pipedrive');
    expect(detectMapping('contacts', pipe, 'pipedrive')).toEqual({
      fullName: 'Person - Name',
      email: 'Person - Email',
      account: 'Person - Organization',
    });
  });
  it('reads a Korsa account export back: the industry from its code, or from its name when the code is gone', () => {
    const korsa = ['Name', 'Org number', 'Status', 'Industry', 'Industry name', 'Size', 'Market', 'City', 'Korsa ID'];
    expect(detectMapping('accounts', korsa)).toMatchObject({ name: 'Name', orgNumber: 'Org number', industry: 'Industry' });
    expect(detectMapping('accounts', korsa.filter((h) => h !== 'Industry'))).toMatchObject({ industry: 'Industry name' });
  });
  it('understands plain files like the Maven sample, and names what is missing', () => {
    const maven = ['account', 'sector', 'year_established', 'revenue', 'employees', 'office_location', 'subsidiary_of'];
    expect(detectSource(maven)).toBe('generic');
    const mapping = detectMapping('accounts', maven);
    expect(mapping).toEqual({
      name: 'account',
      industry: 'sector',
      employees: 'employees',
      country: 'office_location',
      parent: 'subsidiary_of',
    });
    expect(missingRequired('accounts', mapping)).toEqual([]);
    expect(missingRequired('activities', { subject: 'x' })).toEqual(['account or accountSourceId', 'occurredAt']);
  });
});

describe('the standard exports of Salesforce, HubSpot and Pipedrive (no column renamed)', () => {
  const cases: { crm: string; entity: 'accounts' | 'contacts' | 'opportunities'; headers: string[]; mapping: Record<string, string> }[] = [
    {
      crm: 'salesforce',
      entity: 'accounts',
      headers: [
        'Account Owner',
        'Account Name',
        'Account ID',
        'Type',
        'Industry',
        'Billing Street',
        'Billing City',
        'Billing Zip/Postal Code',
        'Billing Country',
        'Phone',
        'Website',
        'Employees',
      ],
      mapping: {
        sourceId: 'Account ID',
        name: 'Account Name',
        industry: 'Industry',
        street: 'Billing Street',
        city: 'Billing City',
        postalCode: 'Billing Zip/Postal Code',
        country: 'Billing Country',
        phone: 'Phone',
        website: 'Website',
        employees: 'Employees',
      },
    },
    {
      crm: 'salesforce',
      entity: 'contacts',
      headers: ['Contact ID', 'First Name', 'Last Name', 'Title', 'Email', 'Phone', 'Account Name', 'Account ID', 'Mailing Country'],
      mapping: {
        sourceId: 'Contact ID',
        firstName: 'First Name',
        lastName: 'Last Name',
        title: 'Title',
        email: 'Email',
        phone: 'Phone',
        account: 'Account Name',
        accountSourceId: 'Account ID',
      },
    },
    {
      crm: 'salesforce',
      entity: 'opportunities',
      headers: [
        'Opportunity Owner',
        'Account Name',
        'Account ID',
        'Opportunity ID',
        'Opportunity Name',
        'Stage',
        'Amount',
        'Probability (%)',
        'Close Date',
        'Created Date',
      ],
      mapping: {
        owner: 'Opportunity Owner',
        account: 'Account Name',
        accountSourceId: 'Account ID',
        sourceId: 'Opportunity ID',
        name: 'Opportunity Name',
        stage: 'Stage',
        value: 'Amount',
        expectedCloseOn: 'Close Date',
        createdOn: 'Created Date',
      },
    },
    {
      crm: 'salesforce',
      entity: 'opportunities',
      headers: ['Id', 'AccountId', 'Name', 'StageName', 'Amount', 'CloseDate', 'CurrencyIsoCode'],
      mapping: {
        sourceId: 'Id',
        accountSourceId: 'AccountId',
        name: 'Name',
        stage: 'StageName',
        value: 'Amount',
        expectedCloseOn: 'CloseDate',
        currency: 'CurrencyIsoCode',
      },
    },
    {
      crm: 'hubspot',
      entity: 'accounts',
      headers: [
        'Record ID',
        'Company name',
        'Company Domain Name',
        'Industry',
        'City',
        'Country/Region',
        'Phone Number',
        'Number of Employees',
        'Company owner',
      ],
      mapping: {
        sourceId: 'Record ID',
        name: 'Company name',
        website: 'Company Domain Name',
        industry: 'Industry',
        city: 'City',
        country: 'Country/Region',
        phone: 'Phone Number',
        employees: 'Number of Employees',
      },
    },
    {
      crm: 'hubspot',
      entity: 'contacts',
      headers: [
        'Record ID',
        'First Name',
        'Last Name',
        'Email',
        'Phone Number',
        'Job Title',
        'Associated Company',
        'Associated Company IDs',
      ],
      mapping: {
        sourceId: 'Record ID',
        firstName: 'First Name',
        lastName: 'Last Name',
        email: 'Email',
        phone: 'Phone Number',
        title: 'Job Title',
        account: 'Associated Company',
        accountSourceId: 'Associated Company IDs',
      },
    },
    {
      crm: 'hubspot',
      entity: 'opportunities',
      headers: [
        'Record ID',
        'Deal Name',
        'Deal Stage',
        'Close Date',
        'Amount',
        'Deal owner',
        'Create Date',
        'Pipeline',
        'Associated Company',
      ],
      mapping: {
        sourceId: 'Record ID',
        name: 'Deal Name',
        stage: 'Deal Stage',
        expectedCloseOn: 'Close Date',
        value: 'Amount',
        owner: 'Deal owner',
        createdOn: 'Create Date',
        account: 'Associated Company',
      },
    },
    {
      crm: 'pipedrive',
      entity: 'accounts',
      headers: [
        'Organization - ID',
        'Organization - Name',
        'Organization - Address',
        'Organization - Owner',
        'Organization - Number of employees',
      ],
      mapping: {
        sourceId: 'Organization - ID',
        name: 'Organization - Name',
        street: 'Organization - Address',
        employees: 'Organization - Number of employees',
      },
    },
    {
      crm: 'pipedrive',
      entity: 'contacts',
      headers: [
        'Person - ID',
        'Person - Name',
        'Person - Email',
        'Person - Phone',
        'Person - Organization',
        'Organization - ID',
        'Person - Job title',
      ],
      mapping: {
        sourceId: 'Person - ID',
        fullName: 'Person - Name',
        email: 'Person - Email',
        phone: 'Person - Phone',
        account: 'Person - Organization',
        accountSourceId: 'Organization - ID',
        title: 'Person - Job title',
      },
    },
    {
      crm: 'pipedrive',
      entity: 'opportunities',
      headers: [
        'Deal - ID',
        'Deal - Title',
        'Deal - Value',
        'Deal - Currency',
        'Deal - Stage',
        'Deal - Status',
        'Deal - Expected close date',
        'Deal - Organization',
        'Deal - Owner',
        'Deal - Deal created',
      ],
      mapping: {
        sourceId: 'Deal - ID',
        name: 'Deal - Title',
        value: 'Deal - Value',
        currency: 'Deal - Currency',
        stage: 'Deal - Stage',
        status: 'Deal - Status',
        expectedCloseOn: 'Deal - Expected close date',
        account: 'Deal - Organization',
        owner: 'Deal - Owner',
        createdOn: 'Deal - Deal created',
      },
    },
  ];
  it.each(cases)('$crm $entity: recognised, every standard column mapped', ({ crm, entity, headers, mapping }) => {
    expect(detectSource(headers)).toBe(crm);
    expect(detectMapping(entity, headers, detectSource(headers))).toEqual(mapping);
    expect(missingRequired(entity, mapping)).toEqual([]);
  });
  it('compares headers without regard to case, spaces and punctuation', () => {
    const headers = ['  account NAME ', 'BILLING   country', 'billing_city', 'opportunity owner'];
    expect(detectSource(headers)).toBe('salesforce');
    expect(detectMapping('accounts', headers, 'salesforce')).toEqual({
      name: '  account NAME ',
      country: 'BILLING   country',
      city: 'billing_city',
    });
    expect(detectSource(['\uFEFFRecord ID', 'COMPANY NAME', 'country / region'])).toBe('hubspot');
    expect(detectSource(['deal - title', 'deal - value'])).toBe('pipedrive');
  });
  it("finds a vendor's column even when the file is not recognised as that vendor's", () => {
    // nothing tells where "Billing Country" comes from on its own, but it is still the country
    expect(detectSource(['Name', 'Billing Country'])).toBe('salesforce');
    expect(detectMapping('accounts', ['Name', 'Billing Country'], 'generic')).toEqual({ name: 'Name', country: 'Billing Country' });
    expect(detectMapping('accounts', ['Name', 'Country/Region'], 'generic')).toEqual({ name: 'Name', country: 'Country/Region' });
  });
  it('leaves plain files plain: "First name" or "deal_stage" is anyone\'s', () => {
    expect(detectSource(['First name', 'Last name', 'Email', 'Company'])).toBe('generic');
    expect(detectSource(['Order ID', 'Customer ID', 'Country/Region', 'Product ID', 'Sales'])).toBe('generic');
    expect(
      detectSource(['opportunity_id', 'sales_agent', 'product', 'account', 'deal_stage', 'engage_date', 'close_date', 'close_value']),
    ).toBe('generic');
    expect(detectSource(['FirstName', 'LastName', 'AccountId'])).toBe('salesforce');
  });
  it('lets a won or lost status decide the stage (Pipedrive keeps them apart)', () => {
    expect(['won', 'Won', 'lost', 'open', '', undefined].map(stageOfStatus)).toEqual(['won', 'won', 'lost', null, null, null]);
  });
});

describe('likely typos', () => {
  it('spots misspelt sectors and countries, and leaves correct or unknown words alone', () => {
    expect(likelyTypo('technolgy', knownIndustries)).toBe('technology');
    expect(likelyTypo('Philipines', knownCountries)).toBe('Philippines');
    expect(likelyTypo('Sverige', knownCountries)).toBeNull();
    expect(likelyTypo('United States', knownCountries)).toBeNull();
    expect(likelyTypo('retail', knownIndustries)).toBeNull();
    expect(likelyTypo('Quantum widgets', knownIndustries)).toBeNull();
  });
});

describe('the file-wide date format', () => {
  it('is decided from all values, asks when they read both ways, and never swaps day and month', () => {
    expect(decideDateFormat(['2024-03-05', '2024-12-25'])).toEqual({ format: 'iso' });
    expect(decideDateFormat(['03/04/2024', '12/25/2024'])).toEqual({ format: 'mdy' });
    expect(decideDateFormat(['03/04/2024', '25/12/2024'])).toEqual({ format: 'dmy' });
    expect(decideDateFormat(['03.04.2024'])).toEqual({ format: 'dmy' });
    expect(decideDateFormat(['03/04/2024', '05/05/2024'])).toEqual({ ambiguous: true, examples: ['03/04/2024'] });
    expect(decideDateFormat(['25/12/2024', '12/25/2024'])).toMatchObject({ mixed: true });
    expect(parseDate('03/04/2024', 'mdy')?.toISOString().slice(0, 10)).toBe('2024-03-04');
    expect(parseDate('03/04/2024', 'dmy')?.toISOString().slice(0, 10)).toBe('2024-04-03');
    expect(parseDate('03/01/19', 'dmy')?.toISOString().slice(0, 10)).toBe('2019-01-03');
    expect(parseDate('13/25/2024', 'mdy')).toBeNull();
  });
});
