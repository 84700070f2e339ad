import { rolesOnly, signedIn } from '@domain/policy';

export const certificationPolicies = {
  /** A seller's certifications (their profile) and the sellers proposed for an account: everyone signed in. */
  read: signedIn('everyone signed in'),
  /** Granting, renewing, revoking: the seller's leaders and admins (checked per seller). */
  grant: rolesOnly('sales leaders and management (of the seller), admins', ['sales_leader', 'management', 'admin']),
  /** Which industries have too few certified sellers. */
  coverage: rolesOnly('sales leaders, management and admins', ['sales_leader', 'management', 'admin']),
};
