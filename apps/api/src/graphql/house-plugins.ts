import SchemaBuilder, { type SchemaTypes } from '@pothos/core';
import { AccessPolicyPlugin } from './access-policy-plugin';
import { DeclaredErrorsPlugin } from './declared-errors-plugin';
import { InputTextPlugin } from './input-text-plugin';

/**
 * The API's own Pothos plugins, registered in one place: Pothos finds a plugin by the name it was
 * registered under, and that name must be declared on its global `Plugins` interface.
 */
declare global {
  export namespace PothosSchemaTypes {
    export interface Plugins<Types extends SchemaTypes> {
      accessPolicy: AccessPolicyPlugin<Types>;
      declaredErrors: DeclaredErrorsPlugin<Types>;
      inputText: InputTextPlugin<Types>;
    }
  }
}

/** Adds the access-policy table's scopes to its mutations and fields (access-policy-plugin.ts). */
export const accessPolicyPlugin = 'accessPolicy';
/** Refuses a typed error that a field's union does not declare (declared-errors-plugin.ts). */
export const declaredErrorsPlugin = 'declaredErrors';
/** Refuses control characters in every argument (input-text-plugin.ts). */
export const inputTextPlugin = 'inputText';

SchemaBuilder.registerPlugin(accessPolicyPlugin, AccessPolicyPlugin);
SchemaBuilder.registerPlugin(declaredErrorsPlugin, DeclaredErrorsPlugin);
SchemaBuilder.registerPlugin(inputTextPlugin, InputTextPlugin);
