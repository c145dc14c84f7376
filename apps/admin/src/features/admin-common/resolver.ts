import { type Lang, localizeIssues } from '@blk/domain';
import { toNestErrors } from '@hookform/resolvers';
import type { FieldError, FieldValues, Resolver } from 'react-hook-form';
import type { z } from 'zod';

/**
 * A react-hook-form resolver for a shared `@blk/domain` schema that words every issue as the API
 * does (`localizeIssues`), parameters included: zod hands a rule's own message key (e.g.
 * `program.units_exceed_jp` with its totals) past a per-parse error map, so `zodResolver`
 * would leave such a message without its numbers.
 */
export function domainResolver<TIn extends FieldValues, TOut>(
  schema: z.ZodType<TOut, TIn>,
  lang: Lang,
): Resolver<TIn, unknown, TOut> {
  return async (values, _context, options) => {
    const result = schema.safeParse(values, { reportInput: true });
    if (result.success) return { values: result.data, errors: {} };
    const flat: Record<string, FieldError> = {};
    for (const issue of localizeIssues(result.error, lang)) {
      flat[issue.path || 'root'] ??= { type: issue.code, message: issue.message };
    }
    return { values: {}, errors: toNestErrors(flat, options) };
  };
}
