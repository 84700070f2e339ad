/**
 * What a notification says in an e-mail, in the receiver's language: the same words as the
 * notification centre in the web app. Pure: kind, parameters and locale in, subject and body out.
 */
import type { Locale } from './people';

type Params = Record<string, unknown>;
type Texts = Record<string, (p: Params) => string>;

const at = (p: Params) => (typeof p.accountName === 'string' && p.accountName ? p.accountName : '');
const by = (p: Params) => (typeof p.by === 'string' && p.by ? p.by : '');
const n = (p: Params, key: string) => {
  const v = p[key];
  return typeof v === 'number' ? v : 0;
};
const title = (p: Params) => (typeof p.title === 'string' && p.title ? p.title : '');
/** A lead: "Anna Berg (Acme AB)". */
const lead = (p: Params) => {
  const name = typeof p.name === 'string' ? p.name : '';
  const company = typeof p.company === 'string' && p.company ? ` (${p.company})` : '';
  return name ? ` ${name}${company}` : '';
};
const prod = (p: Params) => (typeof p.product === 'string' ? p.product : '');
const nm = (p: Params) => (typeof p.name === 'string' ? p.name : '');
const who = (p: Params, fallback: string) => (typeof p.seller === 'string' && p.seller ? p.seller : fallback);

const texts: Record<
  Locale,
  { kinds: Texts; other: string; open: string; footer: string; digest: (count: number, day: string) => string; digestFooter: string }
> = {
  en: {
    kinds: {
      'coverage.outside_opportunity': (p) =>
        `${by(p) || 'Someone'} outside the coverage opened an opportunity${at(p) ? ` at ${at(p)}` : ''}`,
      'coverage.outside_meeting': (p) => `${by(p) || 'Someone'} outside the coverage met${at(p) ? ` ${at(p)}` : ' a customer you cover'}`,
      'one_to_one.held': (p) => `${by(p) || 'Your leader'} recorded your one-to-one: see the agreed actions`,
      'one_to_one.due': (p) => `${who(p, 'A seller')}’s one-to-one is due${typeof p.dueOn === 'string' ? ` (${p.dueOn})` : ''}`,
      'webhooks.paused': (p) => `A webhook endpoint kept failing and was paused${typeof p.name === 'string' ? ` (${p.name})` : ''}`,
      'handoff.received': (p) => `You received a new tip${at(p) ? ` about ${at(p)}` : ''}${by(p) ? ` from ${by(p)}` : ''}`,
      'handoff.accepted': (p) => `Your tip${at(p) ? ` about ${at(p)}` : ''} was accepted${by(p) ? ` by ${by(p)}` : ''}`,
      'handoff.declined': (p) => `Your tip${at(p) ? ` about ${at(p)}` : ''} was declined${by(p) ? ` by ${by(p)}` : ''}`,
      'handoff.contacted': (p) => `${at(p) || 'The customer'} from your tip was contacted`,
      'handoff.meeting_held': (p) => `A meeting was held about your tip${at(p) ? ` (${at(p)})` : ''}`,
      'handoff.opportunity_created': (p) => `Your tip${at(p) ? ` about ${at(p)}` : ''} became an opportunity`,
      'handoff.not_relevant': (p) => `Your tip${at(p) ? ` about ${at(p)}` : ''} was reported not relevant`,
      'handoff.reminder': (p) => `A tip${at(p) ? ` about ${at(p)}` : ''} is waiting for your answer or report`,
      'handoff.escalated': (p) => `A tip to your group${at(p) ? ` about ${at(p)}` : ''} is overdue`,
      'lead.handed': (p) => `A lead${lead(p)} was handed to you: accept or reject it in time`,
      'lead.reminder': (p) => `The lead${lead(p)} is waiting for your answer: the deadline is near`,
      'lead.breached': (p) => `The lead${lead(p)} was not answered in time`,
      'lead.accepted': (p) => `Sales accepted the lead${lead(p)}`,
      'lead.rejected': (p) => `Sales rejected the lead${lead(p)}: it is back with marketing`,
      'lead.converted': (p) => `The lead${lead(p)} was converted`,
      'lead.assigned': (p) => `The lead${lead(p)} is now yours`,
      'lead.at_your_account': (p) => `A new lead${lead(p)} at ${at(p) || 'your account'}`,
      'signals.product_interest': (p) => `${at(p) || 'A customer'} is reading about ${prod(p) || 'a product'}, which it does not have`,
      'signals.returning_decision_maker': (p) => `${nm(p) || 'A decision-maker'}${at(p) ? ` at ${at(p)}` : ''} is back on the website`,
      'targets.behind_pace': (p) => `${who(p, 'You')}: at ${n(p, 'progress')} % of target with ${n(p, 'elapsed')} % of the year gone`,
      'opportunities.stale': (p) => `${n(p, 'count')} of your open deals have had no activity for a while`,
      'opportunities.timed_out': (p) => `${n(p, 'count')} of your deals are proposed as lost: timed out — confirm or give a new close date`,
      'handoff.withdrawn': (p) => `A tip to you${at(p) ? ` about ${at(p)}` : ''} was withdrawn`,
      'tasks.due': (p) => `Reminder: ${title(p)}${at(p) ? ` (${at(p)})` : ''}`,
      'plans.review_due': (p) => `Time to review the account plan${at(p) ? ` of ${at(p)}` : ''}`,
      'opportunities.renewal_due': (p) => `${at(p) || 'A customer'}’s agreement ends in ${n(p, 'count')} days: time to start the renewal`,
      'comments.mention': (p) => `${by(p) || 'Someone'} mentioned you${at(p) ? ` at ${at(p)}` : ''}`,
      'joint_visit.proposed': () => 'A joint visit is proposed for you',
      'joint_visit.planned': () => 'A joint visit is planned for you — accept it or ask for another',
      'joint_visit.accepted': () => 'Your joint visit is confirmed',
      'joint_visit.change_requested': () => 'Your guest asks for another visit',
      'joint_visit.cancelled': () => 'A joint visit is cancelled',
      'joint_visit.record_missing': () => 'Record what came of your joint visit',
      'seminar.follow_up': (p) => `A follow-up after the seminar${at(p) ? `: ${at(p)}` : ''}`,
      'seminar.taking_part': (p) => `You take part in a seminar${title(p) ? `: ${title(p)}` : ''}`,
      'interview.listener': (p) => `You listen in on a customer interview${at(p) ? ` (${at(p)})` : ''}`,
    },
    other: 'Something happened in Korsa',
    open: 'Open in Korsa',
    footer: 'You get this e-mail because you are notified in Korsa.',
    digest: (count, day) => `Your alerts in Korsa on ${day}: ${count}`,
    digestFooter: 'You get this daily digest because you chose it for these alerts in your account settings in Korsa.',
  },
  sv: {
    kinds: {
      'coverage.outside_opportunity': (p) => `${by(p) || 'Någon'} utanför täckningen öppnade en affär${at(p) ? ` hos ${at(p)}` : ''}`,
      'coverage.outside_meeting': (p) => `${by(p) || 'Någon'} utanför täckningen hade möte${at(p) ? ` med ${at(p)}` : ''}`,
      'one_to_one.held': (p) => `${by(p) || 'Din chef'} har sparat ert uppföljningssamtal: se de överenskomna åtgärderna`,
      'one_to_one.due': (p) =>
        `Dags för uppföljningssamtal med ${who(p, 'en säljare')}${typeof p.dueOn === 'string' ? ` (${p.dueOn})` : ''}`,
      'webhooks.paused': (p) =>
        `En webhook-mottagare misslyckades gång på gång och pausades${typeof p.name === 'string' ? ` (${p.name})` : ''}`,
      'handoff.received': (p) => `Du har fått ett nytt tips${at(p) ? ` om ${at(p)}` : ''}${by(p) ? ` från ${by(p)}` : ''}`,
      'handoff.accepted': (p) => `Ditt tips${at(p) ? ` om ${at(p)}` : ''} har accepterats${by(p) ? ` av ${by(p)}` : ''}`,
      'handoff.declined': (p) => `Ditt tips${at(p) ? ` om ${at(p)}` : ''} har avböjts${by(p) ? ` av ${by(p)}` : ''}`,
      'handoff.contacted': (p) => `${at(p) || 'Kunden'} i ditt tips har kontaktats`,
      'handoff.meeting_held': (p) => `Ett möte har hållits om ditt tips${at(p) ? ` (${at(p)})` : ''}`,
      'handoff.opportunity_created': (p) => `Ditt tips${at(p) ? ` om ${at(p)}` : ''} har blivit en affärsmöjlighet`,
      'handoff.not_relevant': (p) => `Ditt tips${at(p) ? ` om ${at(p)}` : ''} har rapporterats som inte aktuellt`,
      'handoff.reminder': (p) => `Ett tips${at(p) ? ` om ${at(p)}` : ''} väntar på ditt svar eller din återrapport`,
      'handoff.escalated': (p) => `Ett tips till din grupp${at(p) ? ` om ${at(p)}` : ''} är försenat`,
      'lead.handed': (p) => `Ett lead${lead(p)} har lämnats till dig: acceptera eller avvisa det i tid`,
      'lead.reminder': (p) => `Leadet${lead(p)} väntar på ditt svar: tidsfristen närmar sig`,
      'lead.breached': (p) => `Leadet${lead(p)} besvarades inte i tid`,
      'lead.accepted': (p) => `Sälj har accepterat leadet${lead(p)}`,
      'lead.rejected': (p) => `Sälj har avvisat leadet${lead(p)}: det är tillbaka hos marknad`,
      'lead.converted': (p) => `Leadet${lead(p)} har konverterats`,
      'lead.assigned': (p) => `Leadet${lead(p)} är nu ditt`,
      'lead.at_your_account': (p) => `Ett nytt lead${lead(p)} hos ${at(p) || 'din kund'}`,
      'signals.product_interest': (p) => `${at(p) || 'En kund'} läser om ${prod(p) || 'en produkt'}, som den inte har`,
      'signals.returning_decision_maker': (p) => `${nm(p) || 'En beslutsfattare'}${at(p) ? ` på ${at(p)}` : ''} är tillbaka på webbplatsen`,
      'targets.behind_pace': (p) => `${who(p, 'Du')}: ${n(p, 'progress')} % av målet när ${n(p, 'elapsed')} % av året har gått`,
      'opportunities.stale': (p) => `${n(p, 'count')} av dina öppna affärer har inte haft någon aktivitet på länge`,
      'opportunities.timed_out': (p) =>
        `${n(p, 'count')} av dina affärer föreslås som förlorade: tiden gick ut — bekräfta eller ange nytt datum`,
      'handoff.withdrawn': (p) => `Ett tips till dig${at(p) ? ` om ${at(p)}` : ''} har återkallats`,
      'tasks.due': (p) => `Påminnelse: ${title(p)}${at(p) ? ` (${at(p)})` : ''}`,
      'plans.review_due': (p) => `Dags att följa upp kundplanen${at(p) ? ` för ${at(p)}` : ''}`,
      'opportunities.renewal_due': (p) => `Avtalet med ${at(p) || 'en kund'} löper ut om ${n(p, 'count')} dagar: dags att börja förnyelsen`,
      'comments.mention': (p) => `${by(p) || 'Någon'} nämnde dig${at(p) ? ` hos ${at(p)}` : ''}`,
      'joint_visit.proposed': () => 'Ett sambesök är föreslaget för dig',
      'joint_visit.planned': () => 'Ett sambesök är planerat för dig — tacka ja eller be om ett annat',
      'joint_visit.accepted': () => 'Ditt sambesök är bekräftat',
      'joint_visit.change_requested': () => 'Din gäst vill ha ett annat besök',
      'joint_visit.cancelled': () => 'Ett sambesök är inställt',
      'joint_visit.record_missing': () => 'Dokumentera vad ditt sambesök gav',
      'seminar.follow_up': (p) => `En uppföljning efter seminariet${at(p) ? `: ${at(p)}` : ''}`,
      'seminar.taking_part': (p) => `Du deltar i ett seminarium${title(p) ? `: ${title(p)}` : ''}`,
      'interview.listener': (p) => `Du lyssnar på en kundintervju${at(p) ? ` (${at(p)})` : ''}`,
    },
    other: 'Något har hänt i Korsa',
    open: 'Öppna i Korsa',
    footer: 'Du får det här mejlet för att du har fått en avisering i Korsa.',
    digest: (count, day) => `Dina larm i Korsa ${day}: ${count}`,
    digestFooter: 'Du får den här dagliga sammanfattningen för att du valt den för de här larmen i dina kontoinställningar i Korsa.',
  },
  nb: {
    kinds: {
      'coverage.outside_opportunity': (p) => `${by(p) || 'Noen'} utenfor dekningen åpnet en salgsmulighet${at(p) ? ` hos ${at(p)}` : ''}`,
      'coverage.outside_meeting': (p) => `${by(p) || 'Noen'} utenfor dekningen hadde møte${at(p) ? ` med ${at(p)}` : ''}`,
      'one_to_one.held': (p) => `${by(p) || 'Lederen din'} har lagret oppfølgingssamtalen deres: se de avtalte tiltakene`,
      'one_to_one.due': (p) => `Tid for oppfølgingssamtale med ${who(p, 'en selger')}${typeof p.dueOn === 'string' ? ` (${p.dueOn})` : ''}`,
      'webhooks.paused': (p) =>
        `En webhook-mottaker feilet gjentatte ganger og ble satt på pause${typeof p.name === 'string' ? ` (${p.name})` : ''}`,
      'handoff.received': (p) => `Du har fått et nytt tips${at(p) ? ` om ${at(p)}` : ''}${by(p) ? ` fra ${by(p)}` : ''}`,
      'handoff.accepted': (p) => `Tipset ditt${at(p) ? ` om ${at(p)}` : ''} er akseptert${by(p) ? ` av ${by(p)}` : ''}`,
      'handoff.declined': (p) => `Tipset ditt${at(p) ? ` om ${at(p)}` : ''} er avslått${by(p) ? ` av ${by(p)}` : ''}`,
      'handoff.contacted': (p) => `${at(p) || 'Kunden'} fra tipset ditt er kontaktet`,
      'handoff.meeting_held': (p) => `Det er holdt et møte om tipset ditt${at(p) ? ` (${at(p)})` : ''}`,
      'handoff.opportunity_created': (p) => `Tipset ditt${at(p) ? ` om ${at(p)}` : ''} har blitt en salgsmulighet`,
      'handoff.not_relevant': (p) => `Tipset ditt${at(p) ? ` om ${at(p)}` : ''} er rapportert som ikke aktuelt`,
      'handoff.reminder': (p) => `Et tips${at(p) ? ` om ${at(p)}` : ''} venter på svaret eller rapporten din`,
      'handoff.escalated': (p) => `Et tips til gruppen din${at(p) ? ` om ${at(p)}` : ''} er forsinket`,
      'lead.handed': (p) => `Et lead${lead(p)} er gitt til deg: aksepter eller avvis det i tide`,
      'lead.reminder': (p) => `Leadet${lead(p)} venter på svaret ditt: fristen nærmer seg`,
      'lead.breached': (p) => `Leadet${lead(p)} ble ikke besvart i tide`,
      'lead.accepted': (p) => `Salg har akseptert leadet${lead(p)}`,
      'lead.rejected': (p) => `Salg har avvist leadet${lead(p)}: det er tilbake hos markedsføring`,
      'lead.converted': (p) => `Leadet${lead(p)} er konvertert`,
      'lead.assigned': (p) => `Leadet${lead(p)} er nå ditt`,
      'lead.at_your_account': (p) => `Et nytt lead${lead(p)} hos ${at(p) || 'kunden din'}`,
      'signals.product_interest': (p) => `${at(p) || 'En kunde'} leser om ${prod(p) || 'et produkt'}, som den ikke har`,
      'signals.returning_decision_maker': (p) => `${nm(p) || 'En beslutningstaker'}${at(p) ? ` hos ${at(p)}` : ''} er tilbake på nettsiden`,
      'targets.behind_pace': (p) => `${who(p, 'Du')}: ${n(p, 'progress')} % av målet når ${n(p, 'elapsed')} % av året er gått`,
      'opportunities.stale': (p) => `${n(p, 'count')} av de åpne salgene dine har ikke hatt aktivitet på lenge`,
      'opportunities.timed_out': (p) => `${n(p, 'count')} av salgene dine foreslås som tapt: tiden løp ut — bekreft eller sett ny dato`,
      'handoff.withdrawn': (p) => `Et tips til deg${at(p) ? ` om ${at(p)}` : ''} er trukket tilbake`,
      'tasks.due': (p) => `Påminnelse: ${title(p)}${at(p) ? ` (${at(p)})` : ''}`,
      'plans.review_due': (p) => `Tid for å gå gjennom kundeplanen${at(p) ? ` for ${at(p)}` : ''}`,
      'opportunities.renewal_due': (p) => `Avtalen med ${at(p) || 'en kunde'} løper ut om ${n(p, 'count')} dager: tid for å starte fornyelsen`,
      'comments.mention': (p) => `${by(p) || 'Noen'} nevnte deg${at(p) ? ` hos ${at(p)}` : ''}`,
      'joint_visit.proposed': () => 'Et felles kundebesøk er foreslått for deg',
      'joint_visit.planned': () => 'Et felles kundebesøk er planlagt for deg — takk ja eller be om et annet',
      'joint_visit.accepted': () => 'Det felles kundebesøket ditt er bekreftet',
      'joint_visit.change_requested': () => 'Gjesten din vil ha et annet besøk',
      'joint_visit.cancelled': () => 'Et felles kundebesøk er avlyst',
      'joint_visit.record_missing': () => 'Dokumenter hva det felles besøket ga',
      'seminar.follow_up': (p) => `En oppfølging etter seminaret${at(p) ? `: ${at(p)}` : ''}`,
      'seminar.taking_part': (p) => `Du deltar på et seminar${title(p) ? `: ${title(p)}` : ''}`,
      'interview.listener': (p) => `Du lytter på et kundeintervju${at(p) ? ` (${at(p)})` : ''}`,
    },
    other: 'Noe har skjedd i Korsa',
    open: 'Åpne i Korsa',
    footer: 'Du får denne e-posten fordi du har fått et varsel i Korsa.',
    digest: (count, day) => `Varslene dine i Korsa ${day}: ${count}`,
    digestFooter: 'Du får dette daglige sammendraget fordi du har valgt det for disse varslene i kontoinnstillingene dine i Korsa.',
  },
};

export function notificationMail(kind: string, params: Params, locale: Locale, url: string | null): { subject: string; text: string } {
  const t = texts[locale];
  const subject = t.kinds[kind]?.(params) ?? t.other;
  return { subject, text: [subject, ...(url ? ['', `${t.open}: ${url}`] : []), '', '—', t.footer].join('\n') };
}

const dateLocales: Record<Locale, string> = { en: 'en-GB', sv: 'sv-SE', nb: 'nb-NO' };

/** The daily digest (K2): one e-mail with a day's alerts, each with its link, in the receiver's language. */
export function digestMail(
  day: string,
  items: { kind: string; params: Params; url: string | null }[],
  locale: Locale,
): { subject: string; text: string } {
  const t = texts[locale];
  const date = new Intl.DateTimeFormat(dateLocales[locale], { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${day}T12:00:00Z`));
  const subject = t.digest(items.length, date);
  const lines = items.flatMap((i) => [`• ${t.kinds[i.kind]?.(i.params) ?? t.other}`, ...(i.url ? [`  ${i.url}`] : [])]);
  return { subject, text: [subject, '', ...lines, '', '—', t.digestFooter].join('\n') };
}
