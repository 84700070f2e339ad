import type { accountSizes as contractSizes, accountSorts as contractSorts, accountStatuses as contractStatuses } from '@contract/accounts';
import type { activityTypes as contractActivityTypes } from '@contract/activities';
import type { buyingRoles as contractBuyingRoles } from '@contract/contacts';
import type { importEntities as contractEntities, importSources as contractSources } from '@contract/imports';

/**
 * The contract's fixed vocabularies, as plain lists: importing them from contract/ at runtime would
 * pull zod into the web app. The `Exhaustive` checks keep each list equal to the contract's.
 */
type Exhaustive<T extends never> = T;

export type AccountStatus = (typeof contractStatuses)[number];
export const accountStatuses = ['prospect', 'customer', 'passive', 'lost'] as const satisfies readonly AccountStatus[];
type _Statuses = Exhaustive<Exclude<AccountStatus, (typeof accountStatuses)[number]>>;

export type AccountSize = (typeof contractSizes)[number];
export const accountSizes = ['micro', 'small', 'medium', 'large', 'enterprise'] as const satisfies readonly AccountSize[];
type _Sizes = Exhaustive<Exclude<AccountSize, (typeof accountSizes)[number]>>;

export type AccountSort = (typeof contractSorts)[number];
export const accountSorts = ['name', '-name', 'status', '-updatedAt', '-lastBusinessAt'] as const satisfies readonly AccountSort[];
type _Sorts = Exhaustive<Exclude<AccountSort, (typeof accountSorts)[number]>>;

export type ActivityType = (typeof contractActivityTypes)[number];
/** What a person can log; `event` is written by Korsa itself. */
export const loggableTypes = ['call', 'meeting', 'email', 'note', 'visit', 'task'] as const satisfies readonly ActivityType[];
export type LoggableType = (typeof loggableTypes)[number];
type _Types = Exhaustive<Exclude<ActivityType, LoggableType | 'event'>>;

export type BuyingRole = (typeof contractBuyingRoles)[number];
export const buyingRoles = [
  'decision_maker',
  'economic_buyer',
  'influencer',
  'champion',
  'user',
  'gatekeeper',
] as const satisfies readonly BuyingRole[];
type _Roles = Exhaustive<Exclude<BuyingRole, (typeof buyingRoles)[number]>>;

export type ImportEntity = (typeof contractEntities)[number];
export const importEntities = [
  'accounts',
  'contacts',
  'products',
  'activities',
  'opportunities',
  'invoices',
] as const satisfies readonly ImportEntity[];
type _Entities = Exhaustive<Exclude<ImportEntity, (typeof importEntities)[number]>>;

export type ImportSource = (typeof contractSources)[number];
export const importSources = ['generic', 'salesforce', 'hubspot', 'pipedrive'] as const satisfies readonly ImportSource[];
type _Sources = Exhaustive<Exclude<ImportSource, (typeof importSources)[number]>>;

/** Narrows a URL parameter or select value to one of a list. */
export function oneOf<T extends string>(list: readonly T[], value: unknown): value is T {
  return typeof value === 'string' && (list as readonly string[]).includes(value);
}
