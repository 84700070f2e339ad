import { signedIn } from '@domain/policy';

/** Everyone has a day; the team view answers for the people the viewer leads (none for a non-leader). */
export const homePolicies = { read: signedIn('any signed-in user') };
