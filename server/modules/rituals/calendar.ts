/**
 * iCalendar for joint visits (E1), seminars (E2) and interview rounds (E3), built with `ical-generator`: an invitation (METHOD:REQUEST or
 * CANCEL) for e-mail, and a person's feed. Times are written in the visit's own zone (TZID) with
 * its VTIMEZONE from `timezones-ical-library` (whose block for a linked zone such as Europe/Stockholm
 * carries the canonical name, so it is renamed), and the times as `@date-fns/tz` dates in that zone,
 * so calendars show the right local time whatever the server's own zone.
 */
import ical, {
  ICalAttendeeRole,
  ICalAttendeeStatus,
  ICalCalendarMethod,
  ICalEventStatus,
  type ICalCalendar,
  type ICalEvent,
} from 'ical-generator';
import { TZDate } from '@date-fns/tz';
import { tzlib_get_ical_block } from 'timezones-ical-library';

export interface CalendarVisit {
  id: string;
  summary: string;
  description: string;
  location: string;
  start: Date;
  end: Date;
  timeZone: string;
  sequence: number;
  cancelled: boolean;
  accepted: boolean;
  url: string;
  host: { name: string; email: string };
  guest: { name: string; email: string };
}

const vtimezone = (tz: string) => {
  const block = tzlib_get_ical_block(tz);
  const text = Array.isArray(block) ? block[0] : null;
  if (!text) return null;
  return text.replace(/^TZID:.*$/m, `TZID:${tz}`).replace(/^X-LIC-LOCATION:.*$/m, `X-LIC-LOCATION:${tz}`);
};

function addEvent(cal: ICalCalendar, v: CalendarVisit, domain: string) {
  cal.createEvent({
    id: `joint-visit-${v.id}@${domain}`,
    start: new TZDate(v.start.getTime(), v.timeZone),
    end: new TZDate(v.end.getTime(), v.timeZone),
    timezone: v.timeZone,
    summary: v.summary,
    description: v.description,
    location: v.location || null,
    url: v.url,
    sequence: v.sequence,
    status: v.cancelled ? ICalEventStatus.CANCELLED : v.accepted ? ICalEventStatus.CONFIRMED : ICalEventStatus.TENTATIVE,
    organizer: { name: v.host.name, email: v.host.email },
    attendees: [
      {
        name: v.guest.name,
        email: v.guest.email,
        role: ICalAttendeeRole.REQ,
        status: v.accepted ? ICalAttendeeStatus.ACCEPTED : ICalAttendeeStatus.NEEDSACTION,
      },
    ],
  });
}

function calendar(name: string, method: ICalCalendarMethod | null, zones: string[]) {
  // The generator writes one VTIMEZONE for the calendar's zone and each event's.
  return ical({
    name,
    prodId: { company: 'Korsa', product: 'Korsa', language: 'EN' },
    method,
    timezone: zones[0] ? { name: zones[0], generator: vtimezone } : null,
  });
}

/** An invitation (or its cancellation) to attach to an e-mail. */
export function invitation(v: CalendarVisit, domain: string): string {
  const cal = calendar('Korsa', v.cancelled ? ICalCalendarMethod.CANCEL : ICalCalendarMethod.REQUEST, [v.timeZone]);
  addEvent(cal, v, domain);
  return cal.toString();
}

/** A seminar (timed, in its zone) or an interview round (all day) in a person's feed. */
export interface CalendarGathering {
  uid: string;
  summary: string;
  description: string;
  location: string;
  /** Timed: the moments; all day: `day` (YYYY-MM-DD) instead. */
  start: Date | null;
  end: Date | null;
  day: string | null;
  timeZone: string;
  sequence: number;
  url: string;
}

function addGathering(cal: ICalCalendar, g: CalendarGathering, domain: string): ICalEvent {
  const common = {
    id: `${g.uid}@${domain}`,
    summary: g.summary,
    description: g.description,
    location: g.location || null,
    url: g.url,
    sequence: g.sequence,
    status: ICalEventStatus.CONFIRMED,
  };
  if (g.day) {
    // a date without a time: no zone applies (DTSTART;VALUE=DATE)
    const [y = 1970, m = 1, d = 1] = g.day.split('-').map(Number);
    return cal.createEvent({ ...common, allDay: true, start: new Date(y, m - 1, d), timezone: null, floating: true });
  }
  return cal.createEvent({
    ...common,
    start: new TZDate(g.start!.getTime(), g.timeZone),
    end: new TZDate(g.end!.getTime(), g.timeZone),
    timezone: g.timeZone,
  });
}

/** A person's feed: their joint visits, the seminars they take part in, the interview rounds they listen to. */
export function feed(name: string, visits: CalendarVisit[], domain: string, gatherings: CalendarGathering[] = []): string {
  const cal = calendar(name, null, [...visits.map((v) => v.timeZone), ...gatherings.filter((g) => !g.day).map((g) => g.timeZone)]);
  for (const v of visits) addEvent(cal, v, domain);
  for (const g of gatherings) addGathering(cal, g, domain);
  return cal.toString();
}

/** A timed gathering's invitation (a seminar) to one person, from its organiser, for e-mail (METHOD:REQUEST). */
export function gatheringInvitation(
  g: CalendarGathering,
  domain: string,
  organizer: { name: string; email: string },
  attendee: { name: string; email: string },
): string {
  const cal = calendar('Korsa', ICalCalendarMethod.REQUEST, g.day ? [] : [g.timeZone]);
  const event = addGathering(cal, g, domain);
  event.organizer(organizer);
  event.createAttendee({ ...attendee, role: ICalAttendeeRole.REQ, status: ICalAttendeeStatus.NEEDSACTION, rsvp: true });
  return cal.toString();
}
