/** The fields a preview reports missing ("account or accountSourceId"), as a set of field names. */
export function missingFields(missingRequired: string[]): Set<string> {
  return new Set(missingRequired.flatMap((group) => group.split(' or ').map((f) => f.trim())));
}

/** Set or clear the column of one field; other fields keep theirs, and a column maps to one field only. */
export function remap(mapping: Record<string, string>, field: string, column: string | null): Record<string, string> {
  const next: Record<string, string> = {};
  for (const [f, c] of Object.entries(mapping)) if (f !== field && c !== column) next[f] = c;
  if (column) next[field] = column;
  return next;
}
