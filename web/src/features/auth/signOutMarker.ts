/**
 * Whether the user just signed out on purpose in this tab, so that the redirect to sign-in
 * neither asks to "come back" to the page they left nor looks like an expired session.
 */
let signedOutOnPurpose = false;

export const markSignedOut = () => {
  signedOutOnPurpose = true;
};
export const clearSignedOut = () => {
  signedOutOnPurpose = false;
};
export const wasSignedOut = () => signedOutOnPurpose;
