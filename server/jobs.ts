import { pruneAuthData } from './modules/auth/service';
import type { Job } from './platform/jobs';

/** Every scheduled job of the application. */
export const jobs: Job[] = [{ name: 'auth.prune', everyMs: 60 * 60_000, run: pruneAuthData }];
