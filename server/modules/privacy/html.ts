/**
 * The readable, printable HTML of a person's data export (GDPR, L5): a self-contained page with a
 * heading, the person's fields and a table per kind of data. Rendered with React's
 * `renderToStaticMarkup`, which escapes every text and attribute — no value is ever put into the
 * markup by hand.
 */
import { createElement as h, type ReactNode } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';

type Row = Record<string, unknown>;

export interface PersonalDataPage {
  title: string;
  /** A line under the heading: where the person is, when the export was made. */
  intro: string;
  fields: Row;
  sections: { title: string; rows: Row[] }[];
}

/** A constant style sheet (no data in it). */
const CSS = `body{font:14px/1.5 system-ui,sans-serif;margin:2rem;color:#222}
table{border-collapse:collapse;margin:.5rem 0 1.5rem;width:100%}
th,td{border:1px solid #ccc;padding:4px 8px;text-align:left;vertical-align:top;overflow-wrap:anywhere}
th{background:#f3f3f3}.none{color:#555}
@media print{body{margin:0}h2{break-after:avoid}tr{break-inside:avoid}}`;

const text = (v: unknown): string =>
  v === null || v === undefined ? '' : typeof v === 'string' ? v : JSON.stringify(v);

function table(rows: Row[]): ReactNode {
  const columns = [...new Set(rows.flatMap((r) => Object.keys(r)))];
  return h(
    'table',
    null,
    h('thead', null, h('tr', null, ...columns.map((c) => h('th', { key: c, scope: 'col' }, c)))),
    h('tbody', null, ...rows.map((r, i) => h('tr', { key: i }, ...columns.map((c) => h('td', { key: c }, text(r[c])))))),
  );
}

function section(title: string, rows: Row[]): ReactNode {
  return h(
    'section',
    { key: title },
    h('h2', null, rows.length ? `${title} (${rows.length})` : title),
    rows.length ? table(rows) : h('p', { className: 'none' }, 'None.'),
  );
}

export function personalDataHtml(page: PersonalDataPage): string {
  const facts = h(
    'table',
    null,
    h(
      'tbody',
      null,
      ...Object.entries(page.fields).map(([k, v]) => h('tr', { key: k }, h('th', { scope: 'row' }, k), h('td', null, text(v)))),
    ),
  );
  const doc = h(
    'html',
    { lang: 'en' },
    h(
      'head',
      null,
      h('meta', { charSet: 'utf-8' }),
      h('meta', { name: 'viewport', content: 'width=device-width, initial-scale=1' }),
      h('title', null, page.title),
      h('style', { dangerouslySetInnerHTML: { __html: CSS } }),
    ),
    h(
      'body',
      null,
      h(
        'main',
        null,
        h('h1', null, page.title),
        h('p', null, page.intro),
        h('h2', null, 'Fields'),
        facts,
        ...page.sections.map((s) => section(s.title, s.rows)),
      ),
    ),
  );
  return `<!doctype html>${renderToStaticMarkup(doc)}`;
}

/** The headers of an export download: an attachment, nothing loaded from anywhere. */
export const htmlDownloadHeaders = (file: string) => ({
  'content-type': 'text/html; charset=utf-8',
  'content-disposition': `attachment; filename="${file}"`,
  'content-security-policy': "default-src 'none'; style-src 'unsafe-inline'",
});
