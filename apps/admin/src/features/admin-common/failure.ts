import type { FieldValues, Path, UseFormReturn } from 'react-hook-form';

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
