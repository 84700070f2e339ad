/** Converting an accepted lead into the customer memory (account, contact, opportunity), never a duplicate. */
import type { z } from 'zod';
import type { ConvertLead, Converted } from '@contract/leads';
import { accountSizes } from '@domain/accounts';
import { mayMoveLead, normaliseEmail, splitName, transitionsFrom } from '@domain/leads';
import { oneOf } from '@domain/people';
import type { Actor } from '../../platform/auth';
import { inTransaction, type AppContext } from '../../platform/context';
import { errors } from '../../platform/errors';
import { createAccount } from '../accounts/service';
import { recordEvent } from '../activities/service';
import { createContact } from '../contacts/service';
import { notify } from '../notifications/service';
import { createOpportunity } from '../opportunities/service';
import { accessOf } from './present';
import * as repo from './repo';
import { match } from './service';

/**
 * Convert an accepted lead into the customer memory, never a duplicate: the chosen account, else the
 * one it matched, else the account whose organisation number or domain it has, else a new one; the
 * contact with its e-mail at that account, else a new one; and, if asked, an opportunity at the
 * process's first stage ("Opportunity identified"). All in one transaction, with the lead locked.
 */
export async function convertLead(ctx: AppContext, actor: Actor, id: string, input: ConvertLead): Promise<z.infer<typeof Converted>> {
  return inTransaction(ctx, async (tx) => {
    const row = await repo.findLead(tx.db, id);
    const locked = row ? await repo.lockLead(tx.db, id) : undefined;
    if (!row || !locked) throw errors.notFound('The lead');
    const lead = locked;
    if (lead.status !== 'accepted') {
      throw errors.conflict(
        'lead_transition',
        lead.status === 'converted' ? 'The lead is already converted.' : 'Only an accepted lead can be converted.',
        { allowed: transitionsFrom(lead.status), accountId: lead.accountId },
      );
    }
    if (!mayMoveLead(actor, { ...accessOf(row), status: lead.status }, 'converted')) {
      throw errors.forbidden('Only the seller who accepted the lead, their leader or an admin can convert it.');
    }
    const now = ctx.clock.now();
    let accountId = input.accountId ?? lead.accountId ?? (await match(tx, lead))?.accountId ?? null;
    let createdAccount = false;
    if (input.accountId && !(await repo.accountInfo(tx.db, input.accountId))) {
      throw errors.invalid('The account does not exist.', [{ path: 'body.accountId', message: 'unknown account' }]);
    }
    if (!accountId) {
      const account = await createAccount(tx, actor, {
        name: lead.company ?? lead.name,
        orgNumber: lead.orgNumber,
        industry: lead.industry,
        size: oneOf(accountSizes, lead.size) ? lead.size : null,
        marketId: lead.marketId,
        country: lead.country,
        website: lead.domain,
        phone: null,
        street: null,
        postalCode: null,
        city: null,
        ownerId: actor.id,
      });
      accountId = account.id;
      createdAccount = true;
    }
    const email = normaliseEmail(lead.email);
    let contactId =
      (lead.contactId && (await repo.contactAccount(tx.db, lead.contactId)) === accountId ? lead.contactId : null) ??
      (email ? await repo.contactAtAccount(tx.db, accountId, email) : null);
    let createdContact = false;
    if (!contactId) {
      const { firstName, lastName } = splitName(lead.name);
      contactId = (await createContact(tx, actor, { accountId, firstName, lastName, title: lead.title, email, phone: lead.phone })).id;
      createdContact = true;
    }
    let opportunityId: string | null = null;
    if (input.opportunity) {
      const o = await createOpportunity(tx, actor, { accountId, contactId, ...input.opportunity });
      opportunityId = o.id;
    }
    await repo.updateLead(tx.db, id, { status: 'converted', convertedAt: now, accountId, contactId, opportunityId }, now);
    await repo.insertUpdate(tx.db, { leadId: id, status: 'converted', byUserId: actor.id, at: now });
    await recordEvent(tx, actor, {
      accountId,
      event: 'lead.converted',
      subject: `Lead ${lead.name} converted`,
      data: { leadId: id, name: lead.name, contactId, opportunityId },
    });
    if (lead.ownerId && lead.ownerId !== actor.id) {
      await notify(tx, [
        {
          userId: lead.ownerId,
          kind: 'lead.converted',
          data: { leadId: id, name: lead.name, company: lead.company },
          link: `/leads/${id}`,
        },
      ]);
    }
    return { leadId: id, accountId, contactId, opportunityId, createdAccount, createdContact };
  });
}
