import type { ImportOptions } from '../../server/modules/imports/service';

/** Options of an import by nobody in particular (a script): mode good unless told, named after the entity. */
export const importOptions = (entity: ImportOptions['entity'], extra: Partial<ImportOptions> = {}): ImportOptions => ({
  entity,
  mode: 'good',
  dryRun: false,
  fileName: `${entity}.csv`,
  actor: null,
  ...extra,
});
