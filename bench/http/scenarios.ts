/**
 * The views the HTTP bench measures, as the web app calls them. Adding a view is one entry here:
 * its route (a scenario whose route the app does not have is skipped with a note), who calls it,
 * and the requests it cycles through (varied ids, so no single row stays hot).
 */
import type { Pools } from './pools';

export type Persona = 'leader' | 'seller' | 'management';

export interface RequestLine {
  method: 'GET' | 'POST';
  path: string;
  body?: unknown;
}

export interface Scenario {
  /** For --only and the JSON. */
  name: string;
  /** What it is, for the table. */
  view: string;
  route: { method: 'GET' | 'POST'; url: string };
  as: Persona;
  kind: 'read' | 'write';
  /** Each request may be sent once (winning a deal): the runs share the pool out instead of cycling through it. */
  once?: boolean;
  requests(p: Pools): RequestLine[];
}

const get = (path: string): RequestLine => ({ method: 'GET', path });
const query = (params: Record<string, string | number>) =>
  new URLSearchParams(Object.entries(params).map(([k, v]): [string, string] => [k, String(v)])).toString();
const range = (n: number) => Array.from({ length: n }, (_, i) => i + 1);

export const scenarios: Scenario[] = [
  {
    name: 'account-overview',
    view: 'Account page: account, hierarchy, touchpoints, product row',
    route: { method: 'GET', url: '/api/accounts/:id/overview' },
    as: 'leader',
    kind: 'read',
    requests: (p) => p.accountIds.map((id) => get(`/api/accounts/${id}/overview`)),
  },
  {
    name: 'account-contacts',
    view: 'Account page: its contacts',
    route: { method: 'GET', url: '/api/contacts' },
    as: 'leader',
    kind: 'read',
    requests: (p) => p.accountIds.map((id) => get(`/api/contacts?${query({ accountId: id, pageSize: 100, sort: 'name' })}`)),
  },
  {
    name: 'account-timeline',
    view: 'Account page: first timeline page',
    route: { method: 'GET', url: '/api/accounts/:id/timeline' },
    as: 'leader',
    kind: 'read',
    requests: (p) => p.accountIds.map((id) => get(`/api/accounts/${id}/timeline?limit=25`)),
  },
  {
    name: 'search',
    view: 'Search (accounts, contacts, opportunities)',
    route: { method: 'GET', url: '/api/search' },
    as: 'seller',
    kind: 'read',
    requests: (p) => p.searchTerms.map((q) => get(`/api/search?${query({ q, limit: 8 })}`)),
  },
  {
    name: 'pipeline-board',
    view: 'Pipeline board of a team',
    route: { method: 'GET', url: '/api/opportunities/board' },
    as: 'leader',
    kind: 'read',
    requests: (p) => p.salesGroupIds.map((id) => get(`/api/opportunities/board?${query({ salesGroupId: id, perColumn: 50 })}`)),
  },
  {
    name: 'opportunity-list',
    view: 'Opportunity list, pages 1–20',
    route: { method: 'GET', url: '/api/opportunities' },
    as: 'leader',
    kind: 'read',
    requests: () => range(20).map((page) => get(`/api/opportunities?${query({ page, pageSize: 50, sort: 'expectedCloseOn' })}`)),
  },
  {
    name: 'product-matrix',
    view: 'Product matrix, 100 accounts × 40 products of a market',
    route: { method: 'GET', url: '/api/matrix' },
    as: 'leader',
    kind: 'read',
    requests: (p) =>
      p.marketIds.flatMap((marketId) => range(5).map((page) => get(`/api/matrix?${query({ pageSize: 100, marketId, page })}`))),
  },
  {
    name: 'handoff-ledger',
    view: 'Give-to-get ledger, per seller and per group',
    route: { method: 'GET', url: '/api/handoffs/ledger' },
    as: 'leader',
    kind: 'read',
    requests: () => [get('/api/handoffs/ledger?by=seller'), get('/api/handoffs/ledger?by=salesGroup')],
  },
  {
    name: 'overview',
    view: 'Management overview (company, markets, groups)',
    route: { method: 'GET', url: '/api/overview' },
    as: 'management',
    kind: 'read',
    requests: (p) => [
      get(`/api/overview?year=${p.year}`),
      ...p.marketIds.map((marketId) => get(`/api/overview?${query({ year: p.year, marketId })}`)),
      ...p.salesGroupIds.map((salesGroupId) => get(`/api/overview?${query({ year: p.year, salesGroupId })}`)),
    ],
  },
  {
    name: 'game-leaderboard',
    view: 'Game: a season’s leaderboard (every seller, a year of events; as served, the computed season cached until a source changes)',
    route: { method: 'GET', url: '/api/seasons/:id/leaderboard' },
    as: 'leader',
    kind: 'read',
    requests: (p) => p.seasonIds.map((id) => get(`/api/seasons/${id}/leaderboard?last=allowed`)),
  },
  {
    name: 'game-statement',
    view: 'Game: a team’s incentive statement (the season computed afresh on every request: a year of events, every rule)',
    route: { method: 'GET', url: '/api/seasons/:id/statement' },
    as: 'leader',
    kind: 'read',
    requests: (p) => p.seasonIds.map((id) => get(`/api/seasons/${id}/statement`)),
  },
  {
    name: 'log-activity',
    view: 'Write: log an activity (POST /api/activities)',
    route: { method: 'POST', url: '/api/activities' },
    as: 'seller',
    kind: 'write',
    requests: (p) =>
      p.accountIds.map((accountId, i) => ({
        method: 'POST',
        path: '/api/activities',
        body: { accountId, type: i % 2 ? 'call' : 'note', subject: `Bench: follow-up ${i}` },
      })),
  },
  {
    name: 'win-deal',
    view: 'Write: win a deal (POST /api/opportunities/:id/win: holdings, status, channel, volume and read models maintained)',
    route: { method: 'POST', url: '/api/opportunities/:id/win' },
    as: 'leader',
    kind: 'write',
    once: true,
    requests: (p) =>
      p.openDeals.map((d) => ({
        method: 'POST',
        path: `/api/opportunities/${d.id}/win`,
        body: { version: d.version, signedOn: new Date().toISOString().slice(0, 10) },
      })),
  },
];
