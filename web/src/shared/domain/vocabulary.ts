/**
 * The fixed vocabularies the web's filters and forms offer: the shared domain's value lists (and the
 * API's list orders), imported as plain constants — no zod in the web app's first download.
 */
export { accountSizes, accountStatuses, buyingRoles, type AccountSize, type AccountStatus, type BuyingRole } from '@domain/accounts';
export { loggableTypes, type ActivityType, type LoggableType } from '@domain/activities';
export { importEntities, importSources, type ImportEntity, type ImportSource } from '@domain/imports/layouts';
export { oneOf } from '@domain/people';
export { accountSorts, type AccountSort } from '@contract/sorts';
