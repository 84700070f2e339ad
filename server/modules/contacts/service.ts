import type {
  Contact,
  ContactDetail,
  ContactInput,
  ContactListItem,
  ContactListQuery,
  ContactMergePreview,
  ContactPatch,
} from '@contract/contacts';
import { mayChangeOwned, mayDeleteContact, mayMerge, type Viewer } from '@domain/access';
import { mayRecordConsent } from '@domain/consent';
import { marketingOf } from './consent';
import { contactMatches, emailKey, mergedFields, nameSimilarity } from '@domain/duplicates';
import { isRestorable, purgeDeletedBefore, restorableUntil } from '@domain/records';
import { auditPurged, writeAudit } from '../../platform/audit';
import { channelOf, fieldChanges } from '@domain/audit';
import { isForeignKeyViolation } from '../../db/errors';
import type { CsvColumn } from '../../platform/csv-export';
import type { Actor } from '../../platform/auth';
import { inTransaction, type AppContext } from '../../platform/context';
import { errors } from '../../platform/errors';
import { groupsInTouchWith, recordEvent } from '../activities/service';
import { checkedCustomValues, customCsvColumns, customFieldMatches } from '../custom-fields/service';
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
    customFields: c.customFields,
    version: c.version,
    deletedAt: c.deletedAt?.toISOString() ?? null,
    createdAt: c.createdAt.toISOString(),
  };
}

type WithOwner = NonNullable<Awaited<ReturnType<typeof repo.findWithAccountOwner>>>;
export const accountOwner = (r: WithOwner) =>
  r.ownerId ? { id: r.ownerId, salesGroupId: r.ownerGroupId, marketId: r.ownerMarketId } : null;

async function withGroups(ctx: AppContext, rows: { contact: repo.ContactRow; accountName: string }[]): Promise<ContactListItem[]> {
  const groups = await groupsInTouchWith(
    ctx,
    rows.map((r) => r.contact.id),
  );
  return rows.map((r) => ({ ...presentContact(r.contact), accountName: r.accountName, salesGroups: groups.get(r.contact.id) ?? [] }));
}

export async function listContacts(ctx: AppContext, query: ContactListQuery) {
  const { items, total, totalCapped } = await repo.listContacts(ctx.db, query, await customFieldMatches(ctx, 'contact', query.cf));
  return { items: await withGroups(ctx, items), total, totalCapped, page: query.page, pageSize: query.pageSize };
}

/** One contact, with the groups in touch with them and what the viewer may do: anyone edits, the account's owner side deletes. */
export async function getContact(ctx: AppContext, id: string, viewer: Viewer): Promise<ContactDetail> {
  const row = await repo.findWithAccountOwner(ctx.db, id);
  if (!row) throw errors.notFound('The contact');
  const [item] = await withGroups(ctx, [row]);
  return {
    ...item!,
    marketing: marketingOf(row.contact),
    can: {
      change: row.contact.deletedAt === null,
      delete: row.accountDeletedAt === null && mayDeleteContact(viewer, accountOwner(row)),
      merge: row.contact.deletedAt === null && mayChangeOwned(viewer, accountOwner(row)),
      consent: row.contact.deletedAt === null && row.contact.erasedAt === null && mayRecordConsent(viewer, accountOwner(row)),
    },
  };
}

const unknownAccount = (e: unknown) => {
  if (isForeignKeyViolation(e))
    throw errors.invalid('The account does not exist.', [{ path: 'body.accountId', message: 'unknown account' }]);
  throw e;
};

export async function createContact(ctx: AppContext, actor: Actor, input: ContactInput): Promise<Contact> {
  return inTransaction(ctx, async (tx) => {
    const customFields = (await checkedCustomValues(tx, 'contact', input.customFields)) ?? {};
    const row = await repo.insertContact(tx.db, { ...input, customFields });
    const name = `${row.firstName} ${row.lastName}`;
    await recordEvent(tx, actor, {
      accountId: row.accountId,
      event: 'contact.created',
      subject: `Contact ${name} added`,
      data: { contactId: row.id, name },
    });
    return presentContact(row);
  }).catch(unknownAccount);
}

/** Change a contact (anyone keeps the shared memory up to date); with a version, a stale one gets 409 and the current contact. */
export async function updateContact(ctx: AppContext, actor: Actor, id: string, patch: ContactPatch): Promise<Contact> {
  return inTransaction(ctx, async (tx) => {
    const current = await repo.findContact(tx.db, id);
    if (!current) throw errors.notFound('The contact');
    if (current.contact.deletedAt) throw errors.conflict('record_deleted', 'The contact is deleted. Restore them first.');
    const { version, customFields: given, ...rest } = patch;
    const customFields = await checkedCustomValues(tx, 'contact', given, current.contact.customFields);
    const fields = customFields ? { ...rest, customFields } : rest;
    const row = await repo.updateContact(tx.db, id, fields, version);
    if (!row) {
      throw errors.conflict(
        'version_conflict',
        'Someone else changed this contact since you opened it. Review their change and try again.',
        {
          current: presentContact(current.contact),
        },
      );
    }
    await writeAudit(tx.db, {
      actorId: actor.id,
      action: 'contact.updated',
      entityType: 'contact',
      entityId: id,
      data: { accountId: row.accountId },
      changes: fieldChanges(current.contact, fields, Object.keys(fields) as (keyof typeof fields & keyof typeof current.contact)[]),
      channel: channelOf(actor),
      at: tx.clock.now(),
    });
    return presentContact(row);
  }).catch(unknownAccount);
}

async function loadForDelete(ctx: Parameters<typeof repo.findWithAccountOwner>[0], actor: Actor, id: string) {
  const row = await repo.findWithAccountOwner(ctx, id);
  if (!row) throw errors.notFound('The contact');
  if (!mayDeleteContact(actor, accountOwner(row))) {
    throw errors.forbidden('Only the account’s owner, their sales leader or an admin can delete or restore its contacts.');
  }
  return row;
}

/** Delete a contact (soft): out of every list, restorable for 30 days. */
export async function deleteContact(ctx: AppContext, actor: Actor, id: string): Promise<Contact> {
  return inTransaction(ctx, async (tx) => {
    const { contact } = await loadForDelete(tx.db, actor, id);
    if (contact.deletedAt) return presentContact(contact);
    const row = await repo.setDeleted(tx.db, id, tx.clock.now(), actor.id);
    const name = `${contact.firstName} ${contact.lastName}`;
    await recordEvent(tx, actor, {
      accountId: contact.accountId,
      event: 'contact.deleted',
      subject: `Contact ${name} deleted`,
      data: { contactId: id, name },
    });
    return presentContact(row);
  });
}

/** Bring a deleted contact back within 30 days (not while their account is deleted: restore the account). */
export async function restoreContact(ctx: AppContext, actor: Actor, id: string): Promise<Contact> {
  return inTransaction(ctx, async (tx) => {
    const { contact, accountDeletedAt } = await loadForDelete(tx.db, actor, id);
    if (!contact.deletedAt) return presentContact(contact);
    if (accountDeletedAt) throw errors.conflict('record_deleted', 'The contact’s account is deleted. Restore the account.');
    if (!isRestorable(contact.deletedAt, tx.clock.now())) {
      throw errors.conflict(
        'restore_expired',
        `Deleted contacts can be restored for 30 days; this one could until ${restorableUntil(contact.deletedAt).toISOString().slice(0, 10)}.`,
      );
    }
    const row = await repo.setDeleted(tx.db, id, null, null);
    const name = `${contact.firstName} ${contact.lastName}`;
    await recordEvent(tx, actor, {
      accountId: contact.accountId,
      event: 'contact.restored',
      subject: `Contact ${name} restored`,
      data: { contactId: id, name },
    });
    return presentContact(row);
  });
}

const builtInCsvColumns: CsvColumn<ContactListItem>[] = [
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

/** The export's columns: the built-in ones, then the custom fields in use. */
export async function contactCsvColumns(ctx: AppContext): Promise<CsvColumn<ContactListItem>[]> {
  return [...builtInCsvColumns, ...(await customCsvColumns<ContactListItem>(ctx, 'contact'))];
}

/** Contacts that are likely the same person as this one (same e-mail, or a very similar name). */
export async function contactDuplicates(ctx: AppContext, id: string) {
  const row = await repo.findContact(ctx.db, id);
  if (!row) throw errors.notFound('The contact');
  const c = row.contact;
  const rows = await repo.duplicateCandidates(
    ctx.db,
    { id, fullName: `${c.firstName} ${c.lastName}` },
    emailKey(c.email),
    nameSimilarity.contact,
  );
  return rows.map(({ score, ...r }) => ({ ...r, matches: contactMatches(c, r, score) })).filter((r) => r.matches.length > 0);
}

const mergeableContactFields = ['title', 'buyingRole', 'email', 'phone'] as const;

/** What merging `dropId` into `keepId` would move and fill, and whether the viewer may (the same rule the merge checks). */
export async function contactMergePreview(ctx: AppContext, viewer: Viewer, keepId: string, dropId: string): Promise<ContactMergePreview> {
  if (keepId === dropId)
    throw errors.invalid('A contact cannot be merged with themself.', [{ path: 'querystring.duplicateId', message: 'same contact' }]);
  const [keep, drop] = await Promise.all([repo.findWithAccountOwner(ctx.db, keepId), repo.findWithAccountOwner(ctx.db, dropId)]);
  if (!keep) throw errors.notFound('The contact');
  if (!drop) throw errors.notFound('The duplicate');
  const deleted = keep.contact.deletedAt !== null || drop.contact.deletedAt !== null;
  const nameOf = (c: repo.ContactRow) => `${c.firstName} ${c.lastName}`;
  return {
    keep: { id: keepId, name: nameOf(keep.contact), accountName: keep.accountName },
    duplicate: {
      id: dropId,
      name: nameOf(drop.contact),
      email: drop.contact.email,
      accountId: drop.contact.accountId,
      accountName: drop.accountName,
    },
    moves: await repo.mergeCounts(ctx.db, dropId),
    filled: Object.keys(mergedFields(keep.contact, drop.contact, mergeableContactFields)),
    can: { merge: !deleted && mayMerge(viewer, accountOwner(keep), accountOwner(drop)) },
  };
}

/** Merge a duplicate into this contact: their timeline entries, opportunities, handoffs and tasks move here, empty fields are filled. */
export async function mergeContacts(ctx: AppContext, actor: Actor, keepId: string, dropId: string): Promise<Contact> {
  if (keepId === dropId)
    throw errors.invalid('A contact cannot be merged with themself.', [{ path: 'body.duplicateId', message: 'same contact' }]);
  return inTransaction(ctx, async (tx) => {
    const [keep, drop] = await Promise.all([repo.findWithAccountOwner(tx.db, keepId), repo.findWithAccountOwner(tx.db, dropId)]);
    if (!keep) throw errors.notFound('The contact');
    if (!drop) throw errors.invalid('The duplicate does not exist.', [{ path: 'body.duplicateId', message: 'unknown contact' }]);
    if (!mayMerge(actor, accountOwner(keep), accountOwner(drop))) {
      throw errors.forbidden(
        'Merging contacts needs the right to delete the duplicate: its account’s owner, their sales leader or an admin.',
      );
    }
    if (keep.contact.deletedAt || drop.contact.deletedAt)
      throw errors.conflict('record_deleted', 'A deleted contact cannot be merged. Restore them first.');
    const fill = mergedFields(keep.contact, drop.contact, mergeableContactFields);
    await repo.moveContactInto(tx.db, keepId, dropId);
    // the duplicate's custom values fill the fields this one has none in
    const customFields = { ...drop.contact.customFields, ...keep.contact.customFields };
    const moreCustom = Object.keys(customFields).length > Object.keys(keep.contact.customFields).length;
    if (Object.keys(fill).length || moreCustom)
      await repo.updateContact(tx.db, keepId, { ...fill, ...(moreCustom ? { customFields } : {}) });
    const name = `${drop.contact.firstName} ${drop.contact.lastName}`;
    await recordEvent(tx, actor, {
      accountId: keep.contact.accountId,
      event: 'contact.merged',
      subject: `Contact ${name} merged`,
      data: { contactId: keepId, name, mergedId: dropId, merged: presentContact(drop.contact), filled: fill },
    });
    return presentContact((await repo.findContact(tx.db, keepId))!.contact);
  });
}

/**
 * Every six hours (the `records.purge` job): contacts deleted more than 30 days ago can no longer be
 * restored, so they go for good; the audit trail keeps that they existed and when they went.
 */
export async function purgeDeletedContacts(ctx: AppContext): Promise<number> {
  const gone = await repo.purgeDeleted(ctx.db, purgeDeletedBefore(ctx.clock.now()));
  await auditPurged(ctx.db, 'contact', gone);
  return gone.length;
}
