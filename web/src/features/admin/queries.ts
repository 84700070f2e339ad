import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { adminApi, type NewUser, type UserFilter, type UserPatch } from './api';

export const adminKeys = {
  users: ['users'] as const,
  userPage: (filter: UserFilter) => ['users', filter] as const,
};

export function useUserPage(filter: UserFilter) {
  return useQuery({
    queryKey: adminKeys.userPage(filter),
    queryFn: ({ signal }) => adminApi.listUsers(filter, signal),
    placeholderData: keepPreviousData,
  });
}

/** Shared with the other features (same cache). */
export { useMarkets, useSalesGroups } from '../../shared/org/queries';

export function useCreateUser() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: NewUser) => adminApi.createUser(input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: adminKeys.users }),
  });
}

export function useUpdateUser() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, patch }: { id: string; patch: UserPatch }) => adminApi.updateUser(id, patch),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: adminKeys.users }),
  });
}
