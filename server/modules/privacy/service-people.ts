/**
 * A lead's and a user's data on request (GDPR, L5): their exports (JSON and readable HTML) and a
 * lead's erasure by anonymising. Each request is recorded in the audit trail.
 */
import type { EraseContact, LeadPersonalData, UserPersonalData } from '@contract/privacy';
import { channelOf } from '@domain/audit';
import { ERASED, identifyingTerms, mentions, scrub } from '@domain/privacy';
import { writeAudit } from '../../platform/audit';
import type { Actor } from '../../platform/auth';
import { inTransaction, type AppContext } from '../../platform/context';
import { AppError, errors } from '../../platform/errors';
import { personalDataHtml } from './html';
import * as repo from './repo';
import * as people from './repo-people';
import { plain, str } from './rows';

export async function exportLead(ctx: AppContext, actor: Actor, id: string): Promise<LeadPersonalData> {
  return inTransaction(ctx, async (tx) => {
    const lead = await people.lead(tx.db, id);
    if (!lead) throw errors.notFound('The lead');
    const [updates, behaviour, timeline, visitors, history] = await Promise.all([
      people.leadUpdates(tx.db, id),
      people.leadBehaviour(tx.db, id),
      people.leadTimeline(tx.db, id),
      repo.visitorsByEmail(tx.db, lead.email),
      people.leadHistory(tx.db, id),
    ]);
    const now = tx.clock.now();
    await writeAudit(tx.db, {
      actorId: actor.id,
      action: 'lead.exported',
      entityType: 'lead',
      entityId: id,
      channel: channelOf(actor),
      at: now,
    });
    return {
      generatedAt: now.toISOString(),
      subject: { kind: 'lead', id },
      lead: plain(lead),
      updates: updates.map(plain),
      behaviour: behaviour.map(plain),
      timeline: timeline.map(plain),
      visitors: visitors.map(plain),
      history: history.map(plain),
    };
  });
}

export const leadAsHtml = (data: LeadPersonalData): string =>
  personalDataHtml({
    title: `Personal data held about ${str(data.lead.name)}`,
    intro: `A lead${data.lead.company ? ` from ${str(data.lead.company)}` : ''}. Generated ${data.generatedAt} by Korsa.`,
    fields: data.lead,
    sections: [
      { title: 'Moves of the lead', rows: data.updates },
      { title: 'What they did', rows: data.behaviour },
      { title: 'Timeline entries', rows: data.timeline },
      { title: 'Website visitor ids', rows: data.visitors },
      { title: 'History of the record', rows: data.history },
    ],
  });

/**
 * Erase a lead's personal data by anonymising it, in one transaction: name, e-mail, phone, title and
 * message gone (company, source and status stay, as the agreement's report needs them); the notes of
 * its moves and the timeline entries about it cleaned; its history and waiting webhooks without the
 * values; the website visitor ids that named its e-mail forgotten; `lead.erased` with the reason.
 */
export async function eraseLead(ctx: AppContext, actor: Actor, id: string, input: EraseContact) {
  return inTransaction(ctx, async (tx) => {
    const lead = await people.lead(tx.db, id);
    if (!lead) throw errors.notFound('The lead');
    if (lead.name === ERASED) throw new AppError('erasure_refused', 'This lead’s personal data was already erased.');
    const [firstName = '', ...rest] = lead.name.split(/\s+/);
    const terms = identifyingTerms({ firstName, lastName: rest.join(' '), email: lead.email, phone: lead.phone });
    const fullName = lead.name.trim();
    const allTerms = fullName.length >= 3 && !terms.includes(fullName) ? [fullName, ...terms] : terms;
    const clean = (s: string) => scrub(s, allTerms);
    const now = tx.clock.now();

    let timeline = 0;
    for (const a of await people.leadTimeline(tx.db, id)) {
      const data = { ...((a.data ?? {}) as Record<string, unknown>), name: ERASED };
      await repo.updateActivityText(tx.db, String(a.id), clean(str(a.subject)), clean(str(a.body)), data);
      timeline++;
    }
    let updates = 0;
    for (const u of await people.leadUpdates(tx.db, id)) {
      if (mentions(str(u.note), allTerms)) {
        await people.updateLeadNote(tx.db, String(u.id), clean(str(u.note)));
        updates++;
      }
    }
    const history = await people.eraseLeadHistory(tx.db, id, ERASED);
    await people.eraseLeadWebhookPayloads(tx.db, id);
    await repo.forgetVisitor(tx.db, lead.email, null);
    await people.anonymiseLead(tx.db, id, ERASED, now);
    await writeAudit(tx.db, {
      actorId: actor.id,
      action: 'lead.erased',
      entityType: 'lead',
      entityId: id,
      data: { reason: input.reason, note: clean(input.note) },
      channel: channelOf(actor),
      at: now,
    });
    return { leadId: id, erasedAt: now.toISOString(), cleaned: { timeline, updates, history } };
  });
}

export async function exportUser(ctx: AppContext, actor: Actor, id: string): Promise<UserPersonalData> {
  return inTransaction(ctx, async (tx) => {
    const user = await people.user(tx.db, id);
    if (!user) throw errors.notFound('The user');
    const [sessions, apiKeys, activities, handoffsGiven, handoffsReceived, comments, notifications, incentives, history] =
      await Promise.all([
        people.sessionsOf(tx.db, id),
        people.apiKeysOf(tx.db, id),
        people.activitiesBy(tx.db, id),
        people.handoffsGivenBy(tx.db, id),
        people.handoffsTo(tx.db, id),
        people.commentsBy(tx.db, id),
        people.notificationsOf(tx.db, id),
        people.incentivesOf(tx.db, id),
        people.userHistory(tx.db, id),
      ]);
    const now = tx.clock.now();
    await writeAudit(tx.db, {
      actorId: actor.id,
      action: 'user.exported',
      entityType: 'user',
      entityId: id,
      channel: channelOf(actor),
      at: now,
    });
    return {
      generatedAt: now.toISOString(),
      subject: { kind: 'user', id },
      user: plain(user),
      sessions: sessions.map(plain),
      apiKeys: apiKeys.map(plain),
      activities: activities.map(plain),
      handoffsGiven: handoffsGiven.map(plain),
      handoffsReceived: handoffsReceived.map(plain),
      comments: comments.map(plain),
      notifications: notifications.map(plain),
      incentives: incentives.map(plain),
      history: history.map(plain),
    };
  });
}

export const userAsHtml = (data: UserPersonalData): string =>
  personalDataHtml({
    title: `Personal data held about ${str(data.user.name)}`,
    intro: `A user of Korsa. Generated ${data.generatedAt} by Korsa.`,
    fields: data.user,
    sections: [
      { title: 'Sessions (without their secrets)', rows: data.sessions },
      { title: 'API keys (without their secrets)', rows: data.apiKeys },
      { title: 'Activities they logged', rows: data.activities },
      { title: 'Tips they gave', rows: data.handoffsGiven },
      { title: 'Tips they received', rows: data.handoffsReceived },
      { title: 'Comments by or mentioning them', rows: data.comments },
      { title: 'Notifications', rows: data.notifications },
      { title: 'Incentive payouts', rows: data.incentives },
      { title: 'History of the record', rows: data.history },
    ],
  });
