/**
 * The demo's industry certifications (I2): most sellers certified in one or two of the industries the
 * demo's customers are in — after their leader's exam or recorded from outside — one of them expired
 * and one expiring within the month, so the coverage page has something to say. Information and
 * communication (J) is left without certified sellers, and the fixed demo seller without any: the
 * journeys grant their first.
 */
import { demoIndustries } from './customers';
import type { Db } from '../db/client';
import { certifications } from '../db/schema';

interface Input {
  today: Date;
  leaders: { id: string; salesGroupId: string }[];
  sellers: { id: string; salesGroupId: string }[];
}

const DAY = 86_400_000;
const certifiable = demoIndustries.filter((i) => i !== 'J');

export async function loadCertificationsDemo(db: Db, input: Input): Promise<void> {
  const day = (offset: number) => new Date(input.today.getTime() + offset * DAY).toISOString().slice(0, 10);
  const rows = input.sellers.flatMap((seller, k) => {
    const leader = input.leaders.find((l) => l.salesGroupId === seller.salesGroupId);
    const first = {
      userId: seller.id,
      industry: certifiable[k % certifiable.length]!,
      grantedOn: day(-400 + k),
      // the first seller's has expired, the second's expires within the month, the rest last two years or for good
      expiresOn: k === 0 ? day(-10) : k === 1 ? day(20) : k % 2 === 0 ? day(330 + k) : null,
      source: k % 3 === 2 ? ('external' as const) : ('exam' as const),
      note: k % 3 === 2 ? 'Recorded from the industry association’s course' : 'Passed the industry exam',
      grantedById: leader?.id ?? null,
      createdAt: new Date(input.today.getTime() - (400 - k) * DAY),
    };
    const second = k % 3 === 1 ? [{ ...first, industry: certifiable[(k + 4) % certifiable.length]!, expiresOn: null }] : [];
    return [first, ...second];
  });
  if (rows.length) await db.insert(certifications).values(rows);
}
