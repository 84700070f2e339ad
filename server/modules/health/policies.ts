import { publicAccess } from '@domain/policy';

export const healthPolicies = {
  read: publicAccess('anyone (load balancers, monitoring)'),
};
