import { z } from 'zod';
import { erasureReasons } from '@domain/privacy';
import { Id, text } from './common';

/** Everything Korsa holds about a contact (GDPR access request), as JSON. */
export const PersonalDataExport = z.object({
  generatedAt: z.iso.datetime(),
  subject: z.object({ kind: z.literal('contact'), id: Id }),
  contact: z.record(text(), z.unknown()),
  account: z.object({ id: Id, name: text() }),
  timeline: z.array(z.record(text(), z.unknown())),
  opportunities: z.array(z.record(text(), z.unknown())),
  handoffs: z.array(z.record(text(), z.unknown())),
  leads: z.array(z.record(text(), z.unknown())),
  tasks: z.array(z.record(text(), z.unknown())),
  history: z.array(z.record(text(), z.unknown())),
  /** Website signals: their page views, and the visitor ids of the sites' script that name them by e-mail. */
  signals: z.array(z.record(text(), z.unknown())),
  visitors: z.array(z.record(text(), z.unknown())),
});
export type PersonalDataExport = z.infer<typeof PersonalDataExport>;

export const EraseContact = z.object({
  reason: z.enum(erasureReasons),
  note: text().trim().min(3).max(1000),
});
export type EraseContact = z.infer<typeof EraseContact>;

export const ErasureResult = z.object({
  contactId: Id,
  erasedAt: z.iso.datetime(),
  /** Rows whose free text or data named the person and were cleaned. */
  cleaned: z.object({
    timeline: z.number().int(),
    leads: z.number().int(),
    tasks: z.number().int(),
    handoffs: z.number().int(),
    history: z.number().int(),
  }),
  /** Deals that stay, with the person's place taken by the erased contact. */
  dealsKept: z.number().int(),
});

const Rows = z.array(z.record(text(), z.unknown()));

/** Everything Korsa holds about a lead (GDPR access request), as JSON. */
export const LeadPersonalData = z.object({
  generatedAt: z.iso.datetime(),
  subject: z.object({ kind: z.literal('lead'), id: Id }),
  lead: z.record(text(), z.unknown()),
  /** Its moves (status, reason, note, by whom) and what it did (visits, downloads, form fills). */
  updates: Rows,
  behaviour: Rows,
  timeline: Rows,
  visitors: Rows,
  history: Rows,
});
export type LeadPersonalData = z.infer<typeof LeadPersonalData>;

/** Everything Korsa holds about a user (GDPR access request), as JSON — sessions' metadata, never a token or a password. */
export const UserPersonalData = z.object({
  generatedAt: z.iso.datetime(),
  subject: z.object({ kind: z.literal('user'), id: Id }),
  user: z.record(text(), z.unknown()),
  sessions: Rows,
  apiKeys: Rows,
  activities: Rows,
  handoffsGiven: Rows,
  handoffsReceived: Rows,
  comments: Rows,
  notifications: Rows,
  incentives: Rows,
  history: Rows,
});
export type UserPersonalData = z.infer<typeof UserPersonalData>;

export const LeadErasureResult = z.object({
  leadId: Id,
  erasedAt: z.iso.datetime(),
  cleaned: z.object({ timeline: z.number().int(), updates: z.number().int(), history: z.number().int() }),
});
