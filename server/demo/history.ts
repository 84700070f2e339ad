import type { Faker } from '@faker-js/faker';
import type { DemoAccount } from './customers';

export type Lang = 'en' | 'sv' | 'nb';
type LoggedType = 'call' | 'meeting' | 'email' | 'note' | 'visit' | 'task';

/** What sellers write, in their own language. `{p}` is a contact's first name. */
export const lines: Record<Lang, Record<LoggedType, string[]>> = {
  en: {
    call: [
      'Called {p} about next year’s budget',
      'Follow-up call with {p} on the proposal',
      'Quick call: {p} asked for references',
      'Called {p} — new site opening in spring',
    ],
    meeting: [
      'Meeting with {p} and the management team',
      'Quarterly review with {p}',
      'Workshop on needs with {p}',
      'Lunch meeting with {p}',
    ],
    email: ['Sent {p} the case study we discussed', 'E-mailed {p} the updated price list', 'Answered {p}’s questions on terms'],
    note: ['{p} mentioned they are reorganising purchasing', 'Competitor visited them last week', '{p} is happy with the service so far'],
    visit: ['Visited the office with {p}', 'Site visit with {p}: walked the premises', 'Joint visit with a colleague from another group'],
    task: ['Send {p} a proposal', 'Book a follow-up meeting with {p}', 'Prepare the renewal discussion'],
  },
  sv: {
    call: [
      'Ringde {p} om nästa års budget',
      'Uppföljande samtal med {p} om offerten',
      'Kort samtal: {p} ville ha referenser',
      'Ringde {p} — ny anläggning öppnar i vår',
    ],
    meeting: ['Möte med {p} och ledningsgruppen', 'Kvartalsgenomgång med {p}', 'Behovsworkshop med {p}', 'Lunchmöte med {p}'],
    email: ['Skickade kundcaset till {p}', 'Mejlade {p} den nya prislistan', 'Svarade på {p}s frågor om villkoren'],
    note: ['{p} nämnde att inköp ska omorganiseras', 'En konkurrent var på besök förra veckan', '{p} är nöjd med leveransen hittills'],
    visit: [
      'Besökte kontoret tillsammans med {p}',
      'Platsbesök med {p}: gick igenom lokalerna',
      'Gemensamt besök med en kollega från en annan säljgrupp',
    ],
    task: ['Skicka offert till {p}', 'Boka uppföljningsmöte med {p}', 'Förbered förnyelsesamtalet'],
  },
  nb: {
    call: [
      'Ringte {p} om neste års budsjett',
      'Oppfølgingssamtale med {p} om tilbudet',
      'Kort samtale: {p} ba om referanser',
      'Ringte {p} — nytt anlegg åpner til våren',
    ],
    meeting: ['Møte med {p} og ledergruppen', 'Kvartalsgjennomgang med {p}', 'Behovsworkshop med {p}', 'Lunsjmøte med {p}'],
    email: ['Sendte kundecaset til {p}', 'Sendte {p} den oppdaterte prislisten', 'Svarte på spørsmålene til {p} om vilkårene'],
    note: ['{p} nevnte at innkjøp skal omorganiseres', 'En konkurrent var på besøk forrige uke', '{p} er fornøyd med leveransen så langt'],
    visit: [
      'Besøkte kontoret sammen med {p}',
      'Befaring med {p}: gikk gjennom lokalene',
      'Felles besøk med en kollega fra en annen salgsgruppe',
    ],
    task: ['Send tilbud til {p}', 'Book oppfølgingsmøte med {p}', 'Forbered fornyelsessamtalen'],
  },
};

export interface DemoSeller {
  index: number;
  groupKey: string;
  marketCode: string;
  locale: Lang;
}

export interface DemoActivity {
  accountKey: number;
  type: LoggedType;
  subject: string;
  occurredAt: Date;
  dueAt: Date | null;
  done: boolean;
  authorIndex: number;
  contactIndexes: number[];
}

/**
 * A realistic history: mostly the owner's group, but sellers of other groups in the same market
 * touch the customer too — the shared memory the timeline shows.
 */
export function planHistory(
  f: Faker,
  accounts: DemoAccount[],
  sellers: DemoSeller[],
  ownerOf: Map<number, DemoSeller>,
  today: Date,
  perAccount: [number, number],
): DemoActivity[] {
  const out: DemoActivity[] = [];
  for (const a of accounts) {
    const owner = ownerOf.get(a.key)!;
    const others = sellers.filter((s) => s.marketCode === a.marketCode && s.index !== owner.index);
    const n = f.number.int({ min: perAccount[0], max: perAccount[1] });
    for (let i = 0; i < n; i++) {
      const author = others.length > 0 && f.datatype.boolean(0.35) ? f.helpers.arrayElement(others) : owner;
      const type = f.helpers.weightedArrayElement<LoggedType>([
        { weight: 5, value: 'call' },
        { weight: 3, value: 'meeting' },
        { weight: 3, value: 'email' },
        { weight: 2, value: 'note' },
        { weight: 1, value: 'visit' },
        { weight: 1, value: 'task' },
      ]);
      const contactIndex = f.number.int({ min: 0, max: a.contacts.length - 1 });
      const subject = f.helpers.arrayElement(lines[author.locale][type]).replace('{p}', a.contacts[contactIndex]!.firstName);
      const occurredAt = new Date(
        today.getTime() - f.number.int({ min: 1, max: 720 }) * 86_400_000 - f.number.int({ min: 0, max: 36_000 }) * 1000,
      );
      const open = type === 'task' && f.datatype.boolean(0.5);
      out.push({
        accountKey: a.key,
        type,
        subject,
        occurredAt,
        dueAt:
          type === 'task'
            ? new Date((open ? today.getTime() : occurredAt.getTime()) + f.number.int({ min: 1, max: 21 }) * 86_400_000)
            : null,
        done: type === 'task' && !open,
        authorIndex: author.index,
        contactIndexes: type === 'note' ? [] : [contactIndex],
      });
    }
  }
  return out;
}
