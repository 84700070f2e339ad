import type { Role } from './people';

/**
 * Who may call a route. Every route declares one (see platform/auth.ts); a test fails if one does not.
 * - public: anyone, signed in or not
 * - signedIn: any active user (transparency: all groups see the shared memory)
 * - roles: only users with one of these roles
 */
export type Policy =
  | { readonly kind: 'public'; readonly name: string }
  | { readonly kind: 'signedIn'; readonly name: string }
  | { readonly kind: 'roles'; readonly name: string; readonly roles: readonly Role[] };

export const publicAccess = (name: string): Policy => ({ kind: 'public', name });
export const signedIn = (name: string): Policy => ({ kind: 'signedIn', name });
export const rolesOnly = (name: string, roles: readonly Role[]): Policy => ({ kind: 'roles', name, roles });

export interface Actor {
  role: Role;
}

export function allows(policy: Policy, actor: Actor | null): boolean {
  switch (policy.kind) {
    case 'public':
      return true;
    case 'signedIn':
      return actor !== null;
    case 'roles':
      return actor !== null && policy.roles.includes(actor.role);
  }
}
