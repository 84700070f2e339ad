/** The vocabulary of accounts and the people at them (A1, A2). */
export { accountStatuses, type AccountStatus } from './account-status';

export const accountSizes = ['micro', 'small', 'medium', 'large', 'enterprise'] as const;
export type AccountSize = (typeof accountSizes)[number];

/** A contact's role in the customer's buying decision. */
export const buyingRoles = ['decision_maker', 'economic_buyer', 'influencer', 'champion', 'user', 'gatekeeper'] as const;
export type BuyingRole = (typeof buyingRoles)[number];
