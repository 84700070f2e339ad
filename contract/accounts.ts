import { z } from 'zod';
import { Id, PageQuery, nonEmptyPatch, optionalText, pageOf } from './common';

export const accountStatuses = ['prospect', 'customer', 'passive', 'lost'] as const;
export const AccountStatus = z.enum(accountStatuses);
export const accountSizes = ['micro', 'small', 'medium', 'large', 'enterprise'] as const;
export const AccountSize = z.enum(accountSizes);

const text = (max: number) => z.string().trim().max(max);

export const AccountRef = z.object({ id: Id, name: z.string() });

export const Account = z.object({
  id: Id,
  name: z.string(),
  orgNumber: z.string().nullable(),
  industry: z.string().nullable(),
  size: AccountSize.nullable(),
  marketId: Id.nullable(),
  street: z.string().nullable(),
  postalCode: z.string().nullable(),
  city: z.string().nullable(),
  country: z.string().nullable(),
  website: z.string().nullable(),
  phone: z.string().nullable(),
  parentId: Id.nullable(),
  isGlobal: z.boolean(),
  globalOwnerId: Id.nullable(),
  ownerId: Id.nullable(),
  status: AccountStatus,
  lastBusinessAt: z.iso.datetime().nullable(),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
});
export type Account = z.infer<typeof Account>;

export const AccountInput = z.object({
  name: text(200).min(1, 'An account needs a name'),
  orgNumber: optionalText(40),
  industry: optionalText(100),
  size: AccountSize.nullable().optional(),
  marketId: Id.nullable().optional(),
  street: optionalText(200),
  postalCode: optionalText(20),
  city: optionalText(100),
  country: optionalText(100),
  website: optionalText(300),
  phone: optionalText(50),
  parentId: Id.nullable().optional(),
  isGlobal: z.boolean().optional(),
  globalOwnerId: Id.nullable().optional(),
  ownerId: Id.nullable().optional(),
});
export type AccountInput = z.infer<typeof AccountInput>;
export const AccountPatch = nonEmptyPatch(AccountInput.partial());
export type AccountPatch = z.infer<typeof AccountPatch>;

export const accountSorts = ['name', '-name', 'status', '-updatedAt', '-lastBusinessAt'] as const;
export const AccountListQuery = PageQuery.extend({
  q: z.string().trim().max(100).optional(),
  status: AccountStatus.optional(),
  marketId: Id.optional(),
  industry: z.string().trim().max(100).optional(),
  ownerId: Id.optional(),
  parentId: Id.optional(),
  isGlobal: z
    .enum(['true', 'false'])
    .transform((v) => v === 'true')
    .optional(),
  sort: z.enum(accountSorts).default('name'),
});
export type AccountListQuery = z.infer<typeof AccountListQuery>;

/** A row of the account list: the account with the names a list shows. */
export const AccountListItem = Account.extend({
  marketCode: z.string().nullable(),
  ownerName: z.string().nullable(),
  parentName: z.string().nullable(),
});
export const AccountPage = pageOf(AccountListItem);

/** Who from which sales group has been in touch with the customer, and when last. */
export const Touchpoint = z.object({
  salesGroupId: Id.nullable(),
  salesGroupName: z.string().nullable(),
  userId: Id.nullable(),
  userName: z.string().nullable(),
  activities: z.number().int(),
  lastAt: z.iso.datetime(),
});

/** For every product family: does the customer own it (the full matrix comes later). */
export const ProductFamilyCell = z.object({
  salesGroupId: Id,
  salesGroupName: z.string(),
  family: z.string(),
  owned: z.array(z.object({ productId: Id, name: z.string(), startedOn: z.string(), endsOn: z.string().nullable() })),
});

/** Everything the account page shows except the (paged) timeline. */
export const AccountOverview = z.object({
  account: Account,
  market: z.object({ id: Id, code: z.string(), name: z.string(), currency: z.string() }).nullable(),
  owner: z.object({ id: Id, name: z.string() }).nullable(),
  globalOwner: z.object({ id: Id, name: z.string() }).nullable(),
  parent: AccountRef.nullable(),
  subsidiaries: z.array(AccountRef.extend({ marketCode: z.string().nullable(), status: AccountStatus })),
  touchpoints: z.array(Touchpoint),
  productRow: z.array(ProductFamilyCell),
});
export type AccountOverview = z.infer<typeof AccountOverview>;

export const MarkLost = z.object({ reason: text(500).min(1, 'Say why the customer left') });

/** The industries in use, most common first (for filters). */
export const Industries = z.array(z.object({ industry: z.string(), accounts: z.number().int() }));
