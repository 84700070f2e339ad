import { publicAccess, rolesOnly, signedIn } from '@domain/policy';

export const leadPolicies = {
  /** Leads are visible to every group: sellers see the leads at their accounts and the ones handed to them. */
  read: signedIn('any signed-in user'),
  /** Anyone may enter a lead (a seller's referral, a contact met at an event); marketing works it. */
  create: signedIn('any signed-in user'),
  /** Moving a lead: marketing qualifies and hands over, the receiving sales group accepts or rejects (checked in the service). */
  move: signedIn('marketing, and the sales group a lead is handed to'),
  convert: rolesOnly('sellers, sales leaders, management and admins', ['seller', 'sales_leader', 'management', 'admin']),
  /** The score's weights, the "ready for sales" threshold and the agreement's hours: marketing and sales leaders agree on them. */
  tune: rolesOnly('marketing, sales leaders and admins', ['marketing', 'sales_leader', 'admin']),
  /** How the score's parameters did against outcomes, and the points learned from them (the tuning page). */
  tuning: rolesOnly('marketing, sales leaders, management and admins', ['marketing', 'sales_leader', 'management', 'admin']),
  /** Marketing's forms and behaviour events. */
  manage: rolesOnly('marketing and admins', ['marketing', 'admin']),
  /** The agreement's report: marketing and those who lead sales. */
  report: rolesOnly('marketing, sales leaders, management and admins', ['marketing', 'sales_leader', 'management', 'admin']),
  /** The web form on the company's own site: the form's key, its origin, rate limits and a spam guard stand guard. */
  webForm: publicAccess('a web form on the company’s site (per-form key, rate-limited)'),
};
