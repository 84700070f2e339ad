import { z } from 'zod';
import { accountSizes, accountStatuses } from '@domain/accounts';
import { accountSorts } from './sorts';
import { CustomFieldFilter, CustomValues, CustomValuesInput } from './custom-fields';
import { Id, IndustryCode, PageQuery, Version, int4, nonEmptyPatch, optionalIndustry, optionalText, pageOf, text } from './common';

export { accountSizes, accountStatuses };
export const AccountStatus = z.enum(accountStatuses);
export const AccountSize = z.enum(accountSizes);

const field = (max: number) => text().trim().max(max);

export const AccountRef = z.object({ id: Id, name: text() });

export const Account = z.object({
  id: Id,
  name: text(),
  orgNumber: text().nullable(),
  /** A section letter of NACE Rev. 2 (domain/industries.ts). */
  industry: IndustryCode.nullable(),
  size: AccountSize.nullable(),
  marketId: Id.nullable(),
  street: text().nullable(),
  postalCode: text().nullable(),
  city: text().nullable(),
  country: text().nullable(),
  website: text().nullable(),
  phone: text().nullable(),
  parentId: Id.nullable(),
  isGlobal: z.boolean(),
  globalOwnerId: Id.nullable(),
  ownerId: Id.nullable(),
  status: AccountStatus,
  lastBusinessAt: z.iso.datetime().nullable(),
  /** Values of the admin's custom fields, by key (GET /api/custom-fields?entity=account). */
  customFields: CustomValues,
  /** Counts up with every change; a PATCH that carries an older one gets 409 version_conflict with the current account. */
  version: z.number().int(),
  /** Set while the account is deleted (restorable for 30 days, domain/records.ts). */
  deletedAt: z.iso.datetime().nullable(),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
});
export type Account = z.infer<typeof Account>;

export const AccountInput = z.object({
  name: field(200).min(1, 'An account needs a name'),
  orgNumber: optionalText(40),
  industry: optionalIndustry,
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
  /** Custom field values by key; on a change only the keys given change (`null` clears one). */
  customFields: CustomValuesInput.optional(),
});
export type AccountInput = z.infer<typeof AccountInput>;
/** The version read may come along: then a stale one is refused with 409 version_conflict and the current account. */
export const AccountPatch = nonEmptyPatch(AccountInput.partial().extend({ version: Version.optional() }));
export type AccountPatch = z.infer<typeof AccountPatch>;

export { accountSorts };
export const AccountListQuery = PageQuery.extend({
  q: text().trim().max(100).optional(),
  status: AccountStatus.optional(),
  marketId: Id.optional(),
  industry: IndustryCode.optional(),
  ownerId: Id.optional(),
  parentId: Id.optional(),
  isGlobal: z
    .enum(['true', 'false'])
    .transform((v) => v === 'true')
    .optional(),
  sort: z.enum(accountSorts).default('name'),
  cf: CustomFieldFilter,
});
export type AccountListQuery = z.infer<typeof AccountListQuery>;

/** A row of the account list: the account with the names a list shows. */
export const AccountListItem = Account.extend({
  marketCode: text().nullable(),
  ownerName: text().nullable(),
  parentName: text().nullable(),
});
export const AccountPage = pageOf(AccountListItem);

/** Who from which sales group has been in touch with the customer, and when last. */
export const Touchpoint = z.object({
  salesGroupId: Id.nullable(),
  salesGroupName: text().nullable(),
  userId: Id.nullable(),
  userName: text().nullable(),
  activities: z.number().int(),
  lastAt: z.iso.datetime(),
});

/** For every product family: does the customer own it (the full matrix comes later). */
export const ProductFamilyCell = z.object({
  salesGroupId: Id,
  salesGroupName: text(),
  family: text(),
  /** What it holds or held; `current`: owned today (domain/account-status.ts `ownsOn`), else held before. */
  owned: z.array(z.object({ productId: Id, name: text(), startedOn: text(), endsOn: text().nullable(), current: z.boolean() })),
  /** Products of the family on the account's open opportunities: in the pipeline, beside what it owns. */
  inPipeline: z.array(z.object({ productId: Id, name: text(), opportunityId: Id, opportunityName: text() })),
});

/** Everything the account page shows except the (paged) timeline. */
export const AccountOverview = z.object({
  account: Account,
  market: z.object({ id: Id, code: text(), name: text(), currency: text() }).nullable(),
  owner: z.object({ id: Id, name: text() }).nullable(),
  globalOwner: z.object({ id: Id, name: text() }).nullable(),
  parent: AccountRef.nullable(),
  subsidiaries: z.array(AccountRef.extend({ marketCode: text().nullable(), status: AccountStatus })),
  touchpoints: z.array(Touchpoint),
  productRow: z.array(ProductFamilyCell),
  /** The latest won deal: when it was signed, its name and value. */
  latestDeal: z.object({ id: Id, name: text(), signedOn: text(), value: z.number(), currency: text() }).nullable(),
  /**
   * What the viewer may do (domain/access.ts): change it as its owner, their leader or an admin; declare the customer lost;
   * delete it; merge a duplicate into it (whether the duplicate may go is the merge preview's `can.merge`).
   */
  can: z.object({ change: z.boolean(), markLost: z.boolean(), delete: z.boolean(), merge: z.boolean() }),
});
export type AccountOverview = z.infer<typeof AccountOverview>;

/** Why the customer left (J2): a reason from the organisation's churn list, and words if wanted. */
export const MarkLost = z.object({
  churnReasonId: Id,
  reason: field(500).optional(),
});

/** The industries in use (section letters), most common first (for filters). */
export const Industries = z.array(z.object({ industry: IndustryCode, accounts: z.number().int() }));

/** Accounts that are likely the same company (domain/duplicates.ts): which keys they share with it. */
export const AccountDuplicates = z.array(
  AccountRef.extend({
    city: text().nullable(),
    orgNumber: text().nullable(),
    website: text().nullable(),
    ownerName: text().nullable(),
    status: AccountStatus,
    matches: z.array(z.enum(['org_number', 'domain', 'name'])),
  }),
);

/** Merge `duplicateId` into the account of the path: it keeps every contact, opportunity, handoff and timeline entry. */
export const MergeAccounts = z.object({ duplicateId: Id });

/**
 * What merging `duplicateId` into the account of the path would do: how many of the duplicate's records
 * move, which empty fields it fills, and whether the viewer may (domain/access.ts `mayMerge`).
 */
export const AccountMergePreview = z.object({
  keep: AccountRef,
  duplicate: AccountRef.extend({ city: text().nullable(), ownerName: text().nullable(), status: AccountStatus }),
  moves: z.object({
    contacts: int4(),
    opportunities: int4(),
    activities: int4(),
    handoffs: int4(),
    tasks: int4(),
  }),
  filled: z.array(text()),
  can: z.object({ merge: z.boolean() }),
});
export type AccountMergePreview = z.infer<typeof AccountMergePreview>;
