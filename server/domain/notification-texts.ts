/**
 * What a notification says in an e-mail, in the receiver's language: the same words as the
 * notification centre in the web app. Pure: kind, parameters and locale in, subject and body out.
 */
import type { Locale } from '@contract/common';

type Params = Record<string, unknown>;
type Texts = Record<string, (p: Params) => string>;

const at = (p: Params) => (typeof p.accountName === 'string' && p.accountName ? p.accountName : '');
const by = (p: Params) => (typeof p.by === 'string' && p.by ? p.by : '');
const n = (p: Params, key: string) => {
  const v = p[key];
  return typeof v === 'number' ? v : 0;
};
const who = (p: Params, fallback: string) => (typeof p.seller === 'string' && p.seller ? p.seller : fallback);

const texts: Record<Locale, { kinds: Texts; other: string; open: string; footer: string }> = {
  en: {
    kinds: {
      'handoff.received': (p) => `You received a new tip${at(p) ? ` about ${at(p)}` : ''}${by(p) ? ` from ${by(p)}` : ''}`,
      'handoff.accepted': (p) => `Your tip${at(p) ? ` about ${at(p)}` : ''} was accepted${by(p) ? ` by ${by(p)}` : ''}`,
      'handoff.declined': (p) => `Your tip${at(p) ? ` about ${at(p)}` : ''} was declined${by(p) ? ` by ${by(p)}` : ''}`,
      'handoff.contacted': (p) => `${at(p) || 'The customer'} from your tip was contacted`,
      'handoff.meeting_held': (p) => `A meeting was held about your tip${at(p) ? ` (${at(p)})` : ''}`,
      'handoff.opportunity_created': (p) => `Your tip${at(p) ? ` about ${at(p)}` : ''} became an opportunity`,
      'handoff.not_relevant': (p) => `Your tip${at(p) ? ` about ${at(p)}` : ''} was reported not relevant`,
      'handoff.reminder': (p) => `A tip${at(p) ? ` about ${at(p)}` : ''} is waiting for your answer or report`,
      'handoff.escalated': (p) => `A tip to your group${at(p) ? ` about ${at(p)}` : ''} is overdue`,
      'targets.behind_pace': (p) => `${who(p, 'You')}: at ${n(p, 'progress')} % of target with ${n(p, 'elapsed')} % of the year gone`,
      'opportunities.stale': (p) => `${n(p, 'count')} of your open deals have had no activity for a while`,
      'opportunities.timed_out': (p) => `${n(p, 'count')} of your deals are proposed as lost: timed out — confirm or give a new close date`,
    },
    other: 'Something happened in Korsa',
    open: 'Open in Korsa',
    footer: 'You get this e-mail because you are notified in Korsa.',
  },
  sv: {
    kinds: {
      'handoff.received': (p) => `Du har fått ett nytt tips${at(p) ? ` om ${at(p)}` : ''}${by(p) ? ` från ${by(p)}` : ''}`,
      'handoff.accepted': (p) => `Ditt tips${at(p) ? ` om ${at(p)}` : ''} har accepterats${by(p) ? ` av ${by(p)}` : ''}`,
      'handoff.declined': (p) => `Ditt tips${at(p) ? ` om ${at(p)}` : ''} har avböjts${by(p) ? ` av ${by(p)}` : ''}`,
      'handoff.contacted': (p) => `${at(p) || 'Kunden'} i ditt tips har kontaktats`,
      'handoff.meeting_held': (p) => `Ett möte har hållits om ditt tips${at(p) ? ` (${at(p)})` : ''}`,
      'handoff.opportunity_created': (p) => `Ditt tips${at(p) ? ` om ${at(p)}` : ''} har blivit en affärsmöjlighet`,
      'handoff.not_relevant': (p) => `Ditt tips${at(p) ? ` om ${at(p)}` : ''} har rapporterats som inte aktuellt`,
      'handoff.reminder': (p) => `Ett tips${at(p) ? ` om ${at(p)}` : ''} väntar på ditt svar eller din återrapport`,
      'handoff.escalated': (p) => `Ett tips till din grupp${at(p) ? ` om ${at(p)}` : ''} är försenat`,
      'targets.behind_pace': (p) => `${who(p, 'Du')}: ${n(p, 'progress')} % av målet när ${n(p, 'elapsed')} % av året har gått`,
      'opportunities.stale': (p) => `${n(p, 'count')} av dina öppna affärer har inte haft någon aktivitet på länge`,
      'opportunities.timed_out': (p) =>
        `${n(p, 'count')} av dina affärer föreslås som förlorade: tiden gick ut — bekräfta eller ange nytt datum`,
    },
    other: 'Något har hänt i Korsa',
    open: 'Öppna i Korsa',
    footer: 'Du får det här mejlet för att du har fått en avisering i Korsa.',
  },
  nb: {
    kinds: {
      'handoff.received': (p) => `Du har fått et nytt tips${at(p) ? ` om ${at(p)}` : ''}${by(p) ? ` fra ${by(p)}` : ''}`,
      'handoff.accepted': (p) => `Tipset ditt${at(p) ? ` om ${at(p)}` : ''} er akseptert${by(p) ? ` av ${by(p)}` : ''}`,
      'handoff.declined': (p) => `Tipset ditt${at(p) ? ` om ${at(p)}` : ''} er avslått${by(p) ? ` av ${by(p)}` : ''}`,
      'handoff.contacted': (p) => `${at(p) || 'Kunden'} fra tipset ditt er kontaktet`,
      'handoff.meeting_held': (p) => `Det er holdt et møte om tipset ditt${at(p) ? ` (${at(p)})` : ''}`,
      'handoff.opportunity_created': (p) => `Tipset ditt${at(p) ? ` om ${at(p)}` : ''} har blitt en salgsmulighet`,
      'handoff.not_relevant': (p) => `Tipset ditt${at(p) ? ` om ${at(p)}` : ''} er rapportert som ikke aktuelt`,
      'handoff.reminder': (p) => `Et tips${at(p) ? ` om ${at(p)}` : ''} venter på svaret eller rapporten din`,
      'handoff.escalated': (p) => `Et tips til gruppen din${at(p) ? ` om ${at(p)}` : ''} er forsinket`,
      'targets.behind_pace': (p) => `${who(p, 'Du')}: ${n(p, 'progress')} % av målet når ${n(p, 'elapsed')} % av året er gått`,
      'opportunities.stale': (p) => `${n(p, 'count')} av de åpne salgene dine har ikke hatt aktivitet på lenge`,
      'opportunities.timed_out': (p) => `${n(p, 'count')} av salgene dine foreslås som tapt: tiden løp ut — bekreft eller sett ny dato`,
    },
    other: 'Noe har skjedd i Korsa',
    open: 'Åpne i Korsa',
    footer: 'Du får denne e-posten fordi du har fått et varsel i Korsa.',
  },
};

export function notificationMail(kind: string, params: Params, locale: Locale, url: string | null): { subject: string; text: string } {
  const t = texts[locale];
  const subject = t.kinds[kind]?.(params) ?? t.other;
  return { subject, text: [subject, ...(url ? ['', `${t.open}: ${url}`] : []), '', '—', t.footer].join('\n') };
}
