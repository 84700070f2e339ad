/**
 * Who works in Korsa: the roles a user can have and the languages of the UI (L4). Value lists are
 * defined here once; the contract's zod enums, the database's column enums and the TypeScript
 * unions all derive from them.
 */
export const roles = ['seller', 'sales_leader', 'marketing', 'management', 'admin'] as const;
export type Role = (typeof roles)[number];

/** The roles that sell (have customers, pipelines and tips): sellers and the leaders who sell with them. */
export const sellingRoles = ['seller', 'sales_leader'] as const satisfies readonly Role[];
export const sells = (person: { role: Role }) => oneOf(sellingRoles, person.role);

/** `nb` is Norwegian bokmål. */
export const locales = ['en', 'sv', 'nb'] as const;
export type Locale = (typeof locales)[number];

/** Narrows an unknown value (a URL parameter, a select's value) to one of a list. */
export function oneOf<T extends string>(list: readonly T[], value: unknown): value is T {
  return typeof value === 'string' && (list as readonly string[]).includes(value);
}
