import { BasePlugin, type PothosOutputFieldConfig, type SchemaTypes } from '@pothos/core';
import type { GraphQLFieldResolver } from 'graphql';

declare global {
  export namespace PothosSchemaTypes {
    export interface SchemaBuilderOptions<Types extends SchemaTypes> {
      declaredErrors?: {
        /** Refuse a typed error a field's union does not declare (off in production). */
        strict: boolean;
        /** Told of each error the errors plugin will answer as a member of the field's union. */
        onResolved?: (context: Types['Context'], error: Error) => void;
      };
    }
  }
}

// biome-ignore lint/complexity/noBannedTypes: error classes are matched by constructor.
type ErrorClass = Function;

/**
 * The most specific class in the error's prototype chain that has a GraphQL type of its own
 * (TransitionRefusedError, ClassFinishedError, …), or null for an error without one.
 */
export function typedClassOf(error: unknown, hasType: (cls: ErrorClass) => boolean) {
  if (typeof error !== 'object' || error === null) return null;
  for (
    let proto = Object.getPrototypeOf(error);
    proto && proto !== Object.prototype;
    proto = Object.getPrototypeOf(proto)
  ) {
    const cls = (proto as { constructor: ErrorClass }).constructor;
    if (hasType(cls)) return cls;
  }
  return null;
}

/**
 * The errors plugin answers a raised error with the first union member it is an instance of.
 * A subclass the union does not declare (a TransitionRefusedError under a mutation that lists
 * only OperationError) would come back as its base type with its details (the SOP's reasons)
 * gone. This plugin, inside the errors plugin, finds that case: strict (development and
 * tests) it replaces the error by an internal one naming the field and the type, so the test
 * that raised it fails; in production it warns on stderr and lets the error fall back to its
 * base type, which still carries its code and message. It also tells `onResolved` of each error
 * answered as a union member (the errors plugin's own hook gets no context).
 */
export class DeclaredErrorsPlugin<Types extends SchemaTypes> extends BasePlugin<Types> {
  override wrapResolve(
    resolver: GraphQLFieldResolver<unknown, Types['Context'], object>,
    fieldConfig: PothosOutputFieldConfig<Types>,
  ): GraphQLFieldResolver<unknown, Types['Context'], object> {
    const declared = fieldConfig.extensions?.pothosErrors as ErrorClass[] | undefined;
    const options = this.builder.options.declaredErrors;
    if (!declared?.length || !options) return resolver;
    const hasType = (cls: ErrorClass) => this.builder.configStore.hasConfig(cls as never);
    const field = `${fieldConfig.parentType}.${fieldConfig.name}`;
    const check = (error: unknown) => {
      const typed = typedClassOf(error, hasType);
      if (!typed || declared.includes(typed)) return error;
      const message = `${field} raised ${typed.name}, which its result union does not declare; add it to the field's errors (mutationErrors)`;
      if (options.strict) return new Error(message);
      process.emitWarning(message, 'UndeclaredErrorType');
      return error;
    };
    // The errors plugin, outside this one, answers an error that is an instance of a declared
    // class as that union member.
    const resolved = (context: Types['Context'], error: unknown) => {
      if (options.onResolved && error instanceof Error && declared.some((c) => error instanceof c))
        options.onResolved(context, error);
      return error;
    };
    return async (source, args, context, info) => {
      let result: unknown;
      try {
        result = await resolver(source, args, context, info);
      } catch (error) {
        throw resolved(context, check(error));
      }
      return result instanceof Error ? resolved(context, check(result)) : result;
    };
  }
}
