import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { tourKeys } from '@domain/guidance';
import { sells } from '@domain/people';
import type { Db } from '../db/client';
import { version } from '../version';
import {
  accounts,
  churnReasons,
  churnRecords,
  forumMeetings,
  forums,
  seasonTeams,
  seasons,
  handoffUpdates,
  handoffs,
  competitors,
  exchangeRates,
  opportunities,
  opportunityLines,
  stageChanges,
  stages,
  activities,
  activityContacts,
  contacts,
  holdings,
  invoiceLines,
  targets,
  markets,
  organisation,
  products,
  salesGroups,
  userGuidance,
  users,
} from '../db/schema';
import { hashPassword } from '../platform/passwords';
import { demoCards } from './cards';
import { demoDomain, demoGroups, demoMarkets, demoOrganisationName, demoPassword } from './catalogue';
import { planDemo, type DemoSize } from './generate';
import { demoCompetitors, demoRates } from './pipeline';
import { planInvoices, planTargets } from './revenue';
import { loadRitualsDemo } from './rituals';
import { loadLeadershipDemo } from './leadership';
import { loadCertificationsDemo } from './certifications';
import { dealAgreementEnd } from '@domain/pipeline/agreements';
import { committedMonths, lineAnnualValue, valueOpportunity } from '@domain/pipeline/money';
import { classify } from '@domain/channels';
import { dueAfter, isOpen } from '@domain/handoffs';
import { defaultPointRules } from '@domain/game';
import { pauseReadModelTriggers, rebuildReadModels } from '../modules/read-models/service';
import { createTaskIn } from '../modules/tasks/service';
import { addLeadEvent, insertLead, moveLead } from '../modules/leads/service';
import { convertLead } from '../modules/leads/service-convert';
import { chaseLeads } from '../modules/leads/service-sla';
import { loadPastLeads } from './load-past-leads';
import type { Actor } from '../platform/auth';
import type { TxContext } from '../platform/context';

export class DemoRefusedError extends Error {}

export interface DemoSummary {
  organisation: string;
  users: number;
  products: number;
  accounts: number;
  contacts: number;
  activities: number;
  opportunities: number;
  handoffs: number;
  tasks: number;
  leads: number;
  signIns: { role: string; email: string; password: string }[];
}

/** The global process seeded by migration 0006. */
const GLOBAL_PROCESS = '00000000-0000-4000-8000-000000000001';

export const demoSignIns = [
  { role: 'admin', email: `admin@${demoDomain}`, password: demoPassword },
  { role: 'sales leader', email: `leader@${demoDomain}`, password: demoPassword },
  { role: 'seller', email: `seller@${demoDomain}`, password: demoPassword },
  { role: 'marketing', email: `marketing@${demoDomain}`, password: demoPassword },
];

/**
 * Create the demo organisation in one transaction: all of it or nothing.
 * Refuses a database that already has an organisation (demo data never mixes with real data).
 * Bulk seeding writes the tables directly; the app's own writes go through the module services.
 */
export async function loadDemo(db: Db, options: { seed: number; size: DemoSize; today?: Date }): Promise<DemoSummary> {
  const plan = planDemo(options.seed, options.size, options.today);
  const passwordHash = await hashPassword(demoPassword); // one hash, shared by the demo users
  const summary = await db.transaction(async (tx) => {
    await pauseReadModelTriggers(tx); // rebuilt below, once
    const [existing] = await tx.select({ name: organisation.name }).from(organisation);
    if (existing)
      throw new DemoRefusedError(
        `This database already has an organisation (${existing.name}); demo data is only created in an empty database.`,
      );
    await tx
      .insert(organisation)
      .values({ id: 1, name: demoOrganisationName, reportingCurrency: 'EUR', defaultLocale: 'en', isDemo: true });

    const marketRows = await tx
      .insert(markets)
      .values(demoMarkets.map(({ code, name, currency, locale }) => ({ code, name, currency, locale })))
      .returning();
    const marketId = new Map(marketRows.map((m) => [m.code, m.id]));
    const groupRows = await tx
      .insert(salesGroups)
      .values(demoGroups.map(({ name, description }) => ({ name, description })))
      .returning();
    const groupId = new Map(demoGroups.map((g, i) => [g.key, groupRows[i]!.id]));

    const userRows = await tx
      .insert(users)
      .values(
        plan.users.map((u) => ({
          email: u.email,
          name: u.name,
          passwordHash,
          role: u.role,
          locale: u.locale,
          salesGroupId: u.groupKey ? groupId.get(u.groupKey)! : null,
          marketId: u.marketCode ? marketId.get(u.marketCode)! : null,
        })),
      )
      .returning({ id: users.id });
    // the demo's people have used Korsa for a year: their page tours are behind them (the help menu opens any)
    await tx.insert(userGuidance).values(userRows.map((u) => ({ userId: u.id, toursSeen: [...tourKeys], releaseSeen: version })));
    for (const [i, u] of plan.users.entries()) {
      const id = userRows[i]!.id;
      if (u.leadsGroupKey)
        await tx
          .update(salesGroups)
          .set({ leaderId: id })
          .where(eq(salesGroups.id, groupId.get(u.leadsGroupKey)!));
      if (u.leadsMarketCode)
        await tx
          .update(markets)
          .set({ leaderId: id })
          .where(eq(markets.id, marketId.get(u.leadsMarketCode)!));
    }

    const productValues = demoGroups.flatMap((g) =>
      g.families.flatMap((f) =>
        f.products.map(([code, name, description]) => ({
          salesGroupId: groupId.get(g.key)!,
          family: f.family,
          code,
          name,
          description,
          card: demoCards[code] ?? {},
        })),
      ),
    );
    const productRows = await tx.insert(products).values(productValues).returning({ id: products.id, code: products.code });
    const productId = new Map(productRows.map((p) => [p.code, p.id]));

    // Customers, their people, what they own, and their history.
    const userId = (index: number) => userRows[index]!.id;
    const groupOfUser = (index: number) => (plan.users[index]!.groupKey ? groupId.get(plan.users[index]!.groupKey)! : null);
    const accountIds = plan.accounts.map(() => randomUUID());
    await inChunks(plan.accounts, (chunk) =>
      tx.insert(accounts).values(
        chunk.map((a) => ({
          id: accountIds[a.key]!,
          name: a.name,
          orgNumber: a.orgNumber,
          industry: a.industry,
          size: a.size,
          marketId: marketId.get(a.marketCode)!,
          street: a.street,
          postalCode: a.postalCode,
          city: a.city,
          country: a.country,
          website: a.website,
          phone: a.phone,
          parentId: a.parentKey === null ? null : accountIds[a.parentKey]!,
          isGlobal: a.isGlobal,
          globalOwnerId: plan.globalOwnerIndex.has(a.key) ? userId(plan.globalOwnerIndex.get(a.key)!) : null,
          ownerId: userId(plan.ownerIndex.get(a.key)!),
          status: a.status,
          lastBusinessAt: a.lastBusinessOn ? new Date(`${a.lastBusinessOn}T00:00:00Z`) : null,
          lostAt: a.lostAt,
          lostReason: a.lostReason,
        })),
      ),
    );
    const contactIds = plan.accounts.map((a) => a.contacts.map(() => randomUUID()));
    const contactValues = plan.accounts.flatMap((a) =>
      a.contacts.map((c, i) => ({ id: contactIds[a.key]![i]!, accountId: accountIds[a.key]!, ...c })),
    );
    await inChunks(contactValues, (chunk) => tx.insert(contacts).values(chunk));
    const holdingValues = plan.accounts.flatMap((a) =>
      a.holdings.map((h) => ({
        accountId: accountIds[a.key]!,
        productId: productId.get(h.productCode)!,
        startedOn: h.startedOn,
        endsOn: h.endsOn,
      })),
    );
    await inChunks(holdingValues, (chunk) => tx.insert(holdings).values(chunk));
    // Why the lost customers left (J2): the churn report's history. The demo's old agreements carry no
    // price, so each product held counts as a typical agreement of EUR 12,000 a year.
    const reasonId = new Map((await tx.select().from(churnReasons)).map((r) => [r.key, r.id]));
    const reasonKey = (text: string | null) =>
      text?.includes('competitor')
        ? 'competitor'
        : text?.includes('closed')
          ? 'business_closed'
          : text?.includes('Budget')
            ? 'budget'
            : 'service';
    await inChunks(
      plan.accounts.flatMap((a) =>
        a.lostAt
          ? [
              {
                kind: 'account' as const,
                accountId: accountIds[a.key]!,
                reasonId: reasonId.get(reasonKey(a.lostReason))!,
                note: a.lostReason ?? '',
                lostValue: 12_000 * new Set(a.holdings.map((h) => h.productCode)).size,
                currency: 'EUR',
                productIds: [...new Set(a.holdings.map((h) => productId.get(h.productCode)!))],
                marketId: marketId.get(a.marketCode)!,
                recordedById: userId(plan.ownerIndex.get(a.key)!),
                occurredAt: a.lostAt,
              },
            ]
          : [],
      ),
      (chunk) => tx.insert(churnRecords).values(chunk),
    );
    const activityIds = plan.activities.map(() => randomUUID());
    await inChunks(
      plan.activities.map((a, i) => ({
        id: activityIds[i]!,
        accountId: accountIds[a.accountKey]!,
        type: a.type,
        subject: a.subject,
        occurredAt: a.occurredAt,
        dueAt: a.dueAt,
        done: a.done,
        authorId: userId(a.authorIndex),
        salesGroupId: groupOfUser(a.authorIndex),
        createdAt: a.occurredAt,
      })),
      (chunk) => tx.insert(activities).values(chunk),
    );
    const links = plan.activities.flatMap((a, i) =>
      a.contactIndexes.map((c) => ({ activityId: activityIds[i]!, contactId: contactIds[a.accountKey]![c]! })),
    );
    await inChunks(links, (chunk) => tx.insert(activityContacts).values(chunk));

    // The pipeline: competitors, exchange rates, and opportunities with their lines and stage history.
    const competitorRows = await tx
      .insert(competitors)
      .values(demoCompetitors.map((name) => ({ name })))
      .returning({ id: competitors.id });
    const yearStart = `${(options.today ?? new Date()).getUTCFullYear()}-01-01`;
    await tx
      .insert(exchangeRates)
      .values(Object.entries(demoRates).map(([currency, perEuro]) => ({ currency, rateOn: '2020-01-01', perEuro })));
    await tx
      .insert(exchangeRates)
      .values(Object.entries(demoRates).map(([currency, perEuro]) => ({ currency, rateOn: yearStart, perEuro })));
    const stageRows = await tx.select().from(stages).where(eq(stages.processId, GLOBAL_PROCESS));
    const stageId = new Map(stageRows.map((s) => [s.key, s.id]));
    const currencyOf = new Map(demoMarkets.map((m) => [m.code, m.currency]));
    const opportunityIds = plan.opportunities.map(() => randomUUID());
    await inChunks(
      plan.opportunities.map((o, i) => {
        const account = plan.accounts[o.accountKey]!;
        const lines = o.lines.map((l) => ({ ...l, discountPercent: 0, terminableAfterMonths: null }));
        const v = valueOpportunity(lines, o.estimatedValue);
        const last = o.history[o.history.length - 1]!;
        const parent = account.parentKey === null ? null : plan.accounts[account.parentKey]!;
        const on = o.signedOn ?? (options.today ?? new Date()).toISOString().slice(0, 10);
        const c = classify({
          on,
          at: `${on}T23:59:59.999Z`,
          lines: lines.length
            ? lines.map((l) => ({ productId: l.productCode, annualValue: lineAnnualValue(l) }))
            : [{ productId: '', annualValue: v.value }],
          history: [
            ...account.holdings.map((h) => ({ ...h, productId: h.productCode, own: true })),
            ...(parent?.holdings ?? []).map((h) => ({ ...h, productId: h.productCode, own: false })),
          ],
          lostOn: account.lostAt?.toISOString().slice(0, 10) ?? null,
          passiveAfterMonths: 18,
        });
        return {
          id: opportunityIds[i]!,
          accountId: accountIds[o.accountKey]!,
          name: o.name,
          ownerId: userId(o.ownerIndex),
          salesGroupId: groupOfUser(o.ownerIndex),
          marketId: marketId.get(account.marketCode)!,
          processId: GLOBAL_PROCESS,
          stageId: stageId.get(o.stageKey)!,
          contactId: contactIds[o.accountKey]![o.contactIndex]!,
          currency: currencyOf.get(account.marketCode)!,
          estimatedValue: o.estimatedValue,
          value: v.value,
          annualValue: v.annualValue,
          expectedCloseOn: o.expectedCloseOn,
          startOn: o.startOn,
          quoteSentOn: o.quoteSentOn,
          quoteValidUntil: o.quoteValidUntil,
          signedOn: o.signedOn,
          agreementEndsOn: o.signedOn ? dealAgreementEnd(o.startOn ?? o.signedOn, o.lines) : null,
          lostReason: o.lostReason,
          competitorId: o.competitorIndex === null ? null : competitorRows[o.competitorIndex]!.id,
          closedAt: o.closedAt,
          stageEnteredAt: last.at,
          lastActivityAt: last.at,
          createdAt: o.createdAt,
          updatedAt: last.at,
          channel: c.channel,
          channelReason: c.reason,
        };
      }),
      (chunk) => tx.insert(opportunities).values(chunk),
    );
    const lineValues = plan.opportunities.flatMap((o, i) =>
      o.lines.map((l, position) => ({
        opportunityId: opportunityIds[i]!,
        productId: productId.get(l.productCode)!,
        quantity: l.quantity,
        unitPrice: l.unitPrice,
        recurring: l.recurring,
        contractMonths: l.contractMonths,
        committedMonths: l.recurring ? committedMonths({ ...l, discountPercent: 0, terminableAfterMonths: null }) : null,
        position,
      })),
    );
    await inChunks(lineValues, (chunk) => tx.insert(opportunityLines).values(chunk));
    const changes = plan.opportunities.flatMap((o, i) =>
      o.history.map((h, k) => ({
        opportunityId: opportunityIds[i]!,
        fromStageId: k === 0 ? null : stageId.get(o.history[k - 1]!.stageKey)!,
        toStageId: stageId.get(h.stageKey)!,
        at: h.at,
        byUserId: userId(o.ownerIndex),
      })),
    );
    await inChunks(changes, (chunk) => tx.insert(stageChanges).values(chunk));

    // Handoffs between the groups, in every state; the open ones due (or overdue) as the rules say.
    const handoffIds = plan.handoffs.map(() => randomUUID());
    await inChunks(
      plan.handoffs.map((h, i) => {
        const last = h.steps[h.steps.length - 1]!;
        const status = last.status;
        return {
          id: handoffIds[i]!,
          accountId: accountIds[h.accountKey]!,
          giverId: userId(h.giverIndex),
          giverGroupId: groupOfUser(h.giverIndex),
          toSalesGroupId: groupId.get(h.toGroupKey)!,
          toUserId: h.toUserIndex === null ? null : userId(h.toUserIndex),
          productIds: [productId.get(h.productCode)!],
          contactId: contactIds[h.accountKey]![h.contactIndex]!,
          answers: [],
          urgency: h.urgency,
          note: h.note,
          status,
          statusNote: last.note,
          dueAt: isOpen(status) ? dueAfter(status, last.at) : last.at,
          createdAt: h.createdAt,
          updatedAt: last.at,
        };
      }),
      (chunk) => tx.insert(handoffs).values(chunk),
    );
    const updates = plan.handoffs.flatMap((h, i) =>
      h.steps.map((s) => ({ handoffId: handoffIds[i]!, status: s.status, note: s.note, byUserId: userId(s.byIndex), at: s.at })),
    );
    await inChunks(updates, (chunk) => tx.insert(handoffUpdates).values(chunk));

    // A cross-selling forum per market, each with two past meetings.
    const today = options.today ?? new Date();
    for (const m of demoMarkets) {
      const members = plan.users.flatMap((u, i) => (u.marketCode === m.code && sells(u) ? [userId(i)] : []));
      const [forum] = await tx
        .insert(forums)
        .values({ name: `Cross-selling forum ${m.name}`, marketId: marketId.get(m.code)!, cadence: 'monthly', memberIds: members })
        .returning({ id: forums.id });
      for (const monthsAgo of [2, 1]) {
        const held = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth() - monthsAgo, 10)).toISOString().slice(0, 10);
        await tx.insert(forumMeetings).values({
          forumId: forum!.id,
          heldOn: held,
          attendeeIds: members.slice(0, Math.max(2, members.length - 1)),
          decisions: [
            { text: 'Joint visit to our three largest customers before the end of the quarter', ownerId: members[0] ?? null, dueOn: null },
            { text: 'Everyone passes at least one tip to another group this month', ownerId: null, dueOn: null },
          ],
          notes:
            monthsAgo === 2
              ? 'First round: went through the matrix for the top 20 customers.'
              : 'Followed up on open handoffs; two became opportunities.',
          recordedById: members[0] ?? null,
        });
      }
    }

    // One-to-ones with the sellers (I1) and who covers the subsidiaries of each group of companies (H2).
    const leaders = plan.users.flatMap((u, i) => (u.leadsGroupKey ? [{ id: userId(i), salesGroupId: groupId.get(u.leadsGroupKey)! }] : []));
    const sellers = plan.users.flatMap((u, i) =>
      u.role === 'seller' && u.groupKey && u.email !== 'seller@nordlys.example'
        ? [{ id: userId(i), salesGroupId: groupId.get(u.groupKey)! }]
        : [],
    );
    await loadCertificationsDemo(tx, { today, leaders, sellers });
    await loadLeadershipDemo(tx, {
      today,
      leaders,
      sellers,
      groups: plan.accounts
        .filter((a) => a.isGlobal)
        .map((g) => ({
          id: accountIds[g.key]!,
          subsidiaries: plan.accounts
            .filter((s) => s.parentKey === g.key)
            .map((s) => ({ marketId: marketId.get(s.marketCode)!, ownerId: userId(plan.ownerIndex.get(s.key)!) })),
        })),
    });

    // The rituals in the first market: a joint-visit scheme with history, seminars, interview rounds.
    const ritualMarket = demoMarkets[0];
    await loadRitualsDemo(tx, {
      today,
      marketId: marketId.get(ritualMarket.code)!,
      marketCode: ritualMarket.code,
      sellers: plan.users.flatMap((u, i) =>
        u.marketCode === ritualMarket.code && u.role === 'seller' && u.groupKey
          ? [{ id: userId(i), salesGroupId: groupId.get(u.groupKey)!, locale: u.locale }]
          : [],
      ),
      accounts: plan.accounts
        .filter((a) => a.marketCode === ritualMarket.code && a.status === 'customer' && a.contacts.length >= 2)
        .slice(0, 12)
        .map((a) => ({ id: accountIds[a.key]!, name: a.name, industry: a.industry, contactIds: contactIds[a.key]! })),
    });

    // A running season of the game (F1): this quarter's events score under the default rules, a team per group.
    const day = (offset: number) => new Date(today.getTime() + offset * 86_400_000).toISOString().slice(0, 10);
    const [season] = await tx
      .insert(seasons)
      .values({
        name: 'Cross-selling season',
        startsOn: day(-60),
        endsOn: day(30),
        mode: 'against',
        pointRules: defaultPointRules,
        incentiveRules: [{ id: 'referral', kind: 'referral_credit', sharePercent: 2, fixedAmount: null }],
      })
      .returning({ id: seasons.id });
    await tx
      .insert(seasonTeams)
      .values(
        demoGroups.map((g) => ({ seasonId: season!.id, name: g.name, kind: 'sales_group' as const, salesGroupId: groupId.get(g.key)! })),
      );

    // Every seller's open tasks (some overdue, some due this week), made as a seller makes one in the app: the tasks service.
    const asOfToday = { db: tx, clock: { now: () => today }, inTransaction: true as const };
    const leadsNobody = { salesGroupIds: [], marketIds: [] };
    for (const task of plan.tasks) {
      const u = plan.users[task.ownerIndex]!;
      const seller = {
        id: userId(task.ownerIndex),
        role: u.role,
        salesGroupId: groupOfUser(task.ownerIndex),
        marketId: marketId.get(u.marketCode!)!,
        leads: leadsNobody,
      };
      await createTaskIn(asOfToday, seller, {
        title: task.title,
        note: '',
        dueOn: day(task.dueInDays),
        accountId: accountIds[task.accountKey]!,
        opportunityId: task.opportunityIndex === null ? null : opportunityIds[task.opportunityIndex]!,
        contactId: task.contactIndex === null ? null : contactIds[task.accountKey]![task.contactIndex]!,
      });
    }

    // Marketing's leads in every status, made as the app makes them: the leads service matches each on
    // arrival and scores it, the behaviour events count as they happened, every move is the app's move
    // (who may make it, the reason it asks for, the deadline a handing gets) at its hour, and the SLA job
    // chases the handed ones as of today (the overdue one's leader is told).
    // The leads service reads only the database and the clock of its context.
    const at = (hoursAgo: number) => new Date(today.getTime() - hoursAgo * 3_600_000);
    const leadsCtx = (when: Date) =>
      ({ ...asOfToday, clock: { now: () => when } }) as Pick<TxContext, 'db' | 'clock' | 'inTransaction'> as TxContext;
    const actorOf = (i: number): Actor => {
      const u = plan.users[i]!;
      return {
        id: userId(i),
        role: u.role,
        salesGroupId: groupOfUser(i),
        marketId: u.marketCode ? marketId.get(u.marketCode)! : null,
        leads: {
          salesGroupIds: u.leadsGroupKey ? [groupId.get(u.leadsGroupKey)!] : [],
          marketIds: u.leadsMarketCode ? [marketId.get(u.leadsMarketCode)!] : [],
        },
        via: 'session',
      };
    };
    const marketingActor = actorOf(plan.users.findIndex((u) => u.role === 'marketing'));
    for (const lead of plan.leads) {
      const owner = lead.ownerIndex === null ? null : actorOf(lead.ownerIndex);
      const id = await insertLead(
        leadsCtx(at(lead.createdDaysAgo * 24)),
        owner,
        {
          name: lead.name,
          email: lead.email,
          phone: lead.phone,
          company: lead.company,
          orgNumber: null,
          domain: lead.domain,
          industry: lead.industry,
          size: lead.size,
          title: lead.title,
          marketId: marketId.get(lead.marketCode)!,
          country: lead.country,
          source: lead.source,
          campaign: lead.campaign,
          message: lead.message,
        },
        null,
      );
      for (const e of lead.events)
        await addLeadEvent(leadsCtx(today), owner ?? marketingActor, id, {
          kind: e.kind,
          detail: e.detail,
          at: at(e.daysAgo * 24).toISOString(),
        });
      for (const step of lead.steps)
        await moveLead(leadsCtx(at(step.hoursAgo)), actorOf(step.byIndex), id, {
          status: step.status,
          reason: step.reason,
          note: step.note,
          salesGroupId: step.groupKey ? groupId.get(step.groupKey)! : undefined,
        });
      if (lead.convert)
        await convertLead(leadsCtx(at(lead.convert.hoursAgo)), actorOf(lead.convert.byIndex), id, {
          opportunity: {
            name: lead.convert.opportunity,
            estimatedValue: lead.convert.estimatedValue,
            expectedCloseOn: day(60),
            currency: currencyOf.get(lead.marketCode)!,
          },
        });
    }
    await chaseLeads(leadsCtx(today));
    // …and a year of past leads that ended (disqualified, or converted into a planned opportunity): the tuning page's history
    await loadPastLeads(tx, plan, {
      market: (code) => marketId.get(code)!,
      marketer: marketingActor.id,
      opportunity: (i) => opportunityIds[i]!,
      account: (k) => accountIds[k]!,
    });

    // Invoicing of the won deals, and this year's targets per seller and channel (with a gap to the company's).
    const invoices = planInvoices(plan.opportunities, today);
    await inChunks(
      invoices.map((l, n) => ({
        accountId: accountIds[l.accountKey]!,
        productId: productId.get(l.productCode)!,
        invoiceNumber: l.invoiceNumber,
        invoicedOn: l.invoicedOn,
        amount: l.amount,
        currency: currencyOf.get(plan.accounts[l.accountKey]!.marketCode)!,
        sourceSystem: 'demo',
        sourceId: `demo:${n}`,
      })),
      (chunk) => tx.insert(invoiceLines).values(chunk),
    );
    const perEuro = (o: (typeof plan.opportunities)[number]) =>
      demoRates[currencyOf.get(plan.accounts[o.accountKey]!.marketCode)! as keyof typeof demoRates];
    const goals = planTargets(
      plan.users.flatMap((u, i) => (u.role === 'seller' ? [i] : [])),
      plan.opportunities,
      (o) =>
        valueOpportunity(
          o.lines.map((l) => ({ ...l, discountPercent: 0, terminableAfterMonths: null })),
          o.estimatedValue,
        ).annualValue / perEuro(o),
      today,
    );
    const year = today.getUTCFullYear();
    await inChunks(
      [
        ...goals.sellers.map((g) => ({
          year,
          scope: 'seller' as const,
          userId: userId(g.sellerIndex),
          channel: g.channel,
          amount: g.amount,
        })),
        ...Object.entries(goals.company).map(([channel, amount]) => ({
          year,
          scope: 'company' as const,
          channel: channel as keyof typeof goals.company,
          amount,
        })),
      ],
      (chunk) => tx.insert(targets).values(chunk),
    );

    return {
      organisation: demoOrganisationName,
      users: plan.users.length,
      products: productValues.length,
      accounts: plan.accounts.length,
      contacts: contactValues.length,
      activities: plan.activities.length,
      opportunities: plan.opportunities.length,
      handoffs: plan.handoffs.length,
      tasks: plan.tasks.length,
      leads: plan.leads.length + plan.pastLeads.length,
      signIns: demoSignIns,
    };
  });
  // the deals were written directly: their volume parts and the read models come from a rebuild
  await rebuildReadModels(db);
  return summary;
}

/** Insert in chunks that stay well below PostgreSQL's 65,535 parameters per statement. */
async function inChunks<T>(rows: T[], insert: (chunk: T[]) => Promise<unknown>, size = 1000): Promise<void> {
  for (let i = 0; i < rows.length; i += size) await insert(rows.slice(i, i + size));
}
