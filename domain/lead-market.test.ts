import { describe, expect, it } from 'vitest';
import { countryOfPhone, marketForLead } from './lead-market';

const markets = [
  { id: 'se', code: 'SE' },
  { id: 'no', code: 'NO' },
  { id: 'dk', code: 'DK' },
  { id: 'fi', code: 'FI' },
];

describe('the market of a lead nobody gave one', () => {
  it('takes the country as typed, in any of the languages', () => {
    expect(marketForLead({ country: 'Norge' }, markets)).toEqual({ marketId: 'no', by: 'country' });
    expect(marketForLead({ country: ' se ' }, markets)).toEqual({ marketId: 'se', by: 'country' });
    expect(marketForLead({ country: 'Danmark', phone: '+46 70 123 45 67' }, markets)).toEqual({ marketId: 'dk', by: 'country' });
  });

  it('else the phone number’s international prefix, never a national number', () => {
    expect(marketForLead({ phone: '+47 22 33 44 55' }, markets)).toEqual({ marketId: 'no', by: 'phone' });
    expect(marketForLead({ phone: '00358 9 123 4567' }, markets)).toEqual({ marketId: 'fi', by: 'phone' });
    expect(countryOfPhone('(+45) 33-12-34-56')).toBe('DK');
    expect(countryOfPhone('070-123 45 67')).toBeNull();
    expect(countryOfPhone('+4')).toBeNull();
  });

  it('else the company’s country domain, never a free mail provider’s or a .com', () => {
    expect(marketForLead({ email: 'anna@fjallbuss.se' }, markets)).toEqual({ marketId: 'se', by: 'domain' });
    expect(marketForLead({ domain: 'www.kystfrakt.no' }, markets)).toEqual({ marketId: 'no', by: 'domain' });
    expect(marketForLead({ email: 'anna@gmail.com' }, markets)).toBeNull();
    expect(marketForLead({ email: 'anna@company.com' }, markets)).toBeNull();
  });

  it('a country that is not one of the organisation’s markets gives way to the next evidence, else nothing', () => {
    expect(marketForLead({ country: 'Germany', email: 'a@firma.dk' }, markets)).toEqual({ marketId: 'dk', by: 'domain' });
    expect(marketForLead({ country: 'Germany', phone: '+49 30 1234567' }, markets)).toBeNull();
    expect(marketForLead({}, markets)).toBeNull();
  });
});
