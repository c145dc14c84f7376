import type { Lang } from '@blk/domain';

/**
 * What the HTTP layer needs to know about the GraphQL request being served, outside the
 * resolvers: its language (for errors formatted by Apollo) and the refusals that change the HTTP
 * answer (a RATE_LIMITED returned as a union member never reaches Apollo's `errors`). The
 * GraphQL context is one (`Context` extends it).
 *
 * It travels explicitly, not in an AsyncLocalStorage: on Node 20 that puts a hook on every
 * promise of the process, which cost a third of the CPU per request of the public catalogue
 * under load (bench/README.md, issue 16). Apollo's `formatError` gets no context, so the errors
 * of a request are mapped to its scope here ({@link noteErrorScope}) before they are formatted.
 */
export interface RequestScope {
  readonly lang: Lang;
  /** The request's trace id (`X-Request-Id`, `reqId` in the logs). */
  readonly requestId: string;
  /** Seconds until the caller may retry, when an operation was refused with RATE_LIMITED. */
  retryAfterSeconds?: number;
}

const errorScopes = new WeakMap<object, RequestScope>();

/** Remembers the request `errors` were raised in, for Apollo's `formatError`. */
export function noteErrorScope(scope: RequestScope, errors: readonly unknown[]): void {
  for (const error of errors)
    if (typeof error === 'object' && error !== null) errorScopes.set(error, scope);
}

/** The scope of the request an error was raised in (or the error it wraps), if noted. */
export function scopeOfError(error: unknown): RequestScope | undefined {
  let current = error;
  for (let depth = 0; depth < 4 && typeof current === 'object' && current !== null; depth++) {
    const scope = errorScopes.get(current);
    if (scope) return scope;
    current = (current as { originalError?: unknown }).originalError;
  }
  return undefined;
}

/** Notes a refusal that is answered in `data` (an error resolved as a union member). */
export function noteResolvedError(scope: RequestScope, error: unknown): void {
  if (typeof error !== 'object' || error === null) return;
  const { code, extra } = error as { code?: unknown; extra?: { retryAfterSeconds?: unknown } };
  const seconds = extra?.retryAfterSeconds;
  if (code === 'RATE_LIMITED' && typeof seconds === 'number')
    scope.retryAfterSeconds = Math.max(scope.retryAfterSeconds ?? 0, seconds);
}
