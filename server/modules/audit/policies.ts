import { rolesOnly, signedIn } from '@domain/policy';

export const auditPolicies = {
  /** The whole trail — users' roles, targets, settings — with search and export. */
  read: rolesOnly('admins and management', ['admin', 'management']),
  /** A customer record's history, on its page: everyone who sees the record (transparency, A3). */
  recordHistory: signedIn('a signed-in user, for the history of an account, contact or opportunity'),
};
