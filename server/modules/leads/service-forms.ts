import type { z } from 'zod';
import type { FormSubmission, LeadForm, LeadFormInput } from '@contract/leads';
import { marketForLead } from '@domain/lead-market';
import { normaliseEmail, spamVerdict } from '@domain/leads';
import { inTransaction, type AppContext } from '../../platform/context';
import { AppError, errors } from '../../platform/errors';
import { randomToken } from '../../platform/tokens';
import { throttle } from '../access/service';
import { listMarkets } from '../org/service';
import * as repo from './repo';
import { insertLead, rescore, unknownReference } from './service';

// Web forms on the company's site (C1): the forms marketing sets up, and what a filled one becomes — a lead, or an event on the open one.

function presentForm(f: Awaited<ReturnType<typeof repo.listForms>>[number]): LeadForm {
  return {
    id: f.id,
    name: f.name,
    key: f.key,
    allowedOrigin: f.allowedOrigin,
    campaign: f.campaign,
    marketId: f.marketId,
    active: f.active,
    createdAt: f.createdAt.toISOString(),
  };
}

export async function listForms(ctx: AppContext): Promise<LeadForm[]> {
  return (await repo.listForms(ctx.db)).map(presentForm);
}

export async function createForm(ctx: AppContext, input: z.infer<typeof LeadFormInput>): Promise<LeadForm> {
  const row = await repo
    .insertForm(ctx.db, {
      name: input.name,
      allowedOrigin: input.allowedOrigin.toLowerCase(),
      campaign: input.campaign ?? null,
      marketId: input.marketId ?? null,
      key: `kf_${randomToken().slice(0, 32)}`,
      createdAt: ctx.clock.now(),
    })
    .catch(unknownReference);
  return presentForm(row);
}

/** The form's origin, for the CORS answer, if `origin` may post it. */
export async function formOrigin(ctx: AppContext, key: string, origin: string | undefined): Promise<string | null> {
  const form = await repo.formByKey(ctx.db, key);
  if (!form?.active) return null;
  return !origin || origin.toLowerCase() === form.allowedOrigin ? form.allowedOrigin : null;
}

/**
 * A form filled on the company's site: refused for an unknown key or another site, limited per
 * address and per form, spam quietly dropped (a bot learns nothing), a second fill by the same person
 * added to their open lead.
 */
export async function submitForm(
  ctx: AppContext,
  key: string,
  input: z.infer<typeof FormSubmission>,
  client: { ip: string; origin: string | undefined },
): Promise<{ allowedOrigin: string; accepted: boolean }> {
  const form = await repo.formByKey(ctx.db, key);
  if (!form?.active) throw errors.notFound('The form');
  if (client.origin && client.origin.toLowerCase() !== form.allowedOrigin) {
    throw new AppError('forbidden', 'This form may only be sent from its own site.');
  }
  await throttle(ctx, 'lead_form', `${form.id}:${client.ip}`);
  await throttle(ctx, 'lead_form_site', form.id);
  const spam = spamVerdict({ honeypot: input.website, renderedAt: input.renderedAt, message: input.message }, ctx.clock.now());
  if (spam) {
    ctx.log.info({ form: form.id, spam }, 'web form submission dropped as spam');
    return { allowedOrigin: form.allowedOrigin, accepted: false };
  }
  await inTransaction(ctx, async (tx) => {
    const email = normaliseEmail(input.email);
    const existing = email ? await repo.openLeadByEmail(tx.db, email) : null;
    if (existing) {
      await repo.insertEvent(tx.db, { leadId: existing, kind: 'form_fill', detail: form.name, at: tx.clock.now() });
      await rescore(tx, existing);
      return;
    }
    await insertLead(
      tx,
      null,
      {
        name: input.name,
        email: input.email,
        phone: input.phone ?? null,
        company: input.company ?? null,
        orgNumber: input.orgNumber ?? null,
        title: input.title ?? null,
        message: input.message ?? null,
        domain: null,
        industry: null,
        size: null,
        country: null,
        source: 'web_form',
        campaign: form.campaign,
        // a form without a market: the lead's own phone prefix or company domain says which (domain/lead-market.ts)
        marketId: form.marketId ?? marketForLead({ phone: input.phone, email: input.email }, await listMarkets(tx))?.marketId ?? null,
        formId: form.id,
      },
      { kind: 'form_fill', detail: form.name },
    );
  });
  return { allowedOrigin: form.allowedOrigin, accepted: true };
}
