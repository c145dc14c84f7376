import type { z } from 'zod';
import { localizeIssues } from '../i18n';

/** The first issue as `path: code`, or 'ok', so tables stay one line per case. */
export function firstIssue(schema: z.ZodType, input: unknown): string {
  const result = schema.safeParse(input, { reportInput: true });
  if (result.success) return 'ok';
  const [issue] = localizeIssues(result.error);
  return `${issue?.path}: ${issue?.code}`;
}
