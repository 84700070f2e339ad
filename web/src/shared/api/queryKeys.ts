/**
 * Query keys that more than one feature reads or invalidates (e.g. quick-log refreshes the account
 * page's timeline). Keys are prefixes: invalidating `accounts.one(id)` refreshes its overview too.
 */
export const queryKeys = {
  accounts: {
    all: ['accounts'] as const,
    one: (id: string) => ['accounts', id] as const,
  },
  contacts: { all: ['contacts'] as const },
  timeline: {
    all: ['timeline'] as const,
    of: (scope: 'account' | 'contact', id: string) => ['timeline', scope, id] as const,
  },
  search: (q: string, limit: number) => ['search', q, limit] as const,
  products: ['products'] as const,
  opportunities: {
    all: ['opportunities'] as const,
    one: (id: string) => ['opportunities', id] as const,
  },
  salesGroups: ['sales-groups'] as const,
  handoffs: {
    all: ['handoffs'] as const,
    one: (id: string) => ['handoffs', id] as const,
  },
  notifications: ['notifications'] as const,
  /** Retention: the churn reasons (lost customers and renewals), the report and the win-back list. */
  retention: { all: ['retention'] as const, reasons: ['retention', 'reasons'] as const },
  markets: ['markets'] as const,
  /** Active colleagues, for owner and seller pickers. */
  activeUsers: ['users', 'active'] as const,
  /** The product matrix: marking a cell changes it, and a forum's agenda. */
  matrix: ['matrix'] as const,
  forums: ['forums'] as const,
  /** Tasks (every list of them) and the home page that shows them. */
  tasks: ['tasks'] as const,
  home: ['home'] as const,
  comments: (subjectType: string, subjectId: string) => ['comments', subjectType, subjectId] as const,
};
