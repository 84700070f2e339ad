/** Consent and lawful basis for marketing per contact (GDPR, L5): recorded by the account's owner side and marketing. */
import type { ContactDetail, PutContactConsent } from '@contract/contacts';
import { fieldChanges, channelOf } from '@domain/audit';
import { consentIssues, mayRecordConsent } from '@domain/consent';
import { writeAudit } from '../../platform/audit';
import type { Actor } from '../../platform/auth';
import { inTransaction, type AppContext } from '../../platform/context';
import { errors } from '../../platform/errors';
import * as repo from './repo';
import { accountOwner, getContact, presentContact } from './service';

export async function setConsent(ctx: AppContext, actor: Actor, id: string, input: PutContactConsent): Promise<ContactDetail> {
  await inTransaction(ctx, async (tx) => {
    const row = await repo.findWithAccountOwner(tx.db, id);
    if (!row) throw errors.notFound('The contact');
    const current = row.contact;
    if (current.deletedAt) throw errors.conflict('record_deleted', 'The contact is deleted. Restore them first.');
    if (current.erasedAt)
      throw errors.conflict('erasure_refused', 'This contact’s personal data was erased: there is no one to record consent for.');
    if (!mayRecordConsent(actor, accountOwner(row)))
      throw errors.forbidden('Only the account’s owner, their sales leader, marketing or an admin can record consent.');
    const now = tx.clock.now();
    const issues = consentIssues(input, now.toISOString().slice(0, 10));
    if (issues.length) throw errors.invalid(issues[0]!.message, issues);
    const fields = {
      marketingBasis: input.basis,
      consentStatus: input.consent?.status ?? null,
      consentOn: input.consent?.on ?? null,
      consentSource: input.consent?.source ?? null,
    };
    const updated = await repo.updateContact(tx.db, id, fields, input.version);
    if (!updated)
      throw errors.conflict(
        'version_conflict',
        'Someone else changed this contact since you opened it. Review their change and try again.',
        {
          current: presentContact(current),
        },
      );
    // in the record's history and the audit trail, field by field
    await writeAudit(tx.db, {
      actorId: actor.id,
      action: 'contact.consent_changed',
      entityType: 'contact',
      entityId: id,
      data: { accountId: current.accountId },
      changes: fieldChanges(current, fields, Object.keys(fields) as (keyof typeof fields)[]),
      channel: channelOf(actor),
      at: now,
    });
  });
  return getContact(ctx, id, actor);
}
