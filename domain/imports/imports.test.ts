import { describe, expect, it } from 'vitest';
import { decideDateFormat } from './dates';
import { detectMapping, detectSource, missingRequired } from './layouts';
import { knownCountries, knownIndustries, likelyTypo } from './typos';
import { activityTypeOf, detectDelimiter, parseDate, parseDecimal, sizeFromEmployees } from './values';

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
