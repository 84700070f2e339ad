import { z } from 'zod';
import { Id, PageQuery, nonEmptyPatch, optionalText, pageOf } from './common';

export const buyingRoles = ['decision_maker', 'economic_buyer', 'influencer', 'champion', 'user', 'gatekeeper'] as const;
export const BuyingRole = z.enum(buyingRoles);

export const Contact = z.object({
  id: Id,
  accountId: Id,
  firstName: z.string(),
  lastName: z.string(),
  title: z.string().nullable(),
  buyingRole: BuyingRole.nullable(),
  email: z.string().nullable(),
  phone: z.string().nullable(),
  createdAt: z.iso.datetime(),
});
export type Contact = z.infer<typeof Contact>;

export const ContactInput = z.object({
  accountId: Id,
  firstName: z.string().trim().min(1).max(100),
  lastName: z.string().trim().min(1).max(100),
  title: optionalText(150),
  buyingRole: BuyingRole.nullable().optional(),
  email: z
    .email()
    .max(254)
    .nullable()
    .optional()
    .or(z.literal('').transform(() => null)),
  phone: optionalText(50),
});
export type ContactInput = z.infer<typeof ContactInput>;
export const ContactPatch = nonEmptyPatch(ContactInput.partial());
export type ContactPatch = z.infer<typeof ContactPatch>;

export const ContactListQuery = PageQuery.extend({
  q: z.string().trim().max(100).optional(),
  accountId: Id.optional(),
  buyingRole: BuyingRole.optional(),
  sort: z.enum(['name', '-createdAt']).default('name'),
});
export type ContactListQuery = z.infer<typeof ContactListQuery>;

/** A contact with their account and the sales groups that have been in touch with them. */
export const ContactListItem = Contact.extend({
  accountName: z.string(),
  salesGroups: z.array(z.object({ id: Id, name: z.string(), lastAt: z.iso.datetime() })),
});
export type ContactListItem = z.infer<typeof ContactListItem>;
export const ContactPage = pageOf(ContactListItem);
