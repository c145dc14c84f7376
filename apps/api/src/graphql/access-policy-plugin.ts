import { BasePlugin, type PothosOutputFieldConfig, type SchemaTypes } from '@pothos/core';
import { policyRule } from '../modules/auth/policy';

type AuthScopesOption = Record<string, unknown> | ((...args: unknown[]) => unknown) | undefined;

/** The policy key of a field: the mutation's name, or `Type.field`. */
export function policyKeyOf(parentType: string, fieldName: string): string {
  return parentType === 'Mutation' ? fieldName : `${parentType}.${fieldName}`;
}

/**
 * Puts `authScopes: { policy: key }` on every mutation and field that has a row in the access
 * policy table (modules/auth/policy.ts), next to the field's own scopes (both must pass), so
 * scope-auth enforces the table without each module repeating it.
 */
export class AccessPolicyPlugin<Types extends SchemaTypes> extends BasePlugin<Types> {
  override onOutputFieldConfig(fieldConfig: PothosOutputFieldConfig<Types>) {
    const key = policyKeyOf(fieldConfig.parentType, fieldConfig.name);
    if (!policyRule(key)) return fieldConfig;
    const policy = { policy: key };
    const own = (fieldConfig.pothosOptions as { authScopes?: AuthScopesOption }).authScopes;
    const authScopes =
      own === undefined
        ? policy
        : typeof own === 'function'
          ? async (...args: unknown[]) => {
              const result = await own(...args);
              if (result === false) return false;
              return result === true ? policy : { $all: { ...(result as object), ...policy } };
            }
          : { $all: { ...own, ...policy } };
    return {
      ...fieldConfig,
      pothosOptions: { ...fieldConfig.pothosOptions, authScopes },
    } as PothosOutputFieldConfig<Types>;
  }
}
