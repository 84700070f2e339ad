/**
 * Leads (C1, C2): a person and a company that marketing found, worked and qualified, then handed to
 * a sales group that must accept (assigning a seller) or reject (with a reason, back to marketing)
 * within the agreed working hours (K2). The state machine, who may move a lead, and the SLA are
 * decided here; the server enforces them and presents them as `allowedNext` and `can`.
 */
import { isAdmin, leadsPerson, type Placement, type Viewer } from './access';
import { addWorkingHours } from './working-days';

export const leadStatuses = [
  'new',
  'working',
  'qualified',
  'disqualified',
  'handed_to_sales',
  'accepted',
  'rejected',
  'converted',
] as const;
export type LeadStatus = (typeof leadStatuses)[number];

/** Where a lead came from. */
export const leadSources = ['web_form', 'event', 'list', 'referral', 'partner', 'import', 'other'] as const;
export type LeadSource = (typeof leadSources)[number];

/** Statuses a person moves a lead to (converting has its own action, with the account it becomes). */
export type LeadMove = Exclude<LeadStatus, 'new' | 'converted'>;
export const leadMoves = leadStatuses.filter((s): s is LeadMove => s !== 'new' && s !== 'converted');

const next: Record<LeadStatus, readonly LeadStatus[]> = {
  new: ['working', 'qualified', 'disqualified'],
  working: ['qualified', 'disqualified'],
  qualified: ['handed_to_sales', 'working', 'disqualified'],
  disqualified: ['working'],
  handed_to_sales: ['accepted', 'rejected'],
  // returned to marketing: work it again, or give it up
  rejected: ['working', 'qualified', 'disqualified'],
  accepted: ['converted', 'rejected'],
  converted: [],
};

/** Every status a lead in `status` can go to, whoever asks. */
export function transitionsFrom(status: LeadStatus): readonly LeadStatus[] {
  return next[status];
}

/** Disqualifying and rejecting need a reason in words (marketing learns from sales' rejections). */
export function needsReason(status: LeadStatus): boolean {
  return status === 'disqualified' || status === 'rejected';
}

/** The reasons offered in the UI (a free text note may follow). */
export const disqualifyReasons = [
  'not_a_fit',
  'no_budget',
  'no_need',
  'competitor',
  'student_or_private',
  'spam',
  'duplicate',
  'other',
] as const;
export const rejectReasons = ['not_ready', 'wrong_group', 'already_customer_handled', 'no_contact', 'not_a_fit', 'other'] as const;

/** The parts of a move that its status asks for. */
export interface LeadMoveParts {
  reason?: string | null;
  note?: string | null;
  salesGroupId?: string | null;
}

/**
 * What a move to `to` lacks: disqualifying and rejecting need a reason from their list, and words
 * when the reason is "other"; handing to sales needs the sales group. Server and form ask the same.
 */
export function missingForMove(to: LeadStatus, move: LeadMoveParts): ('reason' | 'note' | 'salesGroupId')[] {
  if (to === 'handed_to_sales') return move.salesGroupId ? [] : ['salesGroupId'];
  if (!needsReason(to)) return [];
  const reasons: readonly string[] = to === 'rejected' ? rejectReasons : disqualifyReasons;
  if (!move.reason || !reasons.includes(move.reason)) return ['reason'];
  return move.reason === 'other' && !move.note?.trim() ? ['note'] : [];
}

/** Which side of the agreement acts on a move: marketing qualifies and hands over, sales accepts, rejects and converts. */
export function sideOf(to: LeadStatus): 'marketing' | 'sales' {
  return to === 'accepted' || to === 'rejected' || to === 'converted' ? 'sales' : 'marketing';
}

/** What the server needs to know of a lead to decide who may move it. */
export interface LeadAccess {
  status: LeadStatus;
  salesGroupId: string | null;
  /** The seller it was handed to by name, or who accepted it. */
  assignedUserId: string | null;
  assignee: Placement | null;
  /** The marketer who owns it (or whoever created it). */
  ownerId: string | null;
}

/** Marketing's work on leads: marketing and admins (management and leaders look, they do not qualify). */
export const mayWorkLeads = (v: Pick<Viewer, 'role'>) => v.role === 'marketing' || isAdmin(v);

/**
 * Accepting or rejecting a handed lead: the seller it was handed to by name (or, without a name, any
 * seller of the group), the group's leader, an admin. Converting an accepted lead: the seller who
 * accepted it, their leaders, an admin.
 */
export function maySalesAct(v: Viewer, lead: LeadAccess): boolean {
  if (isAdmin(v)) return true;
  if (v.role === 'marketing') return false;
  if (lead.salesGroupId && v.leads.salesGroupIds.includes(lead.salesGroupId)) return true;
  if (lead.status === 'accepted') return lead.assignedUserId === v.id || leadsPerson(v, lead.assignee);
  if (lead.assignedUserId) return lead.assignedUserId === v.id || leadsPerson(v, lead.assignee);
  return lead.salesGroupId !== null && v.salesGroupId === lead.salesGroupId;
}

/** May `v` move this lead to `to`? */
export function mayMoveLead(v: Viewer, lead: LeadAccess, to: LeadStatus): boolean {
  if (!transitionsFrom(lead.status).includes(to)) return false;
  return sideOf(to) === 'marketing' ? mayWorkLeads(v) : maySalesAct(v, lead);
}

/** The statuses this viewer may move the lead to (what the web offers; converting is `can.convert`). */
export function allowedNextFor(v: Viewer, lead: LeadAccess): LeadMove[] {
  return transitionsFrom(lead.status).filter((to): to is LeadMove => to !== 'new' && to !== 'converted' && mayMoveLead(v, lead, to));
}

/** Still with marketing (not yet handed over, or returned). */
export const marketingStatuses: readonly LeadStatus[] = ['new', 'working', 'qualified', 'rejected'];
/** Waiting for sales to accept or reject: the SLA clock runs. */
export const awaitingSales = (s: LeadStatus) => s === 'handed_to_sales';

// ── The agreement (SLA) ─────────────────────────────────────────────────────────────────────

export interface SlaRules {
  /** Working hours sales has to accept or reject a handed lead. */
  acceptWithinHours: number;
  /** Remind the seller (or the group) this many working hours before the deadline. */
  remindBeforeHours: number;
}

export const defaultSla: SlaRules = { acceptWithinHours: 8, remindBeforeHours: 2 };

/** The rules for a market: its own hours when it has some, else the organisation's. */
export function slaFor(perMarket: Readonly<Record<string, number>>, marketId: string | null, base: SlaRules = defaultSla): SlaRules {
  const own = marketId ? perMarket[marketId] : undefined;
  return own ? { ...base, acceptWithinHours: own, remindBeforeHours: Math.min(base.remindBeforeHours, own / 2) } : base;
}

/** When sales must have answered a lead handed at `at`, and when to remind them. */
export function slaDeadlines(at: Date, rules: SlaRules = defaultSla): { dueAt: Date; remindAt: Date } {
  const dueAt = addWorkingHours(at, rules.acceptWithinHours);
  const remindAt = addWorkingHours(at, Math.max(0, rules.acceptWithinHours - rules.remindBeforeHours));
  return { dueAt, remindAt };
}

export type SlaAction = 'remind' | 'breach' | null;

/** What the SLA job does now about a handed lead: nothing, remind sales, or report the breach to the group's leader. */
export function slaAction(
  lead: { status: LeadStatus; dueAt: Date | null; remindAt: Date | null; remindedAt: Date | null; breachedAt: Date | null },
  now: Date,
): SlaAction {
  if (!awaitingSales(lead.status) || !lead.dueAt) return null;
  if (now >= lead.dueAt) return lead.breachedAt ? null : 'breach';
  if (lead.remindAt && now >= lead.remindAt && !lead.remindedAt) return 'remind';
  return null;
}

/** Answered in time: accepted or rejected before the deadline. */
export function answeredInTime(answeredAt: Date, dueAt: Date): boolean {
  return answeredAt.getTime() <= dueAt.getTime();
}

// ── Matching a lead to what Korsa knows ────────────────────────────────────────────────────

/** Mail providers whose domain says nothing about the employer. */
export const freeMailDomains = new Set([
  'gmail.com',
  'googlemail.com',
  'hotmail.com',
  'hotmail.se',
  'outlook.com',
  'live.com',
  'live.se',
  'msn.com',
  'yahoo.com',
  'yahoo.se',
  'icloud.com',
  'me.com',
  'proton.me',
  'protonmail.com',
  'telia.com',
  'online.no',
  'gmx.com',
  'aol.com',
]);

export function normaliseEmail(email: string | null | undefined): string | null {
  const e = email?.trim().toLowerCase();
  return e && e.includes('@') ? e : null;
}

/** "https://www.Acme.se/about" → "acme.se"; an address's domain; null for nothing usable. */
export function normaliseDomain(value: string | null | undefined): string | null {
  if (!value) return null;
  let v = value.trim().toLowerCase();
  if (v.includes('@') && !v.includes('/')) v = v.slice(v.lastIndexOf('@') + 1);
  v = v.replace(/^[a-z]+:\/\//, '').replace(/^www\./, '');
  v = v.split(/[/?#:]/)[0] ?? '';
  return /^[a-z0-9-]+(\.[a-z0-9-]+)+$/.test(v) ? v : null;
}

/** The employer's domain a lead's e-mail or website tells (never a free mail provider). */
export function companyDomain(lead: { email?: string | null; domain?: string | null }): string | null {
  const d = normaliseDomain(lead.domain) ?? normaliseDomain(normaliseEmail(lead.email));
  return d && !freeMailDomains.has(d) ? d : null;
}

/** Organisation numbers compare by their digits and letters: "556677-8899" = "5566778899". */
export function normaliseOrgNumber(value: string | null | undefined): string | null {
  const v = value?.replace(/[^0-9a-z]/gi, '').toUpperCase();
  return v && v.length >= 6 ? v : null;
}

export type MatchedBy = 'email' | 'org_number' | 'domain';

/**
 * Which known record a lead belongs to, strongest evidence first: the contact with its e-mail (and
 * so their account), else the account with its organisation number, else with its domain.
 */
export function chooseMatch(found: {
  contactByEmail: { id: string; accountId: string } | null;
  accountByOrgNumber: string | null;
  accountByDomain: string | null;
}): { accountId: string; contactId: string | null; matchedBy: MatchedBy } | null {
  if (found.contactByEmail) return { accountId: found.contactByEmail.accountId, contactId: found.contactByEmail.id, matchedBy: 'email' };
  if (found.accountByOrgNumber) return { accountId: found.accountByOrgNumber, contactId: null, matchedBy: 'org_number' };
  if (found.accountByDomain) return { accountId: found.accountByDomain, contactId: null, matchedBy: 'domain' };
  return null;
}

/** "Anna Berg" → first "Anna", last "Berg"; one word is a last name too (a contact needs both). */
export function splitName(name: string): { firstName: string; lastName: string } {
  const parts = name.trim().split(/\s+/).filter(Boolean);
  if (parts.length === 0) return { firstName: '-', lastName: '-' };
  if (parts.length === 1) return { firstName: parts[0]!, lastName: parts[0]! };
  return { firstName: parts.slice(0, -1).join(' '), lastName: parts[parts.length - 1]! };
}

// ── The public web form's spam guard ───────────────────────────────────────────────────────

/** A form filled faster than this is a script. */
export const minFillMilliseconds = 2000;

/**
 * Is a submission spam? The honeypot field (hidden from people) is filled, or the form was sent
 * sooner after it was shown than a person can type, or the text is a wall of links.
 */
export function spamVerdict(
  s: { honeypot?: string | null; renderedAt?: number | null; message?: string | null },
  now: Date,
): string | null {
  if (s.honeypot && s.honeypot.trim() !== '') return 'honeypot';
  if (s.renderedAt && now.getTime() - s.renderedAt < minFillMilliseconds) return 'too_fast';
  if (s.message && (s.message.match(/https?:\/\//g) ?? []).length > 3) return 'links';
  return null;
}
