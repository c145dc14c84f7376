import { DateRangeError, type Lang, localizeIssues, ruleIssue } from '@blk/domain';
import { BasePlugin, type PothosOutputFieldConfig, type SchemaTypes } from '@pothos/core';
import type { GraphQLFieldResolver } from 'graphql';
import { InputValidationError } from './errors';
import { findAllUnsafeText } from './input-text';

/**
 * Refuses every argument that holds a control character or a lone surrogate, on every field,
 * before its resolver runs: search terms, ids and codes that no zod schema parses cannot reach
 * PostgreSQL either (a NUL byte there was an INTERNAL error). The zod schemas of packages/domain
 * apply the same check with the field's own rules; this is the net under all of them. Placed
 * after the errors plugin, so mutations answer with their ValidationError member. A
 * DateRangeError from the calendar becomes a ValidationError too.
 */
export class InputTextPlugin<Types extends SchemaTypes> extends BasePlugin<Types> {
  override wrapResolve(
    resolver: GraphQLFieldResolver<unknown, Types['Context'], object>,
    fieldConfig: PothosOutputFieldConfig<Types>,
  ): GraphQLFieldResolver<unknown, Types['Context'], object> {
    if (Object.keys(fieldConfig.args).length === 0) return resolver;
    return (parent, args, context, info) => {
      const unsafe = findAllUnsafeText(args);
      if (unsafe.length) {
        const lang = (context as { lang: Lang }).lang;
        // Paths inside `input` drop that prefix, as the zod schemas report them to the forms.
        const issues = unsafe.map(({ key, path }) =>
          ruleIssue(key, path[0] === 'input' && path.length > 1 ? path.slice(1) : path),
        );
        throw new InputValidationError(localizeIssues(issues as never, lang));
      }
      return asValidationError(() => resolver(parent, args, context, info), context);
    };
  }
}

/**
 * Date arithmetic that leaves the calendar (the day after 9999-12-31, a count of billions of
 * days) comes from an argument, so it is answered as a validation error, not INTERNAL.
 */
function asValidationError(run: () => unknown, context: unknown): unknown {
  const refuse = (error: unknown): never => {
    if (!(error instanceof DateRangeError)) throw error;
    const lang = (context as { lang: Lang }).lang;
    throw new InputValidationError(
      localizeIssues([ruleIssue('date.out_of_range', [])] as never, lang),
    );
  };
  try {
    const result = run();
    return result instanceof Promise ? result.catch(refuse) : result;
  } catch (error) {
    return refuse(error);
  }
}
