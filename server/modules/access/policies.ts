import { publicAccess, rolesOnly, signedIn } from '@domain/policy';

export const accessPolicies = {
  /** Before anyone is signed in: what the sign-in page offers, the set-up while no user exists, one-time links. */
  options: publicAccess('anyone: what the sign-in page offers'),
  setup: publicAccess('anyone, only while no user exists (then 409 setup_done)'),
  link: publicAccess('whoever holds a one-time link'),
  forgotPassword: publicAccess('anyone; the answer never tells whether the address is known'),
  /** Admins invite people, resend and revoke invitations. */
  invite: rolesOnly('admins', ['admin']),
  ownPassword: signedIn('a signed-in user, for their own password'),
};
