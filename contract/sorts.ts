/** The API's list orders, as plain lists (no zod): the contract's enums derive from them, and the web imports them. */
export const accountSorts = ['name', '-name', 'status', '-updatedAt', '-lastBusinessAt'] as const;
export type AccountSort = (typeof accountSorts)[number];
