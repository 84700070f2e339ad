/**
 * The customers and their history, a chunk of accounts at a time, planned with the demo's own
 * planners (server/demo: customers with hierarchies and holdings, the shared timeline, opportunities
 * with stage history and lines, handoffs) and scaled up: the opportunities of an account come from
 * sellers of every group in its market, and each chunk gets exactly its share of every total.
 */
import type { Faker } from '@faker-js/faker';
import { demoGroups } from '../../server/demo/catalogue';
import { planCustomers, type DemoAccount } from '../../server/demo/customers';
import { planHandoffs, type DemoHandoff } from '../../server/demo/handoffs';
import { planHistory, type DemoActivity, type DemoSeller } from '../../server/demo/history';
import { planOpportunities, type DemoOpportunity } from '../../server/demo/pipeline';
import { classify } from '@domain/channels';
import { dueAfter, isOpen } from '@domain/handoffs';
import { dealAgreementEnd } from '@domain/pipeline/agreements';
import { committedMonths, lineAnnualValue, valueOpportunity } from '@domain/pipeline/money';
import { uuidStream } from './ids';
import { benchFakers, type Organisation } from './organisation';
import { shareOf, type SizeSpec } from './sizes';
import type { Row, Rows, TableName } from './tables';

/** The global process seeded by migration 0006. */
export const GLOBAL_PROCESS = '00000000-0000-4000-8000-000000000001';
const DAY = 86_400_000;
const PASSIVE_AFTER_MONTHS = 18;

export interface ChunkInput {
  seed: number;
  size: SizeSpec;
  today: Date;
  org: Organisation;
  /** The global process's stage ids by key (they come from the migration, so from the database). */
  stageIds: Map<string, string>;
}

const idTables = [
  'accounts',
  'contacts',
  'holdings',
  'activities',
  'opportunities',
  'opportunity_lines',
  'stage_changes',
  'handoffs',
  'handoff_updates',
] as const;
type Ids = Record<(typeof idTables)[number], () => string>;

interface Chunk {
  input: ChunkInput;
  f: Faker;
  ids: Ids;
  from: number;
  to: number;
  accounts: DemoAccount[];
  accountIds: string[];
  contactIds: string[][];
  owners: Map<number, DemoSeller>;
  rows: Rows;
}

const day = (d: Date) => d.toISOString().slice(0, 10);
const share = (c: Chunk, total: number) => shareOf(total, c.input.size.accounts, c.from, c.to);
const push = (c: Chunk, table: TableName, row: Row) => (c.rows[table] ??= []).push(row);

/** Drop one contact (never the decision maker) from as many accounts as it takes to hit the chunk's share. */
function trimContacts(c: Chunk): void {
  const excess = c.accounts.reduce((n, a) => n + a.contacts.length, 0) - share(c, c.input.size.contacts);
  if (excess <= 0) return;
  for (const a of c.f.helpers.arrayElements(c.accounts, Math.min(excess, c.accounts.length))) a.contacts.pop();
}

function planOwners(c: Chunk): void {
  const sellerAt = new Map(c.input.org.sellers.map((s) => [s.index, s]));
  for (const a of c.accounts) c.owners.set(a.key, sellerAt.get(c.f.helpers.arrayElement(c.input.org.sellersIn(a.marketCode)))!);
}

function accountRows(c: Chunk): void {
  const { org, today } = c.input;
  for (const a of c.accounts) {
    const created = new Date(today.getTime() - c.f.number.int({ min: 30, max: 2500 }) * DAY);
    const updated = new Date(created.getTime() + c.f.number.float({ min: 0, max: 1 }) * (today.getTime() - created.getTime()));
    const globalOwner = a.isGlobal ? org.users[c.f.helpers.arrayElement(org.leaders)]!.id : null;
    push(c, 'accounts', [
      c.accountIds[a.key]!,
      a.name,
      a.orgNumber,
      a.industry,
      a.size,
      org.marketId.get(a.marketCode)!,
      a.street,
      a.postalCode,
      a.city,
      a.country,
      a.website,
      a.phone,
      a.parentKey === null ? null : c.accountIds[a.parentKey]!,
      a.isGlobal,
      globalOwner,
      org.users[c.owners.get(a.key)!.index]!.id,
      a.status,
      a.lastBusinessOn ? new Date(`${a.lastBusinessOn}T00:00:00Z`) : null,
      a.lostAt,
      a.lostReason,
      created,
      updated,
    ]);
    a.contacts.forEach((p, i) => {
      push(c, 'contacts', [
        c.contactIds[a.key]![i]!,
        c.accountIds[a.key]!,
        p.firstName,
        p.lastName,
        p.title,
        p.buyingRole,
        p.email,
        p.phone,
        created,
        created,
      ]);
    });
    for (const h of a.holdings) {
      push(c, 'holdings', [
        c.ids.holdings(),
        c.accountIds[a.key]!,
        org.productId.get(h.productCode)!,
        h.startedOn,
        h.endsOn,
        new Date(`${h.startedOn}T00:00:00Z`),
      ]);
    }
  }
}

const sizeWeight: Record<DemoAccount['size'], number> = { micro: 0.5, small: 0.8, medium: 1, large: 1.5, enterprise: 2.5 };
const statusWeight: Record<DemoAccount['status'], number> = { prospect: 0.4, customer: 1.3, passive: 0.8, lost: 0.7 };

/** How many timeline entries each account gets: bigger and active customers more; exactly the chunk's share in all. */
function activityCounts(c: Chunk): number[] {
  const target = share(c, c.input.size.activities);
  const weights = c.accounts.map((a) => sizeWeight[a.size] * statusWeight[a.status] * (0.5 + c.f.number.float({ min: 0, max: 1 })));
  const total = weights.reduce((s, w) => s + w, 0);
  const exact = weights.map((w) => (target * w) / total);
  const counts = exact.map(Math.floor);
  const byRemainder = exact.map((e, i) => ({ i, r: e - Math.floor(e) })).sort((x, y) => y.r - x.r || x.i - y.i);
  const missing = target - counts.reduce((s, n) => s + n, 0);
  for (let k = 0; k < missing; k++) counts[byRemainder[k % byRemainder.length]!.i]! += 1;
  return counts;
}

/** The shared timeline, written in time order (as it accumulates in a real database). */
function activityRows(c: Chunk): void {
  const { org, today } = c.input;
  const counts = activityCounts(c);
  const planned: DemoActivity[] = c.accounts.flatMap((a, i) =>
    planHistory(c.f, [a], org.sellers, c.owners, today, [counts[i]!, counts[i]!]),
  );
  planned.sort((x, y) => x.occurredAt.getTime() - y.occurredAt.getTime());
  for (const p of planned) {
    const id = c.ids.activities();
    const author = org.users[p.authorIndex]!;
    push(c, 'activities', [
      id,
      c.accountIds[p.accountKey]!,
      p.type,
      p.subject,
      p.occurredAt,
      p.dueAt,
      p.done,
      author.id,
      author.groupKey ? org.groupId.get(author.groupKey)! : null,
      p.occurredAt,
    ]);
    for (const k of p.contactIndexes) push(c, 'activity_contacts', [id, c.contactIds[p.accountKey]![k]!]);
  }
}

/** Opportunities from rounds of the demo planner, each round's owners a seller of another group in the account's market. */
function planDeals(c: Chunk): DemoOpportunity[] {
  const { org, today } = c.input;
  const target = share(c, c.input.size.opportunities);
  const all: DemoOpportunity[] = [];
  for (let round = 0; all.length < target && round < 20; round++) {
    const owners = new Map<number, number>();
    for (const a of c.accounts) {
      const group = demoGroups[(a.key + round) % demoGroups.length]!.key;
      const pool = round === 0 ? [c.owners.get(a.key)!.index] : org.sellersIn(a.marketCode, group);
      owners.set(a.key, c.f.helpers.arrayElement(pool.length ? pool : [c.owners.get(a.key)!.index]));
    }
    all.push(...planOpportunities(c.f, c.accounts, owners, (i) => org.users[i]!.groupKey!, today));
  }
  return c.f.helpers.arrayElements(all, Math.min(target, all.length)).sort((x, y) => x.createdAt.getTime() - y.createdAt.getTime());
}

function opportunityRow(c: Chunk, o: DemoOpportunity, id: string): Row {
  const { org, today, stageIds } = c.input;
  const account = c.accounts[o.accountKey]!;
  const lines = o.lines.map((l) => ({ ...l, discountPercent: 0, terminableAfterMonths: null }));
  const v = valueOpportunity(lines, o.estimatedValue);
  const last = o.history[o.history.length - 1]!;
  const parent = account.parentKey === null ? null : c.accounts[account.parentKey]!;
  const on = o.signedOn ?? day(today);
  const channel = classify({
    on,
    at: `${on}T23:59:59.999Z`,
    lines: lines.length
      ? lines.map((l) => ({ productId: l.productCode, annualValue: lineAnnualValue(l) }))
      : [{ productId: '', annualValue: v.value }],
    history: [
      ...account.holdings.map((h) => ({ ...h, productId: h.productCode, own: true })),
      ...(parent?.holdings ?? []).map((h) => ({ ...h, productId: h.productCode, own: false })),
    ],
    lostOn: account.lostAt ? day(account.lostAt) : null,
    passiveAfterMonths: PASSIVE_AFTER_MONTHS,
  });
  const owner = org.users[o.ownerIndex]!;
  return [
    id,
    c.accountIds[o.accountKey]!,
    o.name,
    owner.id,
    owner.groupKey ? org.groupId.get(owner.groupKey)! : null,
    org.marketId.get(account.marketCode)!,
    GLOBAL_PROCESS,
    stageIds.get(o.stageKey)!,
    c.contactIds[o.accountKey]![o.contactIndex]!,
    org.currencyOf.get(account.marketCode)!,
    o.estimatedValue,
    v.value,
    v.annualValue,
    o.expectedCloseOn,
    o.startOn,
    o.quoteSentOn,
    o.quoteValidUntil,
    o.signedOn,
    o.signedOn ? dealAgreementEnd(o.startOn ?? o.signedOn, o.lines) : null,
    o.lostReason,
    o.competitorIndex === null ? null : org.competitorIds[o.competitorIndex]!,
    o.closedAt,
    last.at,
    last.at,
    channel.channel,
    channel.reason,
    o.createdAt,
    last.at,
  ];
}

/** Writes the opportunities with lines and stage history; returns an opportunity id per account and group. */
function opportunityRows(c: Chunk): Map<string, string> {
  const { org, stageIds } = c.input;
  const byAccountAndGroup = new Map<string, string>();
  for (const o of planDeals(c)) {
    const id = c.ids.opportunities();
    push(c, 'opportunities', opportunityRow(c, o, id));
    o.lines.forEach((l, position) => {
      push(c, 'opportunity_lines', [
        c.ids.opportunity_lines(),
        id,
        org.productId.get(l.productCode)!,
        l.quantity,
        l.unitPrice,
        l.recurring,
        l.contractMonths,
        l.recurring ? committedMonths({ ...l, discountPercent: 0, terminableAfterMonths: null }) : null,
        position,
      ]);
    });
    o.history.forEach((h, k) => {
      const from = k === 0 ? null : stageIds.get(o.history[k - 1]!.stageKey)!;
      push(c, 'stage_changes', [c.ids.stage_changes(), id, from, stageIds.get(h.stageKey)!, h.at, org.users[o.ownerIndex]!.id]);
    });
    byAccountAndGroup.set(`${o.accountKey}|${org.users[o.ownerIndex]!.groupKey}`, id);
  }
  return byAccountAndGroup;
}

/** Handoffs in every state; those that became an opportunity point at one of the receiving group's deals there. */
function handoffRows(c: Chunk, deals: Map<string, string>): void {
  const { org, today } = c.input;
  const target = share(c, c.input.size.handoffs);
  const ownerIndex = new Map([...c.owners].map(([k, s]) => [k, s.index]));
  const planned: DemoHandoff[] = [];
  for (let round = 0; planned.length < target && round < 20; round++)
    planned.push(...planHandoffs(c.f, c.accounts, org.users, ownerIndex, today));
  const userId = (i: number) => org.users[i]!.id;
  for (const h of planned.slice(0, target)) {
    const id = c.ids.handoffs();
    const last = h.steps[h.steps.length - 1]!;
    const status = last.status;
    const giver = org.users[h.giverIndex]!;
    const opportunityId = h.steps.some((s) => s.status === 'opportunity_created')
      ? (deals.get(`${h.accountKey}|${h.toGroupKey}`) ?? null)
      : null;
    push(c, 'handoffs', [
      id,
      c.accountIds[h.accountKey]!,
      giver.id,
      giver.groupKey ? org.groupId.get(giver.groupKey)! : null,
      org.groupId.get(h.toGroupKey)!,
      h.toUserIndex === null ? null : userId(h.toUserIndex),
      [org.productId.get(h.productCode)!],
      c.contactIds[h.accountKey]![h.contactIndex]!,
      h.urgency,
      h.note,
      status,
      last.note,
      opportunityId,
      isOpen(status) ? dueAfter(status, last.at) : last.at,
      h.createdAt,
      last.at,
    ]);
    for (const s of h.steps) push(c, 'handoff_updates', [c.ids.handoff_updates(), id, s.status, s.note, userId(s.byIndex), s.at]);
  }
}

function idStreams(seed: number): Ids {
  const streams = {} as Ids;
  for (const t of idTables) {
    const s = uuidStream(seed, t);
    streams[t] = () => s.next();
  }
  return streams;
}

/** The rows of every chunk in turn. Call after planOrganisation (which seeds the fakers). */
export function* planChunks(input: ChunkInput): Generator<Rows> {
  const ids = idStreams(input.seed);
  for (let from = 0; from < input.size.accounts; from += input.size.chunk) {
    const to = Math.min(input.size.accounts, from + input.size.chunk);
    const accounts = planCustomers(benchFakers, to - from, input.today, PASSIVE_AFTER_MONTHS);
    const c: Chunk = { input, f: benchFakers.SE, ids, from, to, accounts, accountIds: [], contactIds: [], owners: new Map(), rows: {} };
    trimContacts(c);
    c.accountIds = accounts.map(() => ids.accounts());
    c.contactIds = accounts.map((a) => a.contacts.map(() => ids.contacts()));
    planOwners(c);
    accountRows(c);
    activityRows(c);
    handoffRows(c, opportunityRows(c));
    yield c.rows;
  }
}
