import { useQuery } from '@tanstack/react-query';
import { useMatch } from 'react-router';
import type { Account } from '@contract/accounts';
import { api } from '../../shared/api/client';
import { queryKeys } from '../../shared/api/queryKeys';

/** The account whose page is open (if any): quick-log starts with it. */
export function useCurrentAccount(): { id: string; name: string } | null {
  const id = useMatch('/accounts/:id')?.params.id;
  const account = useQuery({
    queryKey: [...queryKeys.accounts.one(id ?? ''), 'record'],
    queryFn: ({ signal }) => api.get<Account>(`/api/accounts/${id}`, undefined, signal),
    enabled: !!id && /^[0-9a-f-]{36}$/i.test(id),
  });
  return id && account.data ? { id, name: account.data.name } : null;
}
