/** Deviation alerts (K2): where each alert goes (English). */
export const alerts = {
  title: 'Alerts',
  description:
    'When something needs your attention, Korsa alerts you. Choose for each alert whether it shows in the bell and how it is e-mailed: at once, in one daily digest the next morning, or not.',
  noEmail: 'This Korsa sends no e-mail yet: your e-mail choices apply once an administrator sets up e-mail.',
  saved: 'Your alert settings were saved',
  columns: { alert: 'Alert', inApp: 'In the bell', email: 'By e-mail' },
  inAppLabel: '{{alert}} in the bell',
  emailLabel: '{{alert}} by e-mail',
  email: { instant: 'At once', digest: 'Daily digest', off: 'Off' },
  kinds: {
    stalled_deal: 'Stalled deal',
    unanswered_handoff: 'Unanswered tip',
    sla_breach: 'Lead deadline (SLA)',
    behind_pace: 'Target behind pace',
    renewal_due: 'Renewal due',
    plan_review_due: 'Plan review due',
    coverage_conflict: 'Coverage conflict',
    one_to_one_due: 'One-to-one due',
  },
  help: {
    stalled_deal: 'Open deals with no activity for a while, and deals proposed as lost after their close date.',
    unanswered_handoff: 'A tip waiting for your answer or report, and tips to your group that are overdue.',
    sla_breach: 'A lead’s deadline to accept or reject is near, or was missed.',
    behind_pace: 'A target falling behind the year’s pace.',
    renewal_due: 'A customer’s agreement ends within 60 or 30 days and nobody has started its renewal.',
    plan_review_due: 'An account plan of yours is due for review.',
    coverage_conflict: 'Someone outside the coverage works a customer you cover.',
    one_to_one_due: 'A seller’s one-to-one is due by the cadence you set.',
  },
};
