/**
 * Who may change which record (beyond the route's role policy). Transparency is the rule for reading:
 * every group sees every customer, deal and handoff, and anyone may add to the timeline. Changing
 * or taking a colleague's record belongs to its owner, their leaders and admins. These rules are
 * what the server enforces and what it presents on each record (`can`), so the web never decides.
 */
import type { Role } from './people';

/** The person asking: their role, where they sit, and what they lead. */
export interface Viewer {
  id: string;
  role: Role;
  salesGroupId: string | null;
  marketId: string | null;
  /** The sales groups and markets this person is the leader of. */
  leads: { salesGroupIds: readonly string[]; marketIds: readonly string[] };
}

/** Where a person (a record's owner, a seller) sits. */
export interface Placement {
  salesGroupId: string | null;
  marketId: string | null;
}

export const isAdmin = (v: Pick<Viewer, 'role'>) => v.role === 'admin';

/** A sales leader or management who leads the person's sales group or market. */
export function leadsPerson(v: Viewer, person: Placement | null): boolean {
  if (!person || (v.role !== 'sales_leader' && v.role !== 'management')) return false;
  return (
    (person.salesGroupId !== null && v.leads.salesGroupIds.includes(person.salesGroupId)) ||
    (person.marketId !== null && v.leads.marketIds.includes(person.marketId))
  );
}

/** A leader of a group or market at all (the leader role, or management leading something). */
export const isLeader = (v: Viewer) =>
  v.role === 'sales_leader' || (v.role === 'management' && v.leads.salesGroupIds.length + v.leads.marketIds.length > 0);

/**
 * Changing an owned record — an account, an opportunity: its fields, its owner, its stage, marking it
 * won or lost: the owner, the owner's leaders, admins. A record nobody owns may be changed (and
 * claimed) by anyone who may write such records at all.
 */
export function mayChangeOwned(v: Viewer, owner: ({ id: string } & Placement) | null): boolean {
  if (isAdmin(v)) return true;
  if (!owner) return true;
  return owner.id === v.id || leadsPerson(v, owner);
}

/**
 * Giving a record to someone else (or taking it): as changing it, and the new owner must be the
 * viewer themself only if they may change it already — so taking a colleague's record is a leader's act.
 */
export const mayReassign = mayChangeOwned;

/** Declaring a customer lost (churn): the account's owner, their leaders, admins. */
export const mayMarkAccountLost = mayChangeOwned;

/** A timeline entry is changed (a task ticked done) by its author, leaders and admins. */
export function mayEditActivity(v: Viewer, authorId: string | null): boolean {
  return isAdmin(v) || v.role === 'sales_leader' || (authorId !== null && authorId === v.id);
}

/**
 * Answering and reporting back on a handoff: the named receiver (or, when none is named, anyone of
 * the receiving group), the receiving group's leader, or an admin.
 */
export function mayReportHandoff(v: Viewer, h: { toSalesGroupId: string; toUserId: string | null }): boolean {
  if (isAdmin(v)) return true;
  if (v.leads.salesGroupIds.includes(h.toSalesGroupId)) return true;
  if (v.role === 'sales_leader' && v.salesGroupId === h.toSalesGroupId) return true;
  if (v.role === 'marketing') return false;
  return h.toUserId ? h.toUserId === v.id : v.salesGroupId === h.toSalesGroupId;
}

/** A handoff is changed or withdrawn by its giver (while nobody has answered), the giver's leaders, or admins. */
export function mayEditHandoff(v: Viewer, h: { giverId: string | null; giver: Placement | null }): boolean {
  return isAdmin(v) || (h.giverId !== null && h.giverId === v.id) || leadsPerson(v, h.giver);
}

/** A product's knowledge card is written by the leader of the group that sells it, or an admin. */
export function mayEditCard(v: Viewer, product: { salesGroupId: string }): boolean {
  return isAdmin(v) || (v.role === 'sales_leader' && v.leads.salesGroupIds.includes(product.salesGroupId));
}

/** A forum's meetings are recorded by its members (everyone but marketing) and by leaders, management and admins. */
export function mayRecordMeeting(v: Viewer, forum: { memberIds: readonly string[] }): boolean {
  if (v.role === 'sales_leader' || v.role === 'management' || isAdmin(v)) return true;
  return v.role !== 'marketing' && forum.memberIds.includes(v.id);
}

/** A target: a seller's, a group's, a market's, or the company's. */
export type TargetSubject =
  | { scope: 'seller'; seller: Placement }
  | { scope: 'group'; salesGroupId: string }
  | { scope: 'market'; marketId: string }
  | { scope: 'company' };

/**
 * Setting a target: admins and management anything; a sales leader the targets of the groups and
 * markets they lead and of the sellers in them — never the company's.
 */
export function maySetTarget(v: Viewer, t: TargetSubject): boolean {
  if (isAdmin(v) || v.role === 'management') return true;
  if (v.role !== 'sales_leader') return false;
  switch (t.scope) {
    case 'company':
      return false;
    case 'group':
      return v.leads.salesGroupIds.includes(t.salesGroupId);
    case 'market':
      return v.leads.marketIds.includes(t.marketId);
    case 'seller':
      return leadsPerson(v, t.seller);
  }
}

/** Setting the company's targets and copying a whole year: admins and management. */
export const maySetCompanyTargets = (v: Pick<Viewer, 'role'>) => isAdmin(v) || v.role === 'management';

/**
 * A task is changed, ticked done or deleted by its owner, the person who gave it, the owner's
 * leaders and admins.
 */
export function mayChangeTask(v: Viewer, t: { owner: { id: string } & Placement; createdById: string | null }): boolean {
  return mayChangeOwned(v, t.owner) || (t.createdById !== null && t.createdById === v.id);
}

/** A task is given to oneself, or by a leader to a person they lead, or by an admin to anyone. */
export function mayAssignTask(v: Viewer, owner: { id: string } & Placement): boolean {
  return mayChangeOwned(v, owner);
}

/**
 * Deleting an owned record (an account, an opportunity; soft, restorable for `restoreDays`), or restoring
 * it: its owner, the owner's leaders, admins. A record nobody owns: leaders and admins only, since
 * nobody answers for it.
 */
export function mayDeleteOwned(v: Viewer, owner: ({ id: string } & Placement) | null): boolean {
  if (isAdmin(v)) return true;
  if (!owner) return isLeader(v);
  return owner.id === v.id || leadsPerson(v, owner);
}

/** Deleting a contact (a person at an account): as deleting the account they belong to. */
export const mayDeleteContact = mayDeleteOwned;

/** Merging two records into one: whoever may delete the one that goes (and change the one that stays). */
export function mayMerge(v: Viewer, keep: ({ id: string } & Placement) | null, drop: ({ id: string } & Placement) | null): boolean {
  return mayChangeOwned(v, keep) && mayDeleteOwned(v, drop);
}

/** A comment is deleted by its author or an admin. */
export function mayDeleteComment(v: Viewer, authorId: string | null): boolean {
  return isAdmin(v) || (authorId !== null && authorId === v.id);
}
