/**
 * Rituals that make groups sell together (E1–E3): joint visits with rotating pairs, joint seminars
 * and customer interview rounds. Value lists, the joint visit's life, who may do what, and weeks.
 * The pairing itself is `pairing.ts`.
 */
import { isAdmin, isLeader, leadsPerson, type Placement, type Viewer } from './access';

/** Scheme cadences: how often each seller takes part in a joint visit. */
export const schemeCadences = ['weekly', 'biweekly'] as const;
export type SchemeCadence = (typeof schemeCadences)[number];

/**
 * A joint visit: Korsa proposes the pair; the host picks the visit (account, time, place); the guest
 * accepts it or asks for another; after it, either records what came of it.
 */
export const visitStatuses = ['proposed', 'planned', 'change_requested', 'accepted', 'done', 'cancelled'] as const;
export type VisitStatus = (typeof visitStatuses)[number];

/** What each party may do next, by status. */
const hostNext: Record<VisitStatus, readonly ('plan' | 'cancel')[]> = {
  proposed: ['plan', 'cancel'],
  planned: ['plan', 'cancel'],
  change_requested: ['plan', 'cancel'],
  accepted: ['plan', 'cancel'],
  done: [],
  cancelled: [],
};
export type VisitAction = 'plan' | 'cancel' | 'accept' | 'ask_another' | 'record';

export interface VisitParties {
  status: VisitStatus;
  host: { id: string } & Placement;
  guest: { id: string } & Placement;
}

/** The actions open to a viewer on a visit: the host plans and cancels, the guest answers, either records. */
export function visitActions(v: Viewer, visit: VisitParties, now: Date, startsAt: Date | null): VisitAction[] {
  const out = new Set<VisitAction>();
  const hostSide = visit.host.id === v.id || leadsPerson(v, visit.host) || isAdmin(v);
  const guestSide = visit.guest.id === v.id || isAdmin(v);
  if (hostSide) for (const a of hostNext[visit.status]) out.add(a);
  if (guestSide && visit.status === 'planned') {
    out.add('accept');
    out.add('ask_another');
  }
  const party = hostSide || guestSide || leadsPerson(v, visit.guest);
  if (party && (visit.status === 'accepted' || visit.status === 'done') && startsAt && startsAt <= now) out.add('record');
  return [...out];
}

/** A visit without its record this long after it began gets a reminder (and again each day, at most once a day). */
export const RECORD_REMINDER_AFTER_HOURS = 24;

export function recordMissing(status: VisitStatus, startsAt: Date | null, now: Date): boolean {
  return status === 'accepted' && !!startsAt && now.getTime() - startsAt.getTime() >= RECORD_REMINDER_AFTER_HOURS * 3_600_000;
}

/** The time zone a market's visits are in, from its country code (a market's locale 'sv-SE' etc.). */
const zones: Record<string, string> = {
  SE: 'Europe/Stockholm',
  NO: 'Europe/Oslo',
  DK: 'Europe/Copenhagen',
  FI: 'Europe/Helsinki',
  IS: 'Atlantic/Reykjavik',
  EE: 'Europe/Tallinn',
  DE: 'Europe/Berlin',
  NL: 'Europe/Amsterdam',
  GB: 'Europe/London',
  US: 'America/New_York',
};
export const DEFAULT_TIME_ZONE = 'Europe/Stockholm';
export function timeZoneForMarket(code: string | null | undefined): string {
  return (code && zones[code.trim().toUpperCase()]) || DEFAULT_TIME_ZONE;
}

/** A period's key: the ISO week of a date ('2026-W49'). */
export function isoWeek(date: Date): string {
  const d = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()));
  const day = d.getUTCDay() || 7;
  d.setUTCDate(d.getUTCDate() + 4 - day);
  const yearStart = Date.UTC(d.getUTCFullYear(), 0, 1);
  const week = Math.ceil(((d.getTime() - yearStart) / 86_400_000 + 1) / 7);
  return `${d.getUTCFullYear()}-W${String(week).padStart(2, '0')}`;
}

/** The Monday (YYYY-MM-DD) of the ISO week a date falls in. */
export function weekStart(date: Date): string {
  const d = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()));
  d.setUTCDate(d.getUTCDate() - ((d.getUTCDay() + 6) % 7));
  return d.toISOString().slice(0, 10);
}

/** Whether a scheme pairs in the week starting on `monday`, given the Monday of its first week. */
export function schemeWeekDue(cadence: SchemeCadence, startMonday: string, monday: string): boolean {
  const weeks = Math.round((Date.parse(monday) - Date.parse(startMonday)) / (7 * 86_400_000));
  return weeks >= 0 && (cadence === 'weekly' || weeks % 2 === 0);
}

/** Whether a date (YYYY-MM-DD) falls in any of a person's absences. */
export function absentOn(absences: readonly { from: string; to: string }[], monday: string): boolean {
  const friday = new Date(Date.parse(monday) + 4 * 86_400_000).toISOString().slice(0, 10);
  return absences.some((a) => a.from <= monday && a.to >= friday);
}

/** The wall-clock parts of a moment in a time zone (Intl's tz database, no I/O). */
function wallClock(ms: number, zone: string) {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone: zone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }).formatToParts(new Date(ms));
  const get = (t: string) => Number(parts.find((p) => p.type === t)?.value ?? 0);
  return { y: get('year'), m: get('month'), d: get('day'), h: get('hour'), min: get('minute'), s: get('second') };
}

const offsetMs = (ms: number, zone: string) => {
  const w = wallClock(ms, zone);
  return Date.UTC(w.y, w.m - 1, w.d, w.h, w.min, w.s) - (ms - (ms % 1000));
};

/** A local 'YYYY-MM-DDTHH:mm' in a zone as a moment (a time skipped by a DST change moves forward). */
export function zonedToUtc(local: string, zone: string): Date {
  const [date = '', time = '00:00'] = local.split('T');
  const [y = 0, m = 1, d = 1] = date.split('-').map(Number);
  const [h = 0, min = 0] = time.split(':').map(Number);
  const asUtc = Date.UTC(y, m - 1, d, h, min);
  let utc = asUtc - offsetMs(asUtc, zone);
  const second = offsetMs(utc, zone);
  if (asUtc - second !== utc) utc = asUtc - second;
  return new Date(utc);
}

/** A moment as local 'YYYY-MM-DDTHH:mm' in a zone. */
export function utcToZoned(moment: Date, zone: string): string {
  const w = wallClock(moment.getTime(), zone);
  const p = (x: number) => String(x).padStart(2, '0');
  return `${w.y}-${p(w.m)}-${p(w.d)}T${p(w.h)}:${p(w.min)}`;
}

/** The Monday (YYYY-MM-DD) of an ISO week key ('2026-W49'). */
export function mondayOfIsoWeek(period: string): string {
  const [y = '1970', w = '1'] = period.split('-W');
  const jan4 = new Date(Date.UTC(Number(y), 0, 4));
  const monday1 = Date.UTC(Number(y), 0, 4 - ((jan4.getUTCDay() + 6) % 7));
  return new Date(monday1 + (Number(w) - 1) * 7 * 86_400_000).toISOString().slice(0, 10);
}

type MailLocale = 'en' | 'sv' | 'nb';
const visitMailTexts: Record<
  MailLocale,
  Record<'planned' | 'accepted' | 'cancelled', (p: { account: string; when: string; other: string }) => [string, string]>
> = {
  en: {
    planned: (p) => [
      `Joint visit: ${p.account}, ${p.when}`,
      `${p.other} has planned a joint visit to ${p.account} on ${p.when}. Accept it or ask for another in Korsa.`,
    ],
    accepted: (p) => [
      `Joint visit confirmed: ${p.account}, ${p.when}`,
      `The joint visit to ${p.account} with ${p.other} on ${p.when} is confirmed.`,
    ],
    cancelled: (p) => [`Joint visit cancelled: ${p.account}`, `The joint visit to ${p.account} with ${p.other} on ${p.when} is cancelled.`],
  },
  sv: {
    planned: (p) => [
      `Sambesök: ${p.account}, ${p.when}`,
      `${p.other} har planerat ett sambesök hos ${p.account} den ${p.when}. Tacka ja eller be om ett annat i Korsa.`,
    ],
    accepted: (p) => [
      `Sambesök bekräftat: ${p.account}, ${p.when}`,
      `Sambesöket hos ${p.account} med ${p.other} den ${p.when} är bekräftat.`,
    ],
    cancelled: (p) => [`Sambesök inställt: ${p.account}`, `Sambesöket hos ${p.account} med ${p.other} den ${p.when} är inställt.`],
  },
  nb: {
    planned: (p) => [
      `Felles kundebesøk: ${p.account}, ${p.when}`,
      `${p.other} har planlagt et felles kundebesøk hos ${p.account} ${p.when}. Takk ja eller be om et annet i Korsa.`,
    ],
    accepted: (p) => [
      `Felles kundebesøk bekreftet: ${p.account}, ${p.when}`,
      `Det felles kundebesøket hos ${p.account} med ${p.other} ${p.when} er bekreftet.`,
    ],
    cancelled: (p) => [
      `Felles kundebesøk avlyst: ${p.account}`,
      `Det felles kundebesøket hos ${p.account} med ${p.other} ${p.when} er avlyst.`,
    ],
  },
};

/** The e-mail that carries a joint visit's calendar invitation, in the receiver's language. */
export function visitMail(locale: string, kind: 'planned' | 'accepted' | 'cancelled', p: { account: string; when: string; other: string }) {
  const texts = visitMailTexts[(locale in visitMailTexts ? locale : 'en') as MailLocale];
  const [subject, text] = texts[kind](p);
  return { subject, text };
}

/** A seminar invitee's way: invited, registered, attended — or did not come. */
export const attendanceStatuses = ['invited', 'registered', 'attended', 'no_show'] as const;
export type AttendanceStatus = (typeof attendanceStatuses)[number];

/** Whom an interview insight concerns: this customer only, or every customer of its industry. */
export const insightReach = ['this_customer', 'industry'] as const;
export type InsightReach = (typeof insightReach)[number];

/** A seminar or interview round is run by leaders, or by the sellers taking part. */
export function mayRunRitual(v: Viewer, r: { createdById: string | null; sellerIds: readonly string[] }): boolean {
  return isAdmin(v) || isLeader(v) || r.createdById === v.id || r.sellerIds.includes(v.id);
}

/** Whom a follow-up for an attendee goes to, per group with potential at the account: that group's seller at the seminar, else its leader. */
export function followUpOwner(
  groupId: string,
  sellers: readonly { id: string; salesGroupId: string | null }[],
  groupLeader: string | null,
): string | null {
  return sellers.find((s) => s.salesGroupId === groupId)?.id ?? groupLeader;
}

/** A matrix cell's state for the follow-up rule (domain/matrix.ts's states). */
export type PotentialCell = { productId: string; state: 'owned' | 'pipeline' | 'potential' | 'not_relevant' };

/**
 * The groups with potential at an account, from the product matrix: a group has potential where one
 * of its products is marked potential, or is white space there (neither owned, in the pipeline nor
 * marked not relevant). A group without products has none. In the order of `groupIds`.
 */
export function groupsWithPotential(
  groupIds: readonly string[],
  products: readonly { id: string; salesGroupId: string }[],
  cells: readonly PotentialCell[],
): string[] {
  const state = new Map<string, PotentialCell['state']>();
  const rank = { owned: 3, pipeline: 2, potential: 1, not_relevant: 1 } as const;
  for (const c of cells) {
    const was = state.get(c.productId);
    if (!was || rank[c.state] > rank[was] || (rank[c.state] === rank[was] && c.state === 'potential')) state.set(c.productId, c.state);
  }
  return groupIds.filter((g) =>
    products.some((p) => p.salesGroupId === g && (state.get(p.id) === undefined || state.get(p.id) === 'potential')),
  );
}

/** The follow-up task's due day: two working days after the seminar's day (YYYY-MM-DD, a weekend moves to Monday). */
export function followUpDue(seminarDay: string): string {
  const d = new Date(`${seminarDay}T12:00:00Z`);
  let left = 2;
  while (left > 0) {
    d.setUTCDate(d.getUTCDate() + 1);
    if (d.getUTCDay() !== 0 && d.getUTCDay() !== 6) left--;
  }
  return d.toISOString().slice(0, 10);
}

/** The end of the window in which what happened at attendees' accounts counts as following the seminar. */
export function followWindowEnd(startsAt: Date, months: number): Date {
  const d = new Date(startsAt.getTime());
  d.setUTCMonth(d.getUTCMonth() + months);
  return d;
}

/** Follow-ups are given once the seminar has begun, to attendees only. */
export function mayGiveFollowUps(startsAt: Date, now: Date): boolean {
  return startsAt.getTime() <= now.getTime();
}

/** Whether registering `adding` more would pass a seminar's capacity (which counts the registered and attended). */
export function seminarFull(capacity: number | null, registered: number, adding: number): boolean {
  return capacity !== null && adding > 0 && registered + adding > capacity;
}

/** The e-mail addresses in a registration list (a CSV export, a pasted column), lower-cased, each once. */
export function emailsIn(list: string): string[] {
  const found = list.match(/[^\s,;<>"'()[\]]+@[^\s,;<>"'()[\]]+\.[A-Za-z]{2,}/g) ?? [];
  return [...new Set(found.map((e) => e.toLowerCase()))];
}

const interviewMailTexts: Record<MailLocale, (p: { account: string; day: string; topics: string; from: string }) => [string, string]> = {
  en: (p) => [
    `Our conversation on ${p.day}: the topics`,
    `Hello,\n\nThank you for meeting us on ${p.day}. We would like to hear ${p.account}'s view on these topics:\n\n${p.topics}\n\nBest regards,\n${p.from}`,
  ],
  sv: (p) => [
    `Vårt samtal den ${p.day}: ämnena`,
    `Hej,\n\nTack för att ni träffar oss den ${p.day}. Vi vill gärna höra hur ${p.account} ser på de här ämnena:\n\n${p.topics}\n\nVänliga hälsningar,\n${p.from}`,
  ],
  nb: (p) => [
    `Samtalet vårt ${p.day}: temaene`,
    `Hei,\n\nTakk for at dere møter oss ${p.day}. Vi vil gjerne høre hvordan ${p.account} ser på disse temaene:\n\n${p.topics}\n\nVennlig hilsen\n${p.from}`,
  ],
};

/** The e-mail that sends an interview round's topics to the customer beforehand. */
export function interviewMail(locale: string, p: { account: string; day: string; topics: readonly string[]; from: string }) {
  const texts = interviewMailTexts[(locale in interviewMailTexts ? locale : 'en') as MailLocale];
  const [subject, text] = texts({ ...p, topics: p.topics.map((t, i) => `${i + 1}. ${t}`).join('\n') });
  return { subject, text };
}

const seminarMailTexts: Record<
  MailLocale,
  Record<'seller' | 'guest', (p: { title: string; when: string; place: string; from: string }) => [string, string]>
> = {
  en: {
    seller: (p) => [
      `Seminar: ${p.title}, ${p.when}`,
      `${p.from} has planned the seminar "${p.title}" on ${p.when} (${p.place}) with you among the sellers taking part. It is in the attached invitation and in your Korsa calendar feed.`,
    ],
    guest: (p) => [
      `Invitation: ${p.title}, ${p.when}`,
      `Hello,\n\nWe would like to invite you to our seminar "${p.title}" on ${p.when} (${p.place}). The attached invitation puts it in your calendar.\n\nBest regards,\n${p.from}`,
    ],
  },
  sv: {
    seller: (p) => [
      `Seminarium: ${p.title}, ${p.when}`,
      `${p.from} har planerat seminariet "${p.title}" den ${p.when} (${p.place}) med dig bland säljarna som deltar. Det finns i den bifogade inbjudan och i ditt kalenderflöde från Korsa.`,
    ],
    guest: (p) => [
      `Inbjudan: ${p.title}, ${p.when}`,
      `Hej,\n\nVi vill gärna bjuda in dig till vårt seminarium "${p.title}" den ${p.when} (${p.place}). Med den bifogade inbjudan hamnar det i din kalender.\n\nVänliga hälsningar,\n${p.from}`,
    ],
  },
  nb: {
    seller: (p) => [
      `Seminar: ${p.title}, ${p.when}`,
      `${p.from} har planlagt seminaret "${p.title}" ${p.when} (${p.place}) med deg blant selgerne som deltar. Det ligger i den vedlagte invitasjonen og i kalenderstrømmen din fra Korsa.`,
    ],
    guest: (p) => [
      `Invitasjon: ${p.title}, ${p.when}`,
      `Hei,\n\nVi vil gjerne invitere deg til seminaret vårt "${p.title}" ${p.when} (${p.place}). Med den vedlagte invitasjonen havner det i kalenderen din.\n\nVennlig hilsen\n${p.from}`,
    ],
  },
};

/** The e-mail that carries a seminar's calendar invitation: to a seller taking part, or to an invited customer. */
export function seminarMail(locale: string, to: 'seller' | 'guest', p: { title: string; when: string; place: string; from: string }) {
  const texts = seminarMailTexts[(locale in seminarMailTexts ? locale : 'en') as MailLocale];
  const [subject, text] = texts[to](p);
  return { subject, text };
}
