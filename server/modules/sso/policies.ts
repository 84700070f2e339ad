import { publicAccess } from '@domain/policy';

export const ssoPolicies = {
  /** The browser goes to the provider and comes back: nobody is signed in yet. */
  start: publicAccess('anyone: starts single sign-on'),
  callback: publicAccess('the provider redirects the browser back here'),
};
