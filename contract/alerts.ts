import { z } from 'zod';
import { alertKinds, emailModes } from '@domain/alerts';
import { text } from './common';

/** A person's choice for one deviation alert (K2), with the notification kinds it covers. */
export const AlertPreference = z.object({
  alert: z.enum(alertKinds),
  inApp: z.boolean(),
  email: z.enum(emailModes),
});
export const AlertPreferencesView = z.object({
  items: z.array(AlertPreference.extend({ kinds: z.array(text()) })),
  /** false: this Korsa sends no e-mail (no SMTP), so the e-mail choices wait until it does. */
  emailEnabled: z.boolean(),
});
export const PutAlertPreferences = z.object({
  items: z
    .array(AlertPreference)
    .max(alertKinds.length)
    .refine((items) => new Set(items.map((i) => i.alert)).size === items.length, 'each alert once'),
});
export type PutAlertPreferences = z.infer<typeof PutAlertPreferences>;
export type AlertPreferencesView = z.infer<typeof AlertPreferencesView>;
