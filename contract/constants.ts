/**
 * Plain constants of the contract, importable without zod (the web app's first download stays small).
 */
export const locales = ['en', 'sv', 'nb'] as const;
export type Locale = (typeof locales)[number];

export const roles = ['seller', 'sales_leader', 'marketing', 'management', 'admin'] as const;
export type Role = (typeof roles)[number];
