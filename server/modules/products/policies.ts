import { signedIn } from '../../domain/policy';

export const productPolicies = {
  read: signedIn('any signed-in user'),
};
