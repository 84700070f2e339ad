/** A lead as the API shows it (its rights and next steps from domain/leads), and its facts for scoring. */
import type { Lead } from '@contract/leads';
import type { Viewer } from '@domain/access';
import type { LeadFacts } from '@domain/lead-score';
import { allowedNextFor, answeredInTime, mayMoveLead, mayWorkLeads, type LeadAccess, type MatchedBy } from '@domain/leads';
import type { LeadView } from './repo';

const iso = (d: Date | null) => (d ? d.toISOString() : null);
const named = (id: string | null, name: string | null | undefined) => (id && name ? { id, name } : null);

export function accessOf(v: LeadView): LeadAccess {
  const l = v.lead;
  return {
    status: l.status,
    salesGroupId: l.salesGroupId,
    assignedUserId: l.assignedUserId,
    assignee: l.assignedUserId ? { salesGroupId: v.assigneeGroupId, marketId: v.assigneeMarketId } : null,
    ownerId: l.ownerId,
  };
}

export function present(v: LeadView, viewer: Viewer, now: Date, threshold: number): Lead {
  const l = v.lead;
  const access = accessOf(v);
  return {
    id: l.id,
    name: l.name,
    email: l.email,
    phone: l.phone,
    company: l.company,
    orgNumber: l.orgNumber,
    domain: l.domain,
    industry: l.industry,
    size: l.size,
    title: l.title,
    market: l.marketId && v.marketCode ? { id: l.marketId, code: v.marketCode } : null,
    country: l.country,
    source: l.source,
    campaign: l.campaign,
    message: l.message,
    owner: named(l.ownerId, v.ownerName),
    status: l.status,
    statusReason: l.statusReason,
    statusNote: l.statusNote,
    score: l.score,
    mql: l.score >= threshold,
    account: named(l.accountId, v.accountName),
    contact: named(l.contactId, v.contactName),
    matchedBy: (l.matchedBy as MatchedBy | null) ?? null,
    salesGroup: named(l.salesGroupId, v.groupName),
    assignedUser: named(l.assignedUserId, v.assigneeName),
    handedAt: iso(l.handedAt),
    dueAt: iso(l.dueAt),
    overdue: l.status === 'handed_to_sales' && !!l.dueAt && now >= l.dueAt,
    answeredAt: iso(l.answeredAt),
    answeredInTime: l.answeredAt && l.dueAt ? answeredInTime(l.answeredAt, l.dueAt) : null,
    convertedAt: iso(l.convertedAt),
    opportunityId: l.opportunityId,
    createdAt: l.createdAt.toISOString(),
    allowedNext: allowedNextFor(viewer, access),
    can: { work: mayWorkLeads(viewer), convert: mayMoveLead(viewer, access, 'converted') },
  };
}

export function factsOf(
  l: { industry: string | null; size: string | null; title: string | null; source: string; country: string | null },
  market: string | null,
): LeadFacts {
  return { industry: l.industry, size: l.size, title: l.title, source: l.source, country: l.country, market };
}
