import type { z } from 'zod';
import type { SetupBody } from '@contract/access';
import type { SignInResponse } from '@contract/auth';
import { api } from '../../shared/api/client';

export const setupApi = {
  setUp: (body: SetupBody) => api.post<z.infer<typeof SignInResponse>>('/api/setup', body),
};
