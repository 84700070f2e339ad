import type { Faker } from '@faker-js/faker';
import type { HandoffStatus } from '@domain/handoffs';
import type { DemoAccount } from './customers';
import { demoGroups } from './catalogue';

export interface DemoHandoff {
  accountKey: number;
  giverIndex: number;
  toGroupKey: string;
  toUserIndex: number | null;
  productCode: string;
  contactIndex: number;
  urgency: 'low' | 'normal' | 'high';
  note: string;
  createdAt: Date;
  /** The path it took, with when. */
  steps: { status: HandoffStatus; at: Date; note: string | null; byIndex: number }[];
}

const notes = [
  'They are opening a new site in the spring',
  'The CFO asked me about this at our last meeting',
  'Their current supplier contract ends this year',
  'They have sustainability targets to meet by 2027',
  'New office manager who wants to change things',
];
const paths: HandoffStatus[][] = [
  ['sent'],
  ['sent', 'accepted'],
  ['sent', 'accepted', 'contacted'],
  ['sent', 'accepted', 'contacted', 'meeting_held'],
  ['sent', 'accepted', 'contacted', 'opportunity_created'],
  ['sent', 'declined'],
  ['sent', 'accepted', 'not_relevant'],
];
const DAY = 86_400_000;

/** Handoffs between the groups in every state: some fresh, some overdue, some won through. */
export function planHandoffs(
  f: Faker,
  accounts: DemoAccount[],
  users: readonly { role: string; groupKey: string | null; marketCode: string | null }[],
  ownerIndex: Map<number, number>,
  today: Date,
): DemoHandoff[] {
  const out: DemoHandoff[] = [];
  const customers = accounts.filter((a) => a.status === 'customer');
  for (const a of f.helpers.arrayElements(customers, Math.min(customers.length, Math.round(accounts.length / 5)))) {
    const giverIndex = ownerIndex.get(a.key)!;
    const giver = users[giverIndex]!;
    const toGroup = f.helpers.arrayElement(demoGroups.filter((g) => g.key !== giver.groupKey));
    const receivers = users.flatMap((u, i) =>
      u.role === 'seller' && u.groupKey === toGroup.key && u.marketCode === a.marketCode ? [i] : [],
    );
    const toUserIndex = receivers.length ? f.helpers.arrayElement(receivers) : null;
    const products = toGroup.families
      .flatMap((fam) => fam.products.map(([code]) => code))
      .filter((c) => !a.holdings.some((h) => h.productCode === c));
    const path = f.helpers.arrayElement(paths);
    const createdAt = new Date(today.getTime() - f.number.int({ min: 1, max: 120 }) * DAY);
    const steps = path.map((status, i) => ({
      status,
      at: new Date(createdAt.getTime() + i * f.number.int({ min: 1, max: 6 }) * DAY),
      note:
        status === 'declined'
          ? 'We already sold them this last year'
          : status === 'not_relevant'
            ? 'They decided to keep it in-house'
            : status === 'contacted'
              ? 'Called the contact, good conversation'
              : null,
      byIndex: i === 0 ? giverIndex : (toUserIndex ?? giverIndex),
    }));
    out.push({
      accountKey: a.key,
      giverIndex,
      toGroupKey: toGroup.key,
      toUserIndex,
      productCode: f.helpers.arrayElement(products.length ? products : toGroup.families[0]!.products.map(([c]) => c)),
      contactIndex: f.number.int({ min: 0, max: a.contacts.length - 1 }),
      urgency: f.helpers.arrayElement(['low', 'normal', 'normal', 'high'] as const),
      note: f.helpers.arrayElement(notes),
      createdAt,
      steps,
    });
  }
  return out;
}
