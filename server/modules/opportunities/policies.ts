import { rolesOnly, signedIn } from '@domain/policy';

export const opportunityPolicies = {
  /** Everyone sees the pipeline: transparency across groups and markets (K1). */
  read: signedIn('any signed-in user'),
  /** Overriding a deal's channel is a leader's call. */
  overrideChannel: rolesOnly('sales leaders, management and admins', ['sales_leader', 'management', 'admin']),
  /** How well the win probability predicts (its calibration): for admins, who tune the organisation. */
  evaluateModel: rolesOnly('admins', ['admin']),
  /** Giving several opportunities to another seller at once: leaders and admins (each deal checked in the service). */
  reassign: rolesOnly('sales leaders and admins', ['sales_leader', 'admin']),
  write: rolesOnly('sellers, sales leaders, management and admins', ['seller', 'sales_leader', 'management', 'admin']),
};
