/**
 * Alerts from visits (C3), at most one per account, subject and week: a decision-maker back after the
 * quiet period (→ the account's sellers), and an existing customer reading about a product it does not
 * own, or a product family it has nothing of (→ that product's or family's group: the account's seller
 * in it, else its leader); both on the account's
 * timeline as signals. Every look-up is by index — the contact's last visit before this one, the
 * account's holdings — never a scan of the visits; the settings and page rules come from
 * the caller (cached).
 */
import {
  alertKey,
  isDecisionMaker,
  isFamilyInterest,
  isProductInterest,
  isReturn,
  sellerInGroup,
  subjectForUrl,
  subjectOfRule,
  type PageRule,
  type PageSubject,
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
  /** The product family the page is about, when its rule names a family. */
  family?: string | null;
}

type AccountFacts = Awaited<ReturnType<typeof repo.accountFacts>>[number];

/** An alert a visit may raise, before its key is checked. */
type Candidate =
  | { kind: 'returning_decision_maker'; account: AccountFacts; visit: Known; previous: Date }
  | { kind: 'product_interest'; account: AccountFacts; visit: Known; subject: PageSubject };

/**
 * The alerts a batch raises, in a fixed number of statements whatever its size: the accounts, each
 * contact's last stored visit before this batch (an index look-up per contact), which of the possible
 * alerts' keys exist already; then only for a new key what telling someone needs.
 */
export async function raiseAlerts(
  tx: TxContext,
  known: Known[],
  { settings, rules }: { settings: SignalSettings; rules: readonly PageRule[] },
): Promise<number> {
  if (known.length === 0) return 0;
  // one after another: a transaction is one connection
  const accounts = await repo.accountFacts(tx.db, [...new Set(known.map((k) => k.accountId))]);
  const accountById = new Map(accounts.map((a) => [a.id, a]));
  const firstAt = new Map<string, Date>();
  for (const visit of known) {
    const subject = subjectForUrl(visit.path, rules);
    visit.productId = subject?.productId ?? null;
    visit.family = subject?.family ?? null;
    if (visit.contact && !firstAt.has(visit.contact.id)) firstAt.set(visit.contact.id, visit.at);
  }
  const lastVisit = firstAt.size ? await repo.lastVisitsBefore(tx.db, [...firstAt]) : new Map<string, Date | null>();
  const candidates = new Map<string, Candidate>();
  for (const visit of known) {
    const account = accountById.get(visit.accountId)!;
    if (visit.contact) {
      const id = visit.contact.id;
      const previous = lastVisit.get(id) ?? null;
      lastVisit.set(id, visit.at);
      const key = alertKey('returning_decision_maker', account.id, id, visit.at);
      if (isDecisionMaker(visit.contact) && isReturn(previous, visit.at, settings.quietDays) && !candidates.has(key)) {
        candidates.set(key, { kind: 'returning_decision_maker', account, visit, previous: previous! });
      }
    }
    const subject = subjectOfVisit(visit);
    if (subject && account.status === 'customer') {
      const key = alertKey('product_interest', account.id, subjectKey(subject), visit.at);
      if (!candidates.has(key)) candidates.set(key, { kind: 'product_interest', account, visit, subject });
    }
  }
  if (candidates.size === 0) return 0;
  const raisedBefore = await repo.existingAlertKeys(tx.db, [...candidates.keys()]);
  const owned = new Map<string, Set<string>>();
  let raised = 0;
  for (const [key, c] of candidates) {
    if (raisedBefore.has(key)) continue;
    if (c.kind === 'returning_decision_maker') {
      if (await returningDecisionMaker(tx, c.account, c.visit, c.previous)) raised++;
      continue;
    }
    if (!owned.has(c.account.id)) owned.set(c.account.id, await ownedProducts(tx, c.account.id));
    const about = await subjectFacts(tx, c.subject);
    if (!about) continue;
    const interested = c.subject.productId
      ? isProductInterest(c.account, c.subject.productId, owned.get(c.account.id)!)
      : isFamilyInterest(c.account, about.productIds, owned.get(c.account.id)!);
    if (interested && (await productInterest(tx, c.account, c.visit, c.subject, about))) raised++;
  }
  return raised;
}

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

const subjectOfVisit = (visit: Known): PageSubject | null =>
  subjectOfRule({ pattern: '', productId: visit.productId, family: visit.family ?? null });

/** An alert's subject in its key: the product's id, or the family's name. */
const subjectKey = (subject: PageSubject) => subject.productId ?? `family:${subject.family}`;

/** What the page is about, for the alert: its name, its products, and the group that sells it. */
async function subjectFacts(tx: TxContext, subject: PageSubject) {
  if (subject.family !== null) return repo.family(tx.db, subject.family);
  const product = await repo.product(tx.db, subject.productId);
  return product ? { ...product, productIds: [product.id] } : null;
}

async function productInterest(
  tx: TxContext,
  account: AccountFacts,
  visit: Known,
  subject: PageSubject,
  product: NonNullable<Awaited<ReturnType<typeof subjectFacts>>>,
): Promise<boolean> {
  const productId = subject.productId;
  const seller = sellerInGroup(await repo.groupTiesAt(tx.db, account.id, product.salesGroupId));
  const to = seller ?? product.leaderId;
  const key = alertKey('product_interest', account.id, subjectKey(subject), visit.at);
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
    family: subject.family,
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
