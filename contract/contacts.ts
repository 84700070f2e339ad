import { z } from 'zod';
import { buyingRoles } from '@domain/accounts';
import { consentStatuses, lawfulBases } from '@domain/consent';
import { CustomFieldFilter, CustomValues, CustomValuesInput } from './custom-fields';
import { Id, PageQuery, Version, int4, nonEmptyPatch, optionalText, pageOf, text } from './common';

export { buyingRoles };
export const BuyingRole = z.enum(buyingRoles);

export const Contact = z.object({
  id: Id,
  accountId: Id,
  firstName: text(),
  lastName: text(),
  title: text().nullable(),
  buyingRole: BuyingRole.nullable(),
  email: text().nullable(),
  phone: text().nullable(),
  /** Values of the admin's custom fields, by key (GET /api/custom-fields?entity=contact). */
  customFields: CustomValues,
  version: z.number().int(),
  /** Set while the contact is deleted (restorable for 30 days, domain/records.ts). */
  deletedAt: z.iso.datetime().nullable(),
  createdAt: z.iso.datetime(),
});
export type Contact = z.infer<typeof Contact>;

export const ContactInput = z.object({
  accountId: Id,
  firstName: text().trim().min(1).max(100),
  lastName: text().trim().min(1).max(100),
  title: optionalText(150),
  buyingRole: BuyingRole.nullable().optional(),
  email: z
    .email()
    .max(254)
    .nullable()
    .optional()
    .or(z.literal('').transform(() => null)),
  phone: optionalText(50),
  /** Custom field values by key; on a change only the keys given change (`null` clears one). */
  customFields: CustomValuesInput.optional(),
});
export type ContactInput = z.infer<typeof ContactInput>;
/** The version read may come along: then a stale one is refused with 409 version_conflict and the current contact. */
export const ContactPatch = nonEmptyPatch(ContactInput.partial().extend({ version: Version.optional() }));
export type ContactPatch = z.infer<typeof ContactPatch>;

export const ContactListQuery = PageQuery.extend({
  q: text().trim().max(100).optional(),
  accountId: Id.optional(),
  buyingRole: BuyingRole.optional(),
  sort: z.enum(['name', '-createdAt']).default('name'),
  cf: CustomFieldFilter,
});
export type ContactListQuery = z.infer<typeof ContactListQuery>;

/** A contact with their account and the sales groups that have been in touch with them. */
export const ContactListItem = Contact.extend({
  accountName: text(),
  salesGroups: z.array(z.object({ id: Id, name: text(), lastAt: z.iso.datetime() })),
});
export type ContactListItem = z.infer<typeof ContactListItem>;
export const ContactPage = pageOf(ContactListItem);

/** One contact as their page shows them: with what the viewer may do (domain/access.ts). */
export const ConsentInput = z.object({
  status: z.enum(consentStatuses),
  on: z.iso.date(),
  source: text().trim().min(1).max(200),
});
/** The lawful basis for marketing to the person and their consent (GDPR); `mayMarket` as domain/consent.ts decides. */
export const ContactMarketing = z.object({
  basis: z.enum(lawfulBases).nullable(),
  consent: ConsentInput.nullable(),
  mayMarket: z.boolean(),
});
export const PutContactConsent = z.object({
  basis: z.enum(lawfulBases).nullable(),
  consent: ConsentInput.nullable(),
  version: Version.optional(),
});
export type PutContactConsent = z.infer<typeof PutContactConsent>;

export const ContactDetail = ContactListItem.extend({
  marketing: ContactMarketing,
  /**
   * `merge`: a duplicate may be merged into them (changing their account's records: owner, their leaders, admins);
   * `consent`: may record their lawful basis and consent (the account's owner side and marketing).
   */
  can: z.object({ change: z.boolean(), delete: z.boolean(), merge: z.boolean(), consent: z.boolean() }),
});
export type ContactDetail = z.infer<typeof ContactDetail>;

/** Contacts that are likely the same person (same e-mail, or a very similar name). */
export const ContactDuplicates = z.array(
  z.object({
    id: Id,
    firstName: text(),
    lastName: text(),
    email: text().nullable(),
    accountId: Id,
    accountName: text(),
    matches: z.array(z.enum(['email', 'name'])),
  }),
);

/** Merge `duplicateId` into the contact of the path: every timeline entry, opportunity and handoff with them moves. */
export const MergeContacts = z.object({ duplicateId: Id });

/** What merging `duplicateId` into the contact of the path would move and fill, and whether the viewer may (`mayMerge`). */
export const ContactMergePreview = z.object({
  keep: z.object({ id: Id, name: text(), accountName: text() }),
  duplicate: z.object({ id: Id, name: text(), email: text().nullable(), accountId: Id, accountName: text() }),
  moves: z.object({ activities: int4(), opportunities: int4(), handoffs: int4(), tasks: int4() }),
  filled: z.array(text()),
  can: z.object({ merge: z.boolean() }),
});
export type ContactMergePreview = z.infer<typeof ContactMergePreview>;
