/**
 * A seminar's calendar invitations by e-mail (E2): to the sellers taking part when it is planned, and
 * to each customer contact when invited — an iCalendar REQUEST in the seminar's own zone, so the
 * calendar shows the local time it was planned at. Sent after the change committed; a mail that fails
 * is logged and the seminar stays (it is in the sellers' calendar feeds either way).
 */
import { seminarMail, utcToZoned } from '@domain/rituals';
import { publicBaseUrl } from '../../config';
import type { AppContext } from '../../platform/context';
import type { Mail } from '../../platform/mailer';
import { gatheringInvitation, type CalendarGathering } from './calendar';
import * as visits from './repo';
import * as repo from './repo-seminars';

/** A seminar as a timed event of a calendar (the feed's and the invitation's). */
export function seminarGathering(base: string, s: repo.SeminarRow): CalendarGathering {
  return {
    uid: `seminar-${s.id}`,
    summary: `Seminar: ${s.title}`,
    description: [s.topic, s.link ?? ''].filter(Boolean).join('\n\n'),
    location: s.place || s.link || '',
    start: s.startsAt,
    end: s.endsAt,
    day: null,
    timeZone: s.timeZone,
    sequence: s.sequence,
    url: `${base}/cross-selling/seminars/${s.id}`,
  };
}

export async function mailSeminarInvitations(
  ctx: AppContext,
  seminarId: string,
  senderId: string,
  to: { sellerIds?: readonly string[]; contactIds?: readonly string[] },
) {
  const mailer = ctx.mailer;
  const s = await repo.findSeminar(ctx.db, seminarId);
  const [sender] = await visits.people(ctx.db, [senderId]);
  if (!mailer || !s || !sender) return;
  const base = publicBaseUrl(ctx.config);
  const domain = new URL(base).hostname;
  const organizer = { name: sender.name, email: sender.email };
  const when = `${utcToZoned(s.startsAt, s.timeZone).replace('T', ' ')} (${s.timeZone})`;
  const facts = { title: s.title, when, place: s.place || s.link || '', from: organizer.name };
  const gathering = seminarGathering(base, s);
  const mails: Mail[] = [];
  const invitation = (attendee: { name: string; email: string }) => ({
    method: 'REQUEST' as const,
    filename: 'seminar.ics',
    content: gatheringInvitation(gathering, domain, organizer, attendee),
  });
  for (const p of await visits.people(ctx.db, [...(to.sellerIds ?? [])]))
    if (p.active) mails.push({ to: p.email, ...seminarMail(p.locale, 'seller', facts), icalEvent: invitation(p) });
  if (to.contactIds?.length) {
    const wanted = new Set(to.contactIds);
    for (const c of await repo.invitees(ctx.db, seminarId))
      if (wanted.has(c.contactId) && c.email)
        mails.push({
          to: c.email,
          ...seminarMail(sender.locale, 'guest', facts),
          icalEvent: invitation({ name: `${c.firstName} ${c.lastName}`.trim(), email: c.email }),
        });
  }
  for (const mail of mails) {
    try {
      await mailer.send(mail);
    } catch (e) {
      ctx.log.warn({ err: e, seminarId }, 'could not send the seminar invitation');
    }
  }
}
