import type { Me } from '@contract/auth';
import type { Role } from '@contract/common';

/**
 * What the signed-in user may do beyond `me.can`, mirroring the server's policies so that the UI
 * offers only what the server will allow (the server still decides).
 */
const importRoles: readonly Role[] = ['sales_leader', 'marketing', 'management', 'admin'];

/** CSV import: leaders, marketing, management and admins (server/modules/imports/policies.ts). */
export const canImport = (me: Me) => importRoles.includes(me.user.role);

/** A knowledge card is edited by the leader of the group that sells the product, or an admin. */
export const canEditCard = (me: Me, salesGroupId: string) =>
  me.user.role === 'admin' || (me.user.role === 'sales_leader' && me.leads.salesGroupIds.includes(salesGroupId));

/** Declaring a customer lost: leaders and admins, or the seller who owns the account. */
export const canMarkLost = (me: Me, ownerId: string | null) =>
  me.user.role === 'sales_leader' || me.user.role === 'admin' || (me.user.role === 'seller' && ownerId === me.user.id);

/** Timeline entries are changed (tasks ticked done) by their author, leaders and admins. */
export const canEditActivity = (me: Me, authorId: string | null | undefined) =>
  authorId === me.user.id || me.user.role === 'sales_leader' || me.user.role === 'admin';

/** The competitor list is kept by leaders and admins (server/modules/pipeline/policies.ts). */
export const canManageCompetitors = (me: Me) => me.user.role === 'sales_leader' || me.user.role === 'admin';

const opportunityWriters: readonly Role[] = ['seller', 'sales_leader', 'management', 'admin'];
/** Creating and moving opportunities: everyone but marketing (server/modules/opportunities/policies.ts). */
export const canWriteOpportunities = (me: Me) => opportunityWriters.includes(me.user.role);

const handoffGivers: readonly Role[] = ['seller', 'sales_leader', 'management', 'admin'];
/** Passing a tip to another sales group: everyone but marketing (server/modules/handoffs/policies.ts). */
export const canGiveHandoff = (me: Me) => handoffGivers.includes(me.user.role);

/**
 * Answering and reporting back on a tip: the named receiver (or, when none is named, anyone in the
 * receiving group), the receiving group's leader, or an admin (server/modules/handoffs/service.ts).
 */
export const canReportHandoff = (me: Me, handoff: { toSalesGroup: { id: string }; toUser: { id: string } | null }) =>
  me.user.role === 'admin' ||
  (me.user.role === 'sales_leader' && me.salesGroup?.id === handoff.toSalesGroup.id) ||
  (handoffGivers.includes(me.user.role) &&
    (handoff.toUser ? handoff.toUser.id === me.user.id : me.salesGroup?.id === handoff.toSalesGroup.id));

const markers: readonly Role[] = ['seller', 'sales_leader', 'management', 'admin'];
/** Marking white space in the product matrix as potential or not relevant (server/modules/matrix/policies.ts). */
export const canMarkMatrix = (me: Me) => markers.includes(me.user.role);

const forumManagers: readonly Role[] = ['sales_leader', 'management', 'admin'];
/** Setting up a cross-selling forum: leaders, management and admins (server/modules/forum/policies.ts). */
export const canManageForums = (me: Me) => forumManagers.includes(me.user.role);

/** A forum's meetings are recorded by its members (everyone but marketing) and by leaders (server/modules/forum/service.ts). */
export const canRecordMeeting = (me: Me, memberIds: readonly string[]) =>
  forumManagers.includes(me.user.role) || (markers.includes(me.user.role) && memberIds.includes(me.user.id));

const channelOverriders: readonly Role[] = ['sales_leader', 'management', 'admin'];
/** Overriding a deal's sales channel, with a reason: leaders (server/modules/opportunities/policies.ts). */
export const canOverrideChannel = (me: Me) => channelOverriders.includes(me.user.role);
