/**
 * Alerts from visits (C3), at most one per account, subject and week: a decision-maker back after the
 * quiet period (→ the account's sellers), and an existing customer reading about a product it does not
 * own (→ that product's group: the account's seller in it, else its leader); both on the account's
 * timeline as signals. Every look-up is by index — the contact's last visit before this one, the
 * account's holdings — never a scan of the visits; the settings and page rules come from
 * the caller (cached).
 */
import {
  alertKey,
  isDecisionMaker,
  isProductInterest,
  isReturn,
  productForUrl,
  sellerInGroup,
  type PageRule,
  type SignalSettings,
} from '@domain/signals';
import type { TxContext } from '../../platform/context';
import { recordEvent } from '../activities/service';
import { ownedProducts } from '../matrix/service';
import { notify } from '../notifications/service';
import * as repo from './repo';

export interface Known {
  accountId: string;
  contact: { id: string; title: string | null; buyingRole: string | null } | null;
  path: string;
  title: string | null;
  at: Date;
  /** The product the page is about (page rules), set while alerts are raised. */
  productId: string | null;
}

export async function raiseAlerts(
  tx: TxContext,
  known: Known[],
  { settings, rules }: { settings: SignalSettings; rules: readonly PageRule[] },
): Promise<number> {
  // one after another: a transaction is one connection
  const accounts = await repo.accountFacts(tx.db, [...new Set(known.map((k) => k.accountId))]);
  const accountById = new Map(accounts.map((a) => [a.id, a]));
  const lastVisit = new Map<string, Date | null>();
  const owned = new Map<string, Set<string>>();
  let raised = 0;
  for (const visit of known) {
    const account = accountById.get(visit.accountId)!;
    visit.productId = productForUrl(visit.path, rules);
    if (visit.contact) {
      const id = visit.contact.id;
      const previous = lastVisit.has(id) ? lastVisit.get(id)! : await repo.lastVisitOf(tx.db, id, visit.at);
      lastVisit.set(id, visit.at);
      if (isDecisionMaker(visit.contact) && isReturn(previous, visit.at, settings.quietDays)) {
        if (await returningDecisionMaker(tx, account, visit, previous!)) raised++;
      }
    }
    if (visit.productId && account.status === 'customer') {
      if (!owned.has(account.id)) owned.set(account.id, await ownedProducts(tx, account.id));
      if (
        isProductInterest(account, visit.productId, owned.get(account.id)!) &&
        (await productInterest(tx, account, visit, visit.productId))
      ) {
        raised++;
      }
    }
  }
  return raised;
}

type AccountFacts = Awaited<ReturnType<typeof repo.accountFacts>>[number];
const DAY = 86_400_000;

async function returningDecisionMaker(tx: TxContext, account: AccountFacts, visit: Known, previous: Date): Promise<boolean> {
  const contactId = visit.contact!.id;
  const key = alertKey('returning_decision_maker', account.id, contactId, visit.at);
  if (
    !(await repo.claimAlert(tx.db, {
      key,
      kind: 'returning_decision_maker',
      accountId: account.id,
      contactId,
      path: visit.path,
      at: visit.at,
    }))
  ) {
    return false;
  }
  const name = await repo.contactName(tx.db, contactId);
  const days = Math.floor((visit.at.getTime() - previous.getTime()) / DAY);
  const data = { accountId: account.id, accountName: account.name, contactId, name, path: visit.path, days };
  await recordEvent(tx, null, {
    accountId: account.id,
    event: 'signal.returning_decision_maker',
    subject: `${name ?? 'A decision-maker'} is back on the website after ${days} days (${visit.path})`,
    data,
  });
  const sellers = await repo.accountSellers(tx.db, account.id);
  await notify(
    tx,
    sellers.map((userId) => ({ userId, kind: 'signals.returning_decision_maker', data, link: `/accounts/${account.id}` })),
  );
  return true;
}

async function productInterest(tx: TxContext, account: AccountFacts, visit: Known, productId: string): Promise<boolean> {
  const product = await repo.product(tx.db, productId);
  if (!product) return false;
  const seller = sellerInGroup(await repo.groupTiesAt(tx.db, account.id, product.salesGroupId));
  const to = seller ?? product.leaderId;
  const key = alertKey('product_interest', account.id, productId, visit.at);
  const claimed = await repo.claimAlert(tx.db, {
    key,
    kind: 'product_interest',
    accountId: account.id,
    contactId: visit.contact?.id ?? null,
    productId,
    salesGroupId: product.salesGroupId,
    notifiedUserId: to,
    path: visit.path,
    at: visit.at,
  });
  if (!claimed) return false;
  const data = {
    accountId: account.id,
    accountName: account.name,
    productId,
    product: product.name,
    salesGroupId: product.salesGroupId,
    group: product.groupName,
    name: visit.contact ? await repo.contactName(tx.db, visit.contact.id) : null,
    path: visit.path,
  };
  await recordEvent(tx, null, {
    accountId: account.id,
    event: 'signal.product_interest',
    subject: `${account.name} read about ${product.name}, which it does not have (${visit.path})`,
    data,
  });
  if (to) await notify(tx, [{ userId: to, kind: 'signals.product_interest', data, link: `/accounts/${account.id}` }]);
  return true;
}

