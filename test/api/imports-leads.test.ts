import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Session, type TestApp } from '../helpers/app';
import { dbKinds } from '../helpers/db';

/** A multipart form with one CSV file, as the import page sends it. */
async function form(csv: string) {
  const data = new FormData();
  data.append('file', new Blob([csv], { type: 'text/csv' }), 'leads.csv');
  const request = new Request('http://localhost/', { method: 'POST', body: data });
  return { payload: Buffer.from(await request.arrayBuffer()), contentType: request.headers.get('content-type')! };
}

interface LeadRow {
  id: string;
  name: string;
  email: string | null;
  company: string | null;
  title: string | null;
  source: string;
  score: number;
  account: { id: string } | null;
}

describe.each(dbKinds)('leads by CSV import (%s)', (kind) => {
  let t: TestApp;
  let marketing: Session;
  let seller: Session;
  let known: { email: string; accountId: string };
  // a Salesforce lead export: its own headers, a source in words, employees as a number
  const file = () =>
    [
      'First Name,Last Name,Company,Email,Title,Lead Source,No. of Employees,Market,Campaign Name',
      'Ingrid,Holm,Holm Logistik AB,ingrid.holm@holmlogistik.example,CEO,Trade Show,420,SE,Spring fair',
      `Known,Person,,${known.email},Head of fleet,Web,,,`,
      ',,Nameless AB,nobody@nameless.example,,,,,',
      'Bad,Mail,Mail AB,not-an-address,,,,,',
      'Far,Away,Away AB,far@away.example,,,,Atlantis,',
      'Odd,Size,Odd AB,odd@odd.example,,,a few,,',
    ].join('\n') + '\n';

  const post = async (url: string, csv: string, session = marketing) => {
    const { payload, contentType } = await form(csv);
    return t.app.inject({ method: 'POST', url, headers: { ...session.headers, 'content-type': contentType }, payload });
  };
  const get = (url: string, session = marketing) => t.app.inject({ method: 'GET', url, headers: session.headers });
  const finished = async (id: string) => {
    for (let i = 0; i < 400; i++) {
      const run = (await get(`/api/imports/${id}`)).json();
      if (run.status !== 'running') return run;
      await new Promise((r) => setTimeout(r, 25));
    }
    throw new Error('the import did not finish');
  };
  const leadsNamed = async (q: string) =>
    (await get(`/api/leads?box=all&q=${encodeURIComponent(q)}&pageSize=50`)).json().items as LeadRow[];

  beforeAll(async () => {
    t = await createTestApp(kind, { demo: true });
    marketing = await t.signIn('marketing@nordlys.example');
    seller = await t.signIn('seller@nordlys.example');
    const contact = (await get('/api/contacts?pageSize=50', seller)).json().items.find((c: { email: string | null }) => c.email);
    known = { email: contact.email, accountId: contact.accountId };
  });
  afterAll(async () => {
    await t.close();
  });

  it('previews a lead export: its columns mapped, its bad rows named by row and column', async () => {
    const preview = await post('/api/imports/preview?entity=leads', file());
    expect(preview.statusCode, preview.body).toBe(200);
    const body = preview.json();
    expect(body).toMatchObject({
      rows: 6,
      missingRequired: [],
      mapping: {
        firstName: 'First Name',
        lastName: 'Last Name',
        company: 'Company',
        email: 'Email',
        title: 'Title',
        source: 'Lead Source',
        size: 'No. of Employees',
        market: 'Market',
        campaign: 'Campaign Name',
      },
    });
    expect(body.errors).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ row: 4, column: 'Last Name', message: 'the name is empty' }),
        expect.objectContaining({ row: 5, column: 'Email', message: 'is not an e-mail address' }),
        expect.objectContaining({ row: 7, column: 'No. of Employees' }),
      ]),
    );
  });

  it('imports nothing when a row is bad in all-or-nothing mode', async () => {
    const started = await post('/api/imports?entity=leads', file());
    expect(started.statusCode, started.body).toBe(202);
    expect(await finished(started.json().id)).toMatchObject({ status: 'failed', totalRows: 6, createdRows: 0, failedRows: 4 });
    expect(await leadsNamed('Holm Logistik')).toEqual([]);
  });

  it('imports the good rows in good mode, each matched and scored on arrival; the bad ones in the error report', async () => {
    const started = await post('/api/imports?entity=leads&mode=good', file());
    const run = await finished(started.json().id);
    expect(run).toMatchObject({ entity: 'leads', status: 'partial', totalRows: 6, createdRows: 2, updatedRows: 0, failedRows: 4 });
    const errors = (await get(`/api/imports/${run.id}/errors`)).json();
    expect(errors).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ row: 4, column: 'Last Name', message: 'the name is empty' }),
        expect.objectContaining({ row: 5, column: 'Email', message: 'is not an e-mail address' }),
        expect.objectContaining({ row: 6, column: 'Market', message: '"Atlantis" is not one of the organisation\'s markets' }),
        expect.objectContaining({ row: 7, column: 'No. of Employees' }),
      ]),
    );
    const [holm] = await leadsNamed('Holm Logistik');
    expect(holm).toMatchObject({ name: 'Ingrid Holm', email: 'ingrid.holm@holmlogistik.example', title: 'CEO', source: 'event' });
    const detail = (await get(`/api/leads/${holm!.id}`)).json();
    expect(detail).toMatchObject({ size: 'large', campaign: 'Spring fair', market: { code: 'SE' } });
    expect(detail.score).toBeGreaterThan(0);
    expect(detail.scoreParts.length).toBeGreaterThan(0);
    // a known contact's e-mail: the lead is linked to the account, so its sellers see it
    const [person] = await leadsNamed('Known Person');
    expect(person).toMatchObject({ source: 'web_form', account: { id: known.accountId } });
  });

  it('does not make a lead twice when the file comes again: it fills in what the open lead lacks', async () => {
    const again = await post('/api/imports?entity=leads&mode=good', file().replace('Known,Person,,', 'Known,Person,Person AB,'));
    const run = await finished(again.json().id);
    expect(run).toMatchObject({ status: 'partial', createdRows: 0, updatedRows: 2, failedRows: 4 });
    expect(await leadsNamed('Holm Logistik')).toHaveLength(1);
    const people = await leadsNamed('Known Person');
    expect(people).toHaveLength(1);
    expect(people[0]!.company).toBe('Person AB');
  });

  it('lets no seller import leads', async () => {
    const denied = await post('/api/imports?entity=leads&mode=good', file(), seller);
    expect(denied.statusCode).toBe(403);
    expect(denied.json().error.code).toBe('forbidden');
  });
});
