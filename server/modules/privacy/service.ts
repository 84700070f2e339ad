import type { EraseContact, PersonalDataExport } from '@contract/privacy';
import { channelOf } from '@domain/audit';
import { ERASED, erasedContact, identifyingTerms, mentions, scrub } from '@domain/privacy';
import { writeAudit } from '../../platform/audit';
import type { Actor } from '../../platform/auth';
import { inTransaction, type AppContext } from '../../platform/context';
import { AppError, errors } from '../../platform/errors';
import { recordEvent } from '../activities/service';
import { personalDataHtml } from './html';
import * as repo from './repo';
import { plain, str } from './rows';

/**
 * Everything Korsa holds about a contact (GDPR right of access): their fields, the timeline entries
 * that mention them, their deals, tips, leads, tasks and the history of their record. The request is
 * itself recorded in the audit trail.
 */
export async function exportContact(ctx: AppContext, actor: Actor, id: string): Promise<PersonalDataExport> {
  return inTransaction(ctx, async (tx) => {
    const c = await repo.contactWithAccount(tx.db, id);
    if (!c) throw errors.notFound('The contact');
    const [timeline, opportunities, handoffs, leads, tasks, history, signals, visitors] = await Promise.all([
      repo.timelineOf(tx.db, id),
      repo.opportunitiesOf(tx.db, id),
      repo.handoffsOf(tx.db, id),
      repo.leadsOf(tx.db, id),
      repo.tasksOf(tx.db, id),
      repo.historyOf(tx.db, id),
      repo.visitsOf(tx.db, id),
      repo.visitorsByEmail(tx.db, c.email),
    ]);
    const { account_name: accountName, ...contact } = c;
    const now = tx.clock.now();
    await writeAudit(tx.db, {
      actorId: actor.id,
      action: 'contact.exported',
      entityType: 'contact',
      entityId: id,
      data: { accountId: c.account_id },
      channel: channelOf(actor),
      at: now,
    });
    return {
      generatedAt: now.toISOString(),
      subject: { kind: 'contact', id },
      contact: plain(contact),
      account: { id: c.account_id, name: accountName },
      timeline: timeline.map(plain),
      opportunities: opportunities.map(plain),
      handoffs: handoffs.map(plain),
      leads: leads.map(plain),
      tasks: tasks.map(plain),
      history: history.map(plain),
      signals: signals.map(plain),
      visitors: visitors.map(plain),
    };
  });
}

/** The same export as a readable, printable HTML page (every value escaped by the renderer). */
export function exportAsHtml(data: PersonalDataExport): string {
  return personalDataHtml({
    title: `Personal data held about ${str(data.contact.firstName)} ${str(data.contact.lastName)}`,
    intro: `At ${data.account.name}. Generated ${data.generatedAt} by Korsa.`,
    fields: data.contact,
    sections: [
      { title: 'Timeline entries', rows: data.timeline },
      { title: 'Opportunities', rows: data.opportunities },
      { title: 'Tips', rows: data.handoffs },
      { title: 'Leads', rows: data.leads },
      { title: 'Tasks', rows: data.tasks },
      { title: 'Website visits', rows: data.signals },
      { title: 'Website visitor ids', rows: data.visitors },
      { title: 'History of the record', rows: data.history },
    ],
  });
}

/**
 * Erase a contact's personal data (GDPR right to erasure) by anonymising them, in one transaction:
 * the contact keeps its place (deals, activities, tips stay, as business facts) but no name, e-mail,
 * phone or title; free text on the timeline, tasks, tips and leads that names them is cleaned; the
 * values in the record's history are removed; the reason is recorded in the audit trail.
 */
export async function eraseContact(ctx: AppContext, actor: Actor, id: string, input: EraseContact) {
  return inTransaction(ctx, async (tx) => {
    const c = await repo.contactWithAccount(tx.db, id);
    if (!c) throw errors.notFound('The contact');
    if (c.erased_at) throw new AppError('erasure_refused', 'This contact’s personal data was already erased.');
    const terms = identifyingTerms({ firstName: c.first_name, lastName: c.last_name, email: c.email, phone: c.phone });
    const now = tx.clock.now();
    const clean = (s: string) => scrub(s, terms);

    let timeline = 0;
    for (const a of await repo.timelineOf(tx.db, id)) {
      const subject = str(a.subject);
      const body = str(a.body);
      const data = (a.data ?? {}) as Record<string, unknown>;
      const cleanedData = Object.fromEntries(
        Object.entries(data).map(([k, v]) => [k, typeof v === 'string' ? clean(v) : k === 'merged' ? ERASED : v]),
      );
      if (mentions(subject, terms) || mentions(body, terms) || JSON.stringify(cleanedData) !== JSON.stringify(data)) {
        await repo.updateActivityText(tx.db, String(a.id), clean(subject), clean(body), cleanedData);
        timeline++;
      }
    }
    let tasks = 0;
    for (const task of await repo.tasksOf(tx.db, id)) {
      const title = str(task.title);
      const note = str(task.note);
      if (mentions(title, terms) || mentions(note, terms)) {
        await repo.updateTaskText(tx.db, String(task.id), clean(title), clean(note));
        tasks++;
      }
    }
    let handoffs = 0;
    for (const h of await repo.handoffsOf(tx.db, id)) {
      const note = str(h.note);
      if (mentions(note, terms)) {
        await repo.updateHandoffNote(tx.db, String(h.id), clean(note));
        handoffs++;
      }
    }
    const leads = await repo.eraseLeads(tx.db, id, ERASED);
    const history = await repo.eraseHistoryValues(tx.db, id, ERASED);
    await repo.eraseWebhookPayloads(tx.db, id);
    await repo.forgetVisitor(tx.db, c.email, id);
    await repo.anonymiseContact(tx.db, id, erasedContact, now);
    // on the account's timeline and in the audit trail (with the reason), and to webhooks
    await recordEvent(tx, actor, {
      accountId: c.account_id,
      event: 'contact.erased',
      subject: 'Personal data of a contact erased on request',
      data: { contactId: id, reason: input.reason, note: clean(input.note) },
    });
    return {
      contactId: id,
      erasedAt: now.toISOString(),
      cleaned: { timeline, leads, tasks, handoffs, history },
      dealsKept: await repo.countDeals(tx.db, id),
    };
  });
}
