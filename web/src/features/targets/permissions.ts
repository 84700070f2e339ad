import type { Me } from '@contract/auth';
import type { Role } from '@contract/common';

const targetSetters: readonly Role[] = ['sales_leader', 'management', 'admin'];

/**
 * Setting and copying targets: sales leaders, management and admins (server/modules/targets/policies.ts).
 * `me.can` has no ability for it yet, so the rule mirrors the server's policy; the server still decides.
 */
export const canSetTargets = (me: Me) => targetSetters.includes(me.user.role);
