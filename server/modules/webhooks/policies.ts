import { rolesOnly } from '@domain/policy';

export const webhookPolicies = {
  /** Endpoints carry secrets and send the company's data out: admins only. */
  manage: rolesOnly('admins', ['admin']),
};
