import type { Abilities } from '@contract/auth';
import { isAdmin, type Viewer } from '@domain/access';
import { allows } from '@domain/policy';
import { accountPolicies } from '../accounts/policies';
import { adoptionPolicies } from '../adoption/policies';
import { auditPolicies } from '../audit/policies';
import { authPolicies } from '../auth/policies';
import { backupPolicies } from '../backup/policies';
import { forumPolicies } from '../forum/policies';
import { gamePolicies } from '../game/policies';
import { handoffPolicies } from '../handoffs/policies';
import { entityPolicy, importPolicies } from '../imports/policies';
import { invoicePolicies } from '../invoices/policies';
import { leadPolicies } from '../leads/policies';
import { matrixPolicies } from '../matrix/policies';
import { opportunityPolicies } from '../opportunities/policies';
import { orgPolicies } from '../org/policies';
import { pipelinePolicies } from '../pipeline/policies';
import { productPolicies } from '../products/policies';
import { coachingPolicies } from '../coaching/policies';
import { certificationPolicies } from '../certifications/policies';
import { planPolicies } from '../plans/policies';
import { retentionPolicies } from '../retention/policies';
import { ritualPolicies } from '../rituals/policies';
import { targetPolicies } from '../targets/policies';
import { webhookPolicies } from '../webhooks/policies';
import { privacyPolicies } from '../privacy/policies';
import { customFieldPolicies } from '../custom-fields/policies';
import { userPolicies } from './policies';

/**
 * What the user may do (`me.can`): every role-restricted policy of every module, computed from the
 * policies themselves, so the web shows only what the server will allow and never copies a rule.
 * What depends on a record (its owner, its receiver) is presented on the record as `can`.
 */
export function abilitiesOf(viewer: Viewer): Abilities {
  const may = (policy: Parameters<typeof allows>[0]) => allows(policy, viewer);
  return {
    manageUsers: may(userPolicies.manage),
    manageOrganisation: may(orgPolicies.manage),
    manageApiKeys: may(authPolicies.ownApiKeys),
    viewAuditLog: may(auditPolicies.read),
    viewAdoption: may(adoptionPolicies.report),
    backUp: may(backupPolicies.backUp),
    importData: may(importPolicies.run),
    importInvoices: may(entityPolicy('invoices')),
    writeInvoices: may(invoicePolicies.write),
    editProductCards: isAdmin(viewer) || (may(productPolicies.editCard) && viewer.leads.salesGroupIds.length > 0),
    configurePipeline: may(pipelinePolicies.configure),
    manageCompetitors: may(pipelinePolicies.manageCompetitors),
    writeAccounts: may(accountPolicies.write),
    reassignAccounts: may(accountPolicies.reassign),
    reassignOpportunities: may(opportunityPolicies.reassign),
    markAccountsLost: may(accountPolicies.markLost),
    writeOpportunities: may(opportunityPolicies.write),
    overrideChannel: may(opportunityPolicies.overrideChannel),
    giveHandoffs: may(handoffPolicies.give),
    reportHandoffs: may(handoffPolicies.report),
    markMatrix: may(matrixPolicies.mark),
    manageForums: may(forumPolicies.manage),
    manageVisitSchemes: may(ritualPolicies.manage),
    planRituals: may(ritualPolicies.take),
    recordMeetings: may(forumPolicies.record),
    manageSeasons: may(gamePolicies.manage),
    setTargets: may(targetPolicies.set),
    evaluateWinProbability: may(opportunityPolicies.evaluateModel),
    manageLeads: may(leadPolicies.manage),
    tuneLeadScoring: may(leadPolicies.tune),
    viewLeadTuning: may(leadPolicies.tuning),
    viewLeadReport: may(leadPolicies.report),
    convertLeads: may(leadPolicies.convert),
    startWinBacks: may(retentionPolicies.winBack),
    manageChurnReasons: may(retentionPolicies.manageReasons),
    viewPlanCoverage: may(planPolicies.coverage),
    holdOneToOnes: may(coachingPolicies.team),
    manageWebhooks: may(webhookPolicies.manage),
    handlePersonalData: may(privacyPolicies.handleRequests),
    manageCustomFields: may(customFieldPolicies.manage),
    viewCertificationCoverage: may(certificationPolicies.coverage),
  };
}
