import { rolesOnly, signedIn } from '@domain/policy';

export const coachingPolicies = {
  /** A seller's one-to-ones: the seller themself, their leaders and admins (checked in the service). */
  read: signedIn('the seller, their sales leaders and admins (checked per seller)'),
  /** Holding a one-to-one and setting its cadence: the seller's leaders and admins (checked per seller). */
  hold: rolesOnly('sales leaders and management (of the seller), admins', ['sales_leader', 'management', 'admin']),
  /** The leader's list of the people they lead and who is overdue. */
  team: rolesOnly('sales leaders, management and admins', ['sales_leader', 'management', 'admin']),
};
