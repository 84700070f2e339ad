import { rolesOnly, type Policy } from '@domain/policy';
import type { ImportEntity } from '@domain/imports/layouts';

export const importPolicies = {
  /** Bringing data in from other systems: leaders, marketing, management and admins. */
  run: rolesOnly('sales leaders, marketing, management and admins', ['sales_leader', 'marketing', 'management', 'admin']),
};

/** Invoice lines come from the finance system: only admins bring them in, as through the API. */
const invoiceImport = rolesOnly('admins (invoice lines come from the finance system)', ['admin']);

/** Who may import this entity, beyond `run`. */
export const entityPolicy = (entity: ImportEntity): Policy => (entity === 'invoices' ? invoiceImport : importPolicies.run);
