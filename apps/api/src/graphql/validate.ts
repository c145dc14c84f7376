import {
  localizeIssues,
  type MessageKey,
  parseInput,
  type RuleIssue,
  ruleIssue,
} from '@blk/domain';
import type { z } from 'zod';
import type { Context } from './context';
import { InputValidationError } from './errors';

/**
 * Parses a GraphQL input with the shared zod schema from packages/domain (the same one the web
 * form uses) and returns its output, or throws a ValidationError with localised field messages.
 * GraphQL nulls are treated as absent, as the schemas' optional fields expect.
 */
export function validated<S extends z.ZodType>(
  schema: S,
  input: unknown,
  ctx: Pick<Context, 'lang'>,
): z.output<S> {
  const result = parseInput(schema, withoutNulls(input), ctx.lang);
  if (!result.ok) throw new InputValidationError(result.issues);
  return result.data;
}

/** Throws a ValidationError for rule violations found after parsing (class size, dates, ...). */
export function assertNoRuleIssues(issues: RuleIssue[], ctx: Pick<Context, 'lang'>): void {
  if (issues.length) throw new InputValidationError(localizeIssues(issues as never, ctx.lang));
}

function withoutNulls(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutNulls);
  if (value && typeof value === 'object' && !(value instanceof Date)) {
    return Object.fromEntries(
      Object.entries(value).flatMap(([k, v]) => (v === null ? [] : [[k, withoutNulls(v)]])),
    );
  }
  return value;
}

/** Throws a ValidationError for one field, with a message key from the catalog. */
export function invalidField(
  ctx: Pick<Context, 'lang'>,
  key: MessageKey,
  path: string[],
  params?: Record<string, string | number>,
): never {
  throw new InputValidationError(localizeIssues([ruleIssue(key, path, params)] as never, ctx.lang));
}

/** True for a UUID, the shape of every id in the database (other strings cannot match a row). */
export function isUuid(value: string): boolean {
  return /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value);
}
