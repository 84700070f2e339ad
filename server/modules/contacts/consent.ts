import type { z } from 'zod';
import type { ContactMarketing } from '@contract/contacts';
import { mayMarketTo, type Marketing } from '@domain/consent';
import type { ContactRow } from './repo';

/** A contact's lawful basis and consent as the contract shows them. */
export function marketingOf(c: ContactRow): z.infer<typeof ContactMarketing> {
  const m: Marketing = {
    basis: c.marketingBasis,
    consent: c.consentStatus && c.consentOn ? { status: c.consentStatus, on: c.consentOn, source: c.consentSource ?? '' } : null,
  };
  return { ...m, mayMarket: mayMarketTo(m) };
}
