import { rolesOnly, signedIn } from '@domain/policy';

export const pipelinePolicies = {
  read: signedIn('any signed-in user'),
  /** Processes and stages are configured by admins. */
  configure: rolesOnly('admins', ['admin']),
  /** The competitor list is kept by leaders and admins. */
  manageCompetitors: rolesOnly('sales leaders and admins', ['sales_leader', 'admin']),
};
