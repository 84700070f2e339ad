import type { z } from 'zod';
import type { AccountCoverage, CoverageConflicts, PutCoverageRules } from '@contract/coverage';
import { api } from '../../shared/api/client';

export type Conflicts = z.infer<typeof CoverageConflicts>;
export type RulesInput = z.input<typeof PutCoverageRules>;

export const coverageApi = {
  conflicts: (groupId: string | undefined, signal?: AbortSignal) =>
    api.get<Conflicts>('/api/coverage/conflicts', groupId ? { groupId } : undefined, signal),
  putRules: (groupId: string, input: RulesInput) => api.put<AccountCoverage>(`/api/accounts/${groupId}/coverage-rules`, input),
};
