import { isIsoDate, MAX_ISO_DATE, type MessageKey, message } from '@blk/domain';
import { GraphQLError, Kind } from 'graphql';
import { builder } from './builder';
import { findUnsafeText } from './input-text';

/**
 * Limits of a JSON input: deep and large enough for an SOP definition, far below what overflows
 * a stack or a database row (5,000 nested arrays once crashed `transitionTrainingRequest`).
 */
export const JSON_INPUT_LIMITS = { maxDepth: 32, maxValues: 20_000 } as const;

/** A refused input value; graphql-js reports it as a request error with code BAD_USER_INPUT. */
function invalidValue(key: MessageKey, params: Record<string, string | number> = {}): never {
  throw new GraphQLError(message(key, 'en', params), {
    extensions: { code: 'BAD_USER_INPUT', messageKey: key },
  });
}

/** An ISO 8601 instant with an explicit zone. */
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:\d{2})$/;

/**
 * Days and instants are accepted from the year 1000: the calendar reaches back to 0001, but
 * 00:00 WIB of 0001-01-01 is year 0 in UTC, which PostgreSQL refuses (the fuzzer found it in the
 * request filter), and no date of this service lies before 1900 anyway.
 */
const FIRST_YEAR = 1000;
const FIRST_DATE = '1000-01-01';

builder.scalarType('DateTime', {
  description: `An instant, as an ISO 8601 string with a time zone (e.g. 2026-11-30T08:00:00.000Z), years ${FIRST_YEAR} to 9999.`,
  serialize: (value) => (value instanceof Date ? value.toISOString() : String(value)),
  parseValue: (value) => {
    const date = typeof value === 'string' && DATE_TIME.test(value) ? new Date(value) : null;
    const year = date?.getUTCFullYear() ?? Number.NaN;
    if (!date || !(year >= FIRST_YEAR && year <= 9999))
      throw new GraphQLError(
        `DateTime must be an ISO 8601 string with a time zone, years ${FIRST_YEAR}-9999`,
      );
    return date;
  },
});

const DATE_MESSAGE = `Date must be YYYY-MM-DD, from ${FIRST_DATE} to ${MAX_ISO_DATE}`;

/** A calendar day whose every instant PostgreSQL can store. */
const isStorableDate = (value: string) => isIsoDate(value) && value >= FIRST_DATE;

builder.scalarType('Date', {
  description: `A calendar day in WIB (Asia/Jakarta), as YYYY-MM-DD (${FIRST_DATE} to ${MAX_ISO_DATE}).`,
  serialize: (value) => (value instanceof Date ? value.toISOString().slice(0, 10) : String(value)),
  parseValue: (value) => {
    if (typeof value !== 'string' || !isStorableDate(value)) throw new GraphQLError(DATE_MESSAGE);
    return value;
  },
  parseLiteral: (ast) => {
    if (ast.kind !== Kind.STRING || !isStorableDate(ast.value))
      throw new GraphQLError(DATE_MESSAGE);
    return ast.value;
  },
});

/**
 * Checks a JSON input without recursion (so no depth can overflow the stack): plain objects,
 * arrays, finite numbers, booleans, null and clean text only, within {@link JSON_INPUT_LIMITS}.
 */
export function checkJsonInput(value: unknown): void {
  const pending: [unknown, number][] = [[value, 1]];
  let values = 0;
  for (let next = pending.pop(); next; next = pending.pop()) {
    const [item, depth] = next;
    if (++values > JSON_INPUT_LIMITS.maxValues)
      invalidValue('json.too_large', { max: JSON_INPUT_LIMITS.maxValues });
    if (depth > JSON_INPUT_LIMITS.maxDepth)
      invalidValue('json.too_deep', { max: JSON_INPUT_LIMITS.maxDepth });
    if (item === null || typeof item === 'boolean') continue;
    if (typeof item === 'number') {
      if (!Number.isFinite(item)) invalidValue('json.invalid');
      continue;
    }
    if (typeof item === 'string') {
      const problem = findUnsafeText(item);
      if (problem) invalidValue(problem.key);
      continue;
    }
    if (Array.isArray(item)) {
      for (const element of item) pending.push([element, depth + 1]);
      continue;
    }
    const proto = typeof item === 'object' ? Object.getPrototypeOf(item) : undefined;
    if (proto !== Object.prototype && proto !== null) invalidValue('json.invalid');
    for (const [key, element] of Object.entries(item as object)) {
      const problem = findUnsafeText(key);
      if (problem) invalidValue(problem.key);
      pending.push([element, depth + 1]);
    }
  }
}

builder.scalarType('JSON', {
  description: `Arbitrary JSON (SOP step inputs, rendered documents). As input: at most ${JSON_INPUT_LIMITS.maxDepth} levels deep and ${JSON_INPUT_LIMITS.maxValues} values, text without control characters or broken Unicode.`,
  serialize: (value) => value,
  parseValue: (value) => {
    checkJsonInput(value);
    return value;
  },
});
