/**
 * The tables the bench generator fills, with the columns it writes (the rest take their defaults),
 * and the encoding of a row as a line of PostgreSQL's COPY text format.
 */
export type Cell = string | number | boolean | Date | null | readonly string[];
export type Row = readonly Cell[];

export const tableColumns = {
  organisation: ['id', 'name', 'reporting_currency', 'default_locale', 'is_demo'],
  markets: ['id', 'code', 'name', 'currency', 'locale', 'leader_id'],
  sales_groups: ['id', 'name', 'description', 'leader_id'],
  users: ['id', 'email', 'name', 'password_hash', 'role', 'locale', 'sales_group_id', 'market_id'],
  products: ['id', 'sales_group_id', 'family', 'name', 'code', 'description', 'card'],
  competitors: ['id', 'name'],
  exchange_rates: ['currency', 'rate_on', 'per_euro'],
  targets: ['id', 'year', 'scope', 'user_id', 'sales_group_id', 'market_id', 'channel', 'amount'],
  seasons: ['id', 'name', 'starts_on', 'ends_on', 'mode', 'point_rules', 'incentive_rules'],
  season_teams: ['id', 'season_id', 'name', 'kind', 'sales_group_id'],
  accounts: [
    'id',
    'name',
    'org_number',
    'industry',
    'size',
    'market_id',
    'street',
    'postal_code',
    'city',
    'country',
    'website',
    'phone',
    'parent_id',
    'is_global',
    'global_owner_id',
    'owner_id',
    'status',
    'last_business_at',
    'lost_at',
    'lost_reason',
    'created_at',
    'updated_at',
  ],
  contacts: ['id', 'account_id', 'first_name', 'last_name', 'title', 'buying_role', 'email', 'phone', 'created_at', 'updated_at'],
  holdings: ['id', 'account_id', 'product_id', 'started_on', 'ends_on', 'created_at'],
  activities: ['id', 'account_id', 'type', 'subject', 'occurred_at', 'due_at', 'done', 'author_id', 'sales_group_id', 'created_at'],
  activity_contacts: ['activity_id', 'contact_id'],
  opportunities: [
    'id',
    'account_id',
    'name',
    'owner_id',
    'sales_group_id',
    'market_id',
    'process_id',
    'stage_id',
    'contact_id',
    'currency',
    'estimated_value',
    'value',
    'annual_value',
    'expected_close_on',
    'start_on',
    'quote_sent_on',
    'quote_valid_until',
    'signed_on',
    'agreement_ends_on',
    'lost_reason',
    'competitor_id',
    'closed_at',
    'stage_entered_at',
    'last_activity_at',
    'channel',
    'channel_reason',
    'created_at',
    'updated_at',
  ],
  opportunity_lines: ['id', 'opportunity_id', 'product_id', 'quantity', 'unit_price', 'recurring', 'contract_months', 'committed_months', 'position'],
  stage_changes: ['id', 'opportunity_id', 'from_stage_id', 'to_stage_id', 'at', 'by_user_id'],
  handoffs: [
    'id',
    'account_id',
    'giver_id',
    'giver_group_id',
    'to_sales_group_id',
    'to_user_id',
    'product_ids',
    'contact_id',
    'urgency',
    'note',
    'status',
    'status_note',
    'opportunity_id',
    'due_at',
    'created_at',
    'updated_at',
  ],
  handoff_updates: ['id', 'handoff_id', 'status', 'note', 'by_user_id', 'at'],
} as const;

export type TableName = keyof typeof tableColumns;

/** Written once, before the chunks. */
export const staticTables = [
  'organisation',
  'markets',
  'sales_groups',
  'users',
  'products',
  'competitors',
  'exchange_rates',
  'targets',
  'seasons',
  'season_teams',
] as const satisfies readonly TableName[];
/** Written chunk by chunk; their secondary indexes are dropped during the load and rebuilt after. */
export const bulkTables = [
  'accounts',
  'contacts',
  'holdings',
  'activities',
  'activity_contacts',
  'opportunities',
  'opportunity_lines',
  'stage_changes',
  'handoffs',
  'handoff_updates',
] as const satisfies readonly TableName[];

export type Rows = Partial<Record<TableName, Row[]>>;

function escapeText(s: string): string {
  return s.replace(/[\\\t\n\r]/g, (c) => (c === '\\' ? '\\\\' : c === '\t' ? '\\t' : c === '\n' ? '\\n' : '\\r'));
}

function encodeCell(c: Cell): string {
  if (c === null) return '\\N';
  if (typeof c === 'string') return escapeText(c);
  if (typeof c === 'number') return String(c);
  if (typeof c === 'boolean') return c ? 't' : 'f';
  if (c instanceof Date) return c.toISOString();
  return escapeText(`{${c.map((v) => `"${v.replace(/["\\]/g, (x) => `\\${x}`)}"`).join(',')}}`);
}

/** One row as a line of COPY text: tab-separated, `\N` for null. */
export function copyLine(row: Row): string {
  return `${row.map(encodeCell).join('\t')}\n`;
}
