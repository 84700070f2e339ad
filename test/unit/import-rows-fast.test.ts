import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dateFormats } from '@domain/imports/dates';
import { rowReader } from '../../server/modules/imports/rows';

// The activities' fast path (server/modules/imports/rows-fast.ts) must give exactly what the zod
// schema gives, and leave every row with a problem to zod (same errors, same messages).

const fields = ['sourceId', 'account', 'accountSourceId', 'type', 'subject', 'body', 'occurredAt', 'contactEmail', 'authorEmail'];
const cells = fc.oneof(
  fc.constantFrom(
    '',
    '  ',
    'Call',
    ' meeting ',
    'Phone call',
    'xyz',
    'Task',
    'E-post',
    'Acme AB',
    ' Bench Customer 00001 AB ',
    '2024-03-05',
    ' 2023-01-01T10:00:00Z ',
    '2023-01-01T10:00:00.000Z',
    '05/03/2024',
    '13/03/2024',
    '03/13/2024',
    '31.12.2023',
    '2024-02-30',
    '1899-12-31',
    'not a date',
    'anna@example.com',
  ),
  fc.string({ maxLength: 12 }),
  fc.constantFrom(41, 201, 255, 301, 10_001).map((n) => 'x'.repeat(n)),
  fc.constantFrom(39, 40, 41).map((n) => ` ${'y'.repeat(n)} `),
);

/** Cells a valid row has, and those at the edges of the limits. */
const plain: Record<string, fc.Arbitrary<string>> = {
  sourceId: fc.constantFrom('', 'src-1', ` ${'s'.repeat(200)} `),
  account: fc.constantFrom('Acme AB', ' Acme AB ', 'a'.repeat(200)),
  accountSourceId: fc.constantFrom('', 'acc-9', 'b'.repeat(200)),
  type: fc.constantFrom('Call', 'meeting', ' Visit ', '', 'x'.repeat(40)),
  subject: fc.constantFrom('Follow-up', ' Follow-up 2 ', 'z'.repeat(300), 'z'.repeat(301), `${'z'.repeat(299)} `),
  body: fc.constantFrom('', 'Notes, with a comma', 'n'.repeat(10_000), 'n'.repeat(10_001)),
  occurredAt: fc.constantFrom('2023-01-01T00:01:00.000Z', '2024-03-05', '05/03/2024', '13/03/2024', '03/13/2024', '31.12.2023 10:15'),
  contactEmail: fc.constantFrom('', 'anna@example.com', `${'e'.repeat(243)}@example.com`, `${'e'.repeat(242)}@example.com`),
  authorEmail: fc.constantFrom('', 'seller@korsa.test', `${'e'.repeat(243)}@example.com`),
};

describe('import rows: the activities fast path', () => {
  it('gives the row zod gives, or leaves the row to zod', () => {
    fc.assert(
      fc.property(
        fc.shuffledSubarray(fields, { minLength: 1 }),
        fc.tuple(...fields.map((f) => fc.oneof({ weight: 6, arbitrary: plain[f]! }, { weight: 1, arbitrary: cells }))),
        fc.constantFrom(...dateFormats),
        fc.boolean(),
        (mapped, values, format, short) => {
          const headers = mapped.map((f) => `Col ${f}`);
          const mapping = Object.fromEntries(mapped.map((f) => [f, `Col ${f}`]));
          // csv-parse gives strings; a short record (fewer cells than the header) has undefined at the end
          const record = mapped.map((f) => values[fields.indexOf(f)]!);
          if (short) record.pop();
          const viaZod = rowReader('activities', mapping, headers, format, { fast: false })(record, 7);
          const withFast = rowReader('activities', mapping, headers, format)(record, 7);
          expect(withFast).toEqual(viaZod);
        },
      ),
      { numRuns: 3000 },
    );
  });

  it('reads a plain row without zod, to the same row', () => {
    const headers = ['Account', 'Type', 'Subject', 'Date', 'Notes'];
    const mapping = { account: 'Account', type: 'Type', subject: 'Subject', occurredAt: 'Date', body: 'Notes' };
    const record = ['Acme AB', 'Meeting', ' Follow-up 1 ', '2023-01-01T00:01:00.000Z', 'Notes, with a comma 1'];
    const row = rowReader('activities', mapping, headers, 'iso')(record, 2);
    expect(row).toEqual({
      errors: [],
      row: {
        account: 'Acme AB',
        type: 'meeting',
        subject: 'Follow-up 1',
        occurredAt: new Date('2023-01-01T00:01:00.000Z'),
        body: 'Notes, with a comma 1',
        line: 2,
      },
    });
    expect(row).toEqual(rowReader('activities', mapping, headers, 'iso', { fast: false })(record, 2));
  });
});
