import type { FieldValues, Path, UseFormReturn } from 'react-hook-form';
import { graphql } from '../../lib/graphql';

/**
 * What every mutation's error members are asked for, in one place: spread `...MutationFailure`
 * in the result selection and pass `[MutationFailureFragment]` to `graphql()`. Unmasked, so the
 * fields sit on the result as if written inline; any type implementing `Error` matches. The code
 * is `errorCode`, so it never clashes with a success type's own `code` (a kejuruan's, say).
 */
export const MutationFailureFragment = graphql(`
  fragment MutationFailure on Error @_unmask {
    __typename
    errorCode: code
    message
    ... on ValidationError {
      issues {
        path
        message
      }
    }
  }
`);

/** The error members of a mutation result, as the admin screens ask for them. */
export interface MutationFailure {
  __typename: string;
  message: string;
  issues?: readonly { path: string; message: string }[];
}

/**
 * Puts a server refusal beside its field (ValidationError issues naming a known field) and
 * returns the message to show above the form for everything else.
 */
export function applyFailure<T extends FieldValues>(
  failure: MutationFailure,
  // biome-ignore lint/suspicious/noExplicitAny: any context and transformed values will do.
  form: UseFormReturn<T, any, any>,
  fields: readonly Path<T>[],
): string {
  const rest: string[] = [];
  for (const issue of failure.issues ?? []) {
    const field = fields.find((f) => issue.path.split('.').includes(f));
    if (field) form.setError(field, { type: 'server', message: issue.message });
    else rest.push(issue.message);
  }
  return [failure.message, ...rest].filter(Boolean).join(' ') || failure.__typename;
}
