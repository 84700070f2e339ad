import { signedIn } from '@domain/policy';

export const livePolicies = { subscribe: signedIn('a signed-in user, for live updates of what they may see') };
