/**
 * The demo's sales leadership and international accounts (issue 20): one-to-ones held with the sellers
 * (some on cadence, some overdue, with ratings and an agreed action still open on the seller's list),
 * and coverage rules for every group of companies — each subsidiary's market covered by its owner.
 * The fixed demo seller (seller@nordlys.example) is left without one-to-ones: the journeys hold their first.
 */
import type { Ratings } from '@domain/one-to-ones';
import type { Db } from '../db/client';
import { coverageRules, oneToOneActions, oneToOneCadences, oneToOnes } from '../db/schema';
import { createTaskIn } from '../modules/tasks/service';

interface Input {
  today: Date;
  /** Each sales group's leader. */
  leaders: { id: string; salesGroupId: string }[];
  sellers: { id: string; salesGroupId: string }[];
  groups: { id: string; subsidiaries: { marketId: string; ownerId: string }[] }[];
}

const DAY = 86_400_000;
const notes = [
  'Went through the deals that have gone quiet and agreed who to call first. Good preparation this time.',
  'Talked about showing value earlier: bring the customer’s own numbers to the second meeting.',
];
const ratingsOf = (k: number): Ratings[] => [
  { preparation: 3, needs_discovery: 2 + (k % 2), showing_value: 3, chemistry: 4 },
  { preparation: 4, needs_discovery: 3, showing_value: 3 + (k % 2), chemistry: 4 },
];

export async function loadLeadershipDemo(db: Db, input: Input): Promise<void> {
  const ctx = { db, clock: { now: () => input.today }, inTransaction: true as const };
  const day = (offset: number) => new Date(input.today.getTime() + offset * DAY);
  for (const [k, seller] of input.sellers.entries()) {
    const leader = input.leaders.find((l) => l.salesGroupId === seller.salesGroupId);
    // a third never met yet, a third overdue (last met 24 days ago, every 14), a third on cadence (6 days ago, every 21)
    if (!leader || k % 3 === 0) continue;
    const overdue = k % 3 === 1;
    await db.insert(oneToOneCadences).values({ sellerId: seller.id, everyDays: overdue ? 14 : 21, setById: leader.id, updatedAt: day(-60) });
    const held = overdue ? [-38, -24] : [-20, -6];
    for (const [n, offset] of held.entries()) {
      const at = day(offset);
      const [row] = await db
        .insert(oneToOnes)
        .values({
          sellerId: seller.id,
          leaderId: leader.id,
          heldOn: at.toISOString().slice(0, 10),
          heldAt: at,
          notes: notes[n]!,
          ratings: ratingsOf(k)[n]!,
          createdAt: at,
        })
        .returning({ id: oneToOnes.id });
      const title = n === 0 ? 'Call back the three deals that have gone quiet' : 'Bring the customer’s own figures to the next meeting';
      const taskId = await createTaskIn(
        { ...ctx, clock: { now: () => at } },
        { id: leader.id, role: 'sales_leader', salesGroupId: leader.salesGroupId, marketId: null, leads: { salesGroupIds: [leader.salesGroupId], marketIds: [] } },
        { title, note: 'Agreed at a one-to-one', dueOn: day(offset + 7).toISOString().slice(0, 10), ownerId: seller.id },
      );
      await db.insert(oneToOneActions).values({ oneToOneId: row!.id, taskId, title, createdAt: at });
    }
  }
  const rules = input.groups.flatMap((g) => {
    const byMarket = new Map<string, string>();
    for (const s of g.subsidiaries) if (!byMarket.has(s.marketId)) byMarket.set(s.marketId, s.ownerId);
    return [...byMarket].map(([marketId, sellerId]) => ({ groupId: g.id, marketId, salesGroupId: null, sellerId }));
  });
  if (rules.length) await db.insert(coverageRules).values(rules);
}
