/**
 * What a won deal leaves the customer with (G1, A1): each line becomes something the customer owns
 * — a recurring line an agreement that runs for its contract length (12 months when none is given)
 * from the deal's start date (or its signing date), a one-off line a purchase on that day. The deal's
 * agreement ends when its longest recurring line ends: that is when it comes up for renewal (J1).
 */
import { addMonths } from './aging';

export interface WonLine {
  productId: string;
  recurring: boolean;
  contractMonths: number | null;
}

/** A recurring line without a contract length is a one-year agreement. */
export const defaultContractMonths = 12;

const isoDay = (d: Date) => d.toISOString().slice(0, 10);
const plusMonths = (day: string, months: number) => isoDay(addMonths(new Date(`${day}T00:00:00Z`), months));

/** The day a line's agreement ends; a one-off purchase "ends" on the day it is made. */
export function agreementEnd(startOn: string, line: Pick<WonLine, 'recurring' | 'contractMonths'>): string {
  return line.recurring ? plusMonths(startOn, line.contractMonths ?? defaultContractMonths) : startOn;
}

/** The day a won deal's agreement ends (its longest recurring line); null when it has no recurring line. */
export function dealAgreementEnd(startOn: string, lines: readonly Pick<WonLine, 'recurring' | 'contractMonths'>[]): string | null {
  const ends = lines.filter((l) => l.recurring).map((l) => agreementEnd(startOn, l));
  return ends.length ? ends.sort().at(-1)! : null;
}

/** When a deal's agreement starts: its start date, or the day it was signed. */
export const agreementStart = (deal: { startOn: string | null; signedOn: string }) => deal.startOn ?? deal.signedOn;

export interface Holding {
  productId: string;
  startedOn: string;
  endsOn: string;
}

/** What the customer owns after winning the deal: one holding per line. */
export function holdingsAfterWin(deal: { startOn: string | null; signedOn: string }, lines: readonly WonLine[]): Holding[] {
  const start = agreementStart(deal);
  return lines.map((l) => ({ productId: l.productId, startedOn: start, endsOn: agreementEnd(start, l) }));
}
