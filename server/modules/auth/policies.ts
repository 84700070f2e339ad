import { publicAccess, signedIn } from '@domain/policy';

export const authPolicies = {
  signIn: publicAccess('anyone may try to sign in'),
  signOut: signedIn('a signed-in user'),
  me: signedIn('a signed-in user'),
  /** Each user manages their own API keys. */
  ownApiKeys: signedIn('a signed-in user, for their own keys'),
};
