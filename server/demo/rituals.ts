/**
 * The demo's rituals (E1–E3), for one market: a running joint-visit scheme with six weeks of
 * recorded visits and this week's pairs (paired by the real `domain/pairing.ts`), a held and a
 * coming seminar with invitees and attendance, and two customer interview rounds with insights.
 * Written straight into the tables like the rest of the demo; deterministic but for the ids.
 */
import type { Db } from '../db/client';
import {
  interviewInsights,
  interviewListeners,
  interviewRounds,
  jointVisits,
  seminarInvitees,
  seminarSellers,
  seminars,
  visitSchemeMembers,
  visitSchemes,
} from '../db/schema';
import { proposePairs, type PastPair } from '@domain/pairing';
import { isoWeek, timeZoneForMarket, weekStart, zonedToUtc, type AttendanceStatus } from '@domain/rituals';
import type { IndustryCode } from '@domain/industries';

export interface RitualsDemoInput {
  today: Date;
  marketId: string;
  marketCode: string;
  /** The market's sellers: id, group, locale. */
  sellers: { id: string; salesGroupId: string; locale: string }[];
  /** The market's customers with their contacts. */
  accounts: { id: string; name: string; industry: IndustryCode; contactIds: string[] }[];
}

const learned = [
  'They plan a new warehouse next year and want one partner for the site',
  'Their fleet manager is unhappy with downtime on the vans',
  'Energy costs are the CFO’s first topic this year',
  'They are consolidating suppliers to cut admin',
  'Security incidents at the night shift worry them',
  'They want to report on sustainability to their own customers',
];
const needs = ['Site services', 'Fleet maintenance', 'Energy audit', 'One invoice', 'Guarding at night', 'Emissions reporting'];

const attendance = (s: AttendanceStatus): AttendanceStatus => s;
const day = (today: Date, offset: number) => new Date(today.getTime() + offset * 86_400_000).toISOString().slice(0, 10);

export async function loadRitualsDemo(tx: Db, input: RitualsDemoInput): Promise<void> {
  const { today, sellers, accounts } = input;
  if (sellers.length < 2 || new Set(sellers.map((s) => s.salesGroupId)).size < 2 || accounts.length < 8) return;
  const zone = timeZoneForMarket(input.marketCode);
  const thisMonday = weekStart(today);
  const monday = (weeksAgo: number) =>
    new Date(Date.parse(`${thisMonday}T12:00:00Z`) - weeksAgo * 7 * 86_400_000).toISOString().slice(0, 10);

  // A joint-visit scheme started six weeks ago: six weeks recorded, this week's pairs proposed or planned.
  const [scheme] = await tx
    .insert(visitSchemes)
    .values({ name: 'Sambesök — demo', marketId: input.marketId, cadence: 'weekly', startsOn: monday(6) })
    .returning({ id: visitSchemes.id });
  await tx.insert(visitSchemeMembers).values(sellers.map((s) => ({ schemeId: scheme!.id, userId: s.id, languages: [s.locale] })));
  const history: PastPair[] = [];
  let n = 0;
  for (let weeksAgo = 6; weeksAgo >= 0; weeksAgo--) {
    const week = monday(weeksAgo);
    const period = isoWeek(new Date(`${week}T12:00:00Z`));
    const pairs = proposePairs({
      sellers: sellers.map((s) => ({
        id: s.id,
        salesGroupId: s.salesGroupId,
        marketId: input.marketId,
        languages: [s.locale],
        available: true,
        canHost: true,
      })),
      history,
      period,
    });
    history.push(...pairs);
    await tx.insert(jointVisits).values(
      pairs.map((p, i) => {
        n++;
        const account = accounts[n % accounts.length]!;
        const dayOfWeek = 1 + (i % 4); // Tuesday to Friday
        const local = `${new Date(Date.parse(`${week}T12:00:00Z`) + dayOfWeek * 86_400_000).toISOString().slice(0, 10)}T${i % 2 ? '13:30' : '09:00'}`;
        const startsAt = zonedToUtc(local, zone);
        const past = startsAt.getTime() < today.getTime() - 86_400_000;
        const planned = weeksAgo > 0 || i % 3 !== 2;
        return {
          schemeId: scheme!.id,
          period,
          hostId: p.hostId,
          guestId: p.guestId,
          timeZone: zone,
          status: past ? ('done' as const) : planned ? ('accepted' as const) : ('proposed' as const),
          accountId: planned || past ? account.id : null,
          startsAt: planned || past ? startsAt : null,
          endsAt: planned || past ? new Date(startsAt.getTime() + 90 * 60_000) : null,
          place: planned || past ? `${account.name}, head office` : '',
          learned: past ? learned[n % learned.length]! : null,
          needs: past ? needs[n % needs.length]! : null,
          recordedAt: past ? new Date(startsAt.getTime() + 3 * 3_600_000) : null,
          recordedById: past ? p.guestId : null,
          sequence: 1,
        };
      }),
    );
  }

  // A seminar held two weeks ago and one in three weeks.
  const bySeller = new Map<string, string>();
  for (const s of sellers) if (!bySeller.has(s.salesGroupId)) bySeller.set(s.salesGroupId, s.id);
  const seminarSellerIds = [...bySeller.values()].slice(0, 3);
  const seminarRows = await tx
    .insert(seminars)
    .values([
      {
        title: 'Energy and the workplace of tomorrow',
        topic: 'Customers tell how they cut energy costs; our groups show what works on site, in the fleet and in the office.',
        startsAt: zonedToUtc(`${day(today, -14)}T14:00`, zone),
        endsAt: zonedToUtc(`${day(today, -14)}T16:30`, zone),
        timeZone: zone,
        place: 'Nordlys office, conference room Norrsken',
        capacity: 40,
        marketId: input.marketId,
        followUpMonths: 6,
        createdById: seminarSellerIds[0]!,
      },
      {
        title: 'Safe and secure sites',
        topic: 'Guarding, access and fire safety in one plan.',
        startsAt: zonedToUtc(`${day(today, 21)}T09:00`, zone),
        endsAt: zonedToUtc(`${day(today, 21)}T11:00`, zone),
        timeZone: zone,
        place: '',
        link: 'https://meet.example.com/safe-sites',
        capacity: 60,
        marketId: input.marketId,
        followUpMonths: 6,
        createdById: seminarSellerIds[1]!,
      },
    ])
    .returning({ id: seminars.id });
  await tx.insert(seminarSellers).values(seminarRows.flatMap((s) => seminarSellerIds.map((userId) => ({ seminarId: s.id, userId }))));
  const held = accounts.slice(0, 4);
  const coming = accounts.slice(4, 7);
  await tx.insert(seminarInvitees).values([
    ...held.flatMap((a, ai) =>
      a.contactIds.slice(0, 3).map((contactId, ci) => ({
        seminarId: seminarRows[0]!.id,
        contactId,
        accountId: a.id,
        status: attendance(ci === 0 && ai < 3 ? 'attended' : ci === 1 ? 'no_show' : 'invited'),
      })),
    ),
    ...coming.flatMap((a, ai) =>
      a.contactIds.slice(0, 2).map((contactId, ci) => ({
        seminarId: seminarRows[1]!.id,
        contactId,
        accountId: a.id,
        status: attendance(ci === 0 && ai < 2 ? 'registered' : 'invited'),
      })),
    ),
  ]);

  // Two interview rounds with insights, one of them relevant to the customer's whole industry.
  const listeners = [...bySeller.values()].slice(0, 2);
  const rounds = [
    {
      account: accounts[7]!,
      heldOn: day(today, -21),
      topics: ['How you plan capacity for the peak season', 'What your energy bill looks like', 'How you choose suppliers'],
      insights: [
        {
          topic: 0,
          text: 'They hire 40 temporary staff every autumn and struggle to house and transport them',
          reach: 'this_customer' as const,
        },
        { topic: 1, text: 'Energy is their second largest cost after wages; nobody owns it', reach: 'industry' as const },
        { topic: 2, text: 'They prefer one partner per site over many specialists', reach: 'this_customer' as const },
      ],
    },
    {
      account: accounts[accounts.length - 1]!,
      heldOn: day(today, -7),
      topics: ['Your growth plans', 'Workplace and premises', 'Sustainability reporting', 'What you wish we did better'],
      insights: [
        {
          topic: 1,
          text: 'Moving to a new office in the spring: reception, cleaning and IT all to be bought',
          reach: 'this_customer' as const,
        },
        { topic: 2, text: 'Their largest customers now ask for emissions per delivery', reach: 'industry' as const },
      ],
    },
  ];
  for (const r of rounds) {
    const [row] = await tx
      .insert(interviewRounds)
      .values({
        accountId: r.account.id,
        contactId: r.account.contactIds[0] ?? null,
        heldOn: r.heldOn,
        topics: r.topics,
        createdById: listeners[0]!,
      })
      .returning({ id: interviewRounds.id });
    await tx.insert(interviewListeners).values(listeners.map((userId) => ({ roundId: row!.id, userId })));
    await tx.insert(interviewInsights).values(
      r.insights.map((i, k) => ({
        roundId: row!.id,
        topic: i.topic,
        text: i.text,
        reach: i.reach,
        industry: i.reach === 'industry' ? r.account.industry : null,
        byUserId: listeners[k % listeners.length]!,
      })),
    );
  }
}
