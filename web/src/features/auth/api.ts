import type { z } from 'zod';
import type { Me, SignInResponse } from '@contract/auth';
import type { Locale } from '@contract/common';
import { api } from '../../shared/api/client';

export type SignInInput = { email: string; password: string };
export type SignedIn = z.infer<typeof SignInResponse>;

export const authApi = {
  me: (signal?: AbortSignal) => api.get<Me>('/api/me', undefined, signal),
  signIn: (input: SignInInput) => api.post<SignedIn>('/api/auth/sign-in', input),
  signOut: () => api.post<{ ok: true }>('/api/auth/sign-out'),
  setLocale: (locale: Locale) => api.patch<Me>('/api/me', { locale }),
};
