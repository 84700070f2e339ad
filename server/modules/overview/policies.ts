import { signedIn } from '@domain/policy';

/** Transparency (article 003 §6): every seller sees the same KPIs as their leaders. */
export const overviewPolicies = { read: signedIn('any signed-in user') };
