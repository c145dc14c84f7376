import type { Context } from '../../graphql/context';
import { type Capability, roleCan } from './capabilities';

/**
 * Pothos `authScopes` for a staff capability. Failing it gives UNAUTHENTICATED to the public and
 * FORBIDDEN to staff of another role and to API keys, which never hold staff capabilities.
 */
export function requireCapability(capability: Capability) {
  return (_parent: unknown, _args: unknown, ctx: Context) =>
    ctx.viewer.kind === 'staff' && roleCan(ctx.viewer.user.roleKey, capability);
}
