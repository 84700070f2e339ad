import { rolesOnly, signedIn } from '@domain/policy';

export const gamePolicies = {
  /** Everyone sees the seasons and the leaderboards: the game is played in the open. */
  read: signedIn('any signed-in user'),
  /** Seasons, their rules and teams are set by leaders. */
  manage: rolesOnly('sales leaders, management and admins', ['sales_leader', 'management', 'admin']),
  /** A statement shows what the viewer may see (own; the team's as a leader; all as admin or management). */
  statement: signedIn('any signed-in user (filtered to whom they may see)'),
  /** Closing a statement for payroll. */
  payout: rolesOnly('sales leaders, management and admins', ['sales_leader', 'management', 'admin']),
};
