import type { Contact, ContactInput, ContactListItem, ContactListQuery, ContactPatch } from '@contract/contacts';
import { isForeignKeyViolation } from '../../db/errors';
import type { CsvColumn } from '../../platform/csv-export';
import type { Actor } from '../../platform/auth';
import type { AppContext } from '../../platform/context';
import { errors } from '../../platform/errors';
import { groupsInTouchWith, recordEvent } from '../activities/service';
import * as repo from './repo';

export function presentContact(c: repo.ContactRow): Contact {
  return {
    id: c.id,
    accountId: c.accountId,
    firstName: c.firstName,
    lastName: c.lastName,
    title: c.title,
    buyingRole: c.buyingRole,
    email: c.email,
    phone: c.phone,
    createdAt: c.createdAt.toISOString(),
  };
}

async function withGroups(ctx: AppContext, rows: { contact: repo.ContactRow; accountName: string }[]): Promise<ContactListItem[]> {
  const groups = await groupsInTouchWith(
    ctx,
    rows.map((r) => r.contact.id),
  );
  return rows.map((r) => ({ ...presentContact(r.contact), accountName: r.accountName, salesGroups: groups.get(r.contact.id) ?? [] }));
}

export async function listContacts(ctx: AppContext, query: ContactListQuery) {
  const { items, total, totalCapped } = await repo.listContacts(ctx.db, query);
  return { items: await withGroups(ctx, items), total, totalCapped, page: query.page, pageSize: query.pageSize };
}

export async function getContact(ctx: AppContext, id: string): Promise<ContactListItem> {
  const row = await repo.findContact(ctx.db, id);
  if (!row) throw errors.notFound('The contact');
  return (await withGroups(ctx, [row]))[0]!;
}

const unknownAccount = (e: unknown) => {
  if (isForeignKeyViolation(e))
    throw errors.invalid('The account does not exist.', [{ path: 'body.accountId', message: 'unknown account' }]);
  throw e;
};

export async function createContact(ctx: AppContext, actor: Actor, input: ContactInput): Promise<Contact> {
  return ctx.db
    .transaction(async (tx) => {
      const row = await repo.insertContact(tx, input);
      const name = `${row.firstName} ${row.lastName}`;
      await recordEvent({ ...ctx, db: tx }, actor, {
        accountId: row.accountId,
        event: 'contact.created',
        subject: `Contact ${name} added`,
        data: { contactId: row.id, name },
      });
      return presentContact(row);
    })
    .catch(unknownAccount);
}

export async function updateContact(ctx: AppContext, id: string, patch: ContactPatch): Promise<Contact> {
  const row = await repo.updateContact(ctx.db, id, patch).catch(unknownAccount);
  if (!row) throw errors.notFound('The contact');
  return presentContact(row);
}

export const contactCsvColumns: CsvColumn<ContactListItem>[] = [
  { header: 'First name', value: (c) => c.firstName },
  { header: 'Last name', value: (c) => c.lastName },
  { header: 'Title', value: (c) => c.title },
  { header: 'Buying role', value: (c) => c.buyingRole },
  { header: 'Email', value: (c) => c.email },
  { header: 'Phone', value: (c) => c.phone },
  { header: 'Account', value: (c) => c.accountName },
  { header: 'Sales groups in touch', value: (c) => c.salesGroups.map((g) => g.name).join('; ') },
  { header: 'Korsa ID', value: (c) => c.id },
];
