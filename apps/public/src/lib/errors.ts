import type { CombinedError } from 'urql';

/** What went wrong with a call, in the terms the user can act on. */
export type Failure =
  | { kind: 'network' }
  | { kind: 'rateLimited'; retryAfterSeconds: number | null }
  | { kind: 'notFound' }
  | { kind: 'server'; message?: string };

/** Classifies an urql error: no answer at all, a rate limit, a not-found or anything else. */
export function failureOf(error: CombinedError): Failure {
  if (error.networkError) {
    // Apollo answers 429 with a GraphQL body; urql then reports graphQLErrors, not networkError.
    return { kind: 'network' };
  }
  for (const e of error.graphQLErrors) {
    const ext = e.extensions as { code?: string; retryAfterSeconds?: number };
    if (ext.code === 'RATE_LIMITED')
      return { kind: 'rateLimited', retryAfterSeconds: ext.retryAfterSeconds ?? null };
    if (ext.code === 'NOT_FOUND') return { kind: 'notFound' };
  }
  const status = (error.response as Response | undefined)?.status;
  if (status === 429) return { kind: 'rateLimited', retryAfterSeconds: null };
  return { kind: 'server', message: error.graphQLErrors[0]?.message };
}
