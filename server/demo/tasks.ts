import type { DemoAccount } from './customers';
import { lines, type DemoSeller } from './history';
import type { DemoOpportunity } from './pipeline';

/** An open task of a demo seller: due some days from the demo's today (negative: overdue), about an account or a deal. */
export interface DemoTask {
  ownerIndex: number;
  title: string;
  /** Days from today; negative is overdue. */
  dueInDays: number;
  accountKey: number;
  /** Index into the demo's opportunities, when the task is about a deal. */
  opportunityIndex: number | null;
  /** Index into the account's contacts, when the task is about a person. */
  contactIndex: number | null;
}

/** Per seller, in this order: overdue, overdue, today, this week, this week. */
const dueDays = [-6, -2, 0, 2, 5];

/**
 * Every seller's open tasks (the home page's "my tasks" and the record pages' task panels): a few
 * overdue, one due today and a couple later this week, about their own customers and open deals.
 * Picked in order, without random draws, so the rest of the demo stays what the seed makes it.
 */
export function planTasks(
  accounts: DemoAccount[],
  sellers: DemoSeller[],
  ownerIndex: Map<number, number>,
  opportunities: DemoOpportunity[],
): DemoTask[] {
  const out: DemoTask[] = [];
  for (const seller of sellers) {
    const own = accounts.filter((a) => ownerIndex.get(a.key) === seller.index && a.lostAt === null && a.contacts.length > 0);
    const deals = opportunities.flatMap((o, i) =>
      o.ownerIndex === seller.index && o.closedAt === null && own.some((a) => a.key === o.accountKey) ? [i] : [],
    );
    if (own.length === 0) continue;
    const say = lines[seller.locale].task;
    dueDays.forEach((dueInDays, k) => {
      const deal = k % 2 === 0 ? deals[k / 2] : undefined;
      const account = deal === undefined ? own[k % own.length]! : accounts[opportunities[deal]!.accountKey]!;
      const contactIndex = deal === undefined ? k % account.contacts.length : opportunities[deal]!.contactIndex;
      out.push({
        ownerIndex: seller.index,
        title: say[k % say.length]!.replace('{p}', account.contacts[contactIndex]!.firstName),
        dueInDays,
        accountKey: account.key,
        opportunityIndex: deal ?? null,
        contactIndex: deal === undefined && k % 2 === 1 ? contactIndex : null,
      });
    });
  }
  return out;
}
