import { rolesOnly } from '../../domain/policy';

export const auditPolicies = {
  read: rolesOnly('admins and management', ['admin', 'management']),
};
