import { signedIn } from '@domain/policy';

export const searchPolicies = { search: signedIn('any signed-in user') };
