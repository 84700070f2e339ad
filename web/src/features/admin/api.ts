import type { z } from 'zod';
import type { Role } from '@contract/common';
import type { CreateUser, UpdateUser, User, UserPage } from '@contract/users';
import { api } from '../../shared/api/client';

export type UserPageData = z.infer<typeof UserPage>;
export type NewUser = z.input<typeof CreateUser>;
export type UserPatch = z.input<typeof UpdateUser>;

export interface UserFilter {
  q?: string;
  role?: Role;
  page: number;
  pageSize: number;
}

export const adminApi = {
  listUsers: (filter: UserFilter, signal?: AbortSignal) => api.get<UserPageData>('/api/users', { ...filter }, signal),
  createUser: (input: NewUser) => api.post<User>('/api/users', input),
  updateUser: (id: string, patch: UserPatch) => api.patch<User>(`/api/users/${id}`, patch),
};
