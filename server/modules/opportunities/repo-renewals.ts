import { sql } from 'drizzle-orm';
import { rowsOf, type Db } from '../../db/client';

export interface DueAgreement {
  opportunityId: string;
  name: string;
  accountId: string;
  accountName: string;
  /** The deal's seller and the account's owner (either may be missing or gone). */
  sellerId: string | null;
  accountOwnerId: string | null;
  endsOn: string;
}

/**
 * Won deals whose agreement ends between today and `until` (the partial index on `agreement_ends_on`), on
 * live accounts, whose renewal nobody has started: no open deal on the account for one of its recurring products.
 */
export async function agreementsEnding(db: Db, today: string, until: string): Promise<DueAgreement[]> {
  const result = await db.execute(sql`
    select o.id as "opportunityId", o.name, o.account_id as "accountId", a.name as "accountName",
           (select u.id from users u where u.id = o.owner_id and u.active) as "sellerId",
           (select u.id from users u where u.id = a.owner_id and u.active) as "accountOwnerId",
           to_char(o.agreement_ends_on, 'YYYY-MM-DD') as "endsOn"
    from opportunities o join accounts a on a.id = o.account_id
    where o.agreement_ends_on >= ${today}::date and o.agreement_ends_on <= ${until}::date
      and o.deleted_at is null and a.deleted_at is null
      and not exists (
        select 1 from opportunities r join opportunity_lines rl on rl.opportunity_id = r.id
        where r.account_id = o.account_id and r.id <> o.id and r.closed_at is null and r.deleted_at is null
          and rl.product_id in (select l.product_id from opportunity_lines l where l.opportunity_id = o.id and l.recurring))
    order by o.agreement_ends_on`);
  return rowsOf<DueAgreement>(result);
}

/** Claim the alerts of these agreements and thresholds; only those not sent before come back (once, even with two runs at once). */
export async function claimRenewalAlerts(
  db: Db,
  claims: { opportunityId: string; endsOn: string; days: number }[],
  at: Date,
): Promise<Set<string>> {
  if (claims.length === 0) return new Set();
  const result = await db.execute(sql`
    insert into renewal_alerts (opportunity_id, ends_on, days, sent_at)
    select c.opportunity_id, c.ends_on, c.days, ${at}
    from unnest(${sql.param(claims.map((c) => c.opportunityId))}::uuid[], ${sql.param(claims.map((c) => c.endsOn))}::date[],
                ${sql.param(claims.map((c) => c.days))}::int[]) as c(opportunity_id, ends_on, days)
    on conflict do nothing
    returning opportunity_id as "opportunityId", days`);
  return new Set(rowsOf<{ opportunityId: string; days: number }>(result).map((r) => `${r.opportunityId}:${r.days}`));
}
