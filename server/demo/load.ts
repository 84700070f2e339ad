import { eq } from 'drizzle-orm';
import type { Db } from '../db/client';
import { markets, organisation, products, salesGroups, users } from '../db/schema';
import { hashPassword } from '../platform/passwords';
import { demoDomain, demoGroups, demoMarkets, demoOrganisationName, demoPassword } from './catalogue';
import { planDemo, type DemoSize } from './generate';

export class DemoRefusedError extends Error {}

export interface DemoSummary {
  organisation: string;
  users: number;
  products: number;
  signIns: { role: string; email: string; password: string }[];
}

export const demoSignIns = [
  { role: 'admin', email: `admin@${demoDomain}`, password: demoPassword },
  { role: 'sales leader', email: `leader@${demoDomain}`, password: demoPassword },
  { role: 'seller', email: `seller@${demoDomain}`, password: demoPassword },
];

/**
 * Create the demo organisation in one transaction: all of it or nothing.
 * Refuses a database that already has an organisation (demo data never mixes with real data).
 * Bulk seeding writes the tables directly; the app's own writes go through the module services.
 */
export async function loadDemo(db: Db, options: { seed: number; size: DemoSize }): Promise<DemoSummary> {
  const plan = planDemo(options.seed, options.size);
  const passwordHash = await hashPassword(demoPassword); // one hash, shared by the demo users
  return db.transaction(async (tx) => {
    const [existing] = await tx.select({ name: organisation.name }).from(organisation);
    if (existing) throw new DemoRefusedError(`This database already has an organisation (${existing.name}); demo data is only created in an empty database.`);
    await tx.insert(organisation).values({ id: 1, name: demoOrganisationName, reportingCurrency: 'EUR', defaultLocale: 'en', isDemo: true });

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
    for (const [i, u] of plan.users.entries()) {
      const id = userRows[i]!.id;
      if (u.leadsGroupKey) await tx.update(salesGroups).set({ leaderId: id }).where(eq(salesGroups.id, groupId.get(u.leadsGroupKey)!));
      if (u.leadsMarketCode) await tx.update(markets).set({ leaderId: id }).where(eq(markets.id, marketId.get(u.leadsMarketCode)!));
    }

    const productValues = demoGroups.flatMap((g) =>
      g.families.flatMap((f) =>
        f.products.map(([code, name, description]) => ({ salesGroupId: groupId.get(g.key)!, family: f.family, code, name, description })),
      ),
    );
    await tx.insert(products).values(productValues);

    return { organisation: demoOrganisationName, users: plan.users.length, products: productValues.length, signIns: demoSignIns };
  });
}
