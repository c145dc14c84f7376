import { AsyncLocalStorage } from 'node:async_hooks';
import type { Lang } from '@blk/domain';

/**
 * What the HTTP layer needs to know about the GraphQL request being served, outside the
 * resolvers: its language (for errors formatted by Apollo) and the refusals that change the HTTP
 * answer (a RATE_LIMITED returned as a union member never reaches Apollo's `errors`).
 */
export interface RequestScope {
  readonly lang: Lang;
  /** The request's trace id (`X-Request-Id`, `reqId` in the logs). */
  readonly requestId: string;
  /** Seconds until the caller may retry, when an operation was refused with RATE_LIMITED. */
  retryAfterSeconds?: number;
}

const scope = new AsyncLocalStorage<RequestScope>();

/** Runs `fn` with a fresh scope for one HTTP request. */
export function runInRequestScope<T>(request: { lang: Lang; requestId: string }, fn: () => T): T {
  return scope.run({ ...request }, fn);
}

/** The scope of the request being served, if any. */
export function currentRequestScope(): RequestScope | undefined {
  return scope.getStore();
}

/** Notes a refusal that is answered in `data` (an error resolved as a union member). */
export function noteResolvedError(error: unknown): void {
  const store = scope.getStore();
  if (!store || typeof error !== 'object' || error === null) return;
  const { code, extra } = error as { code?: unknown; extra?: { retryAfterSeconds?: unknown } };
  const seconds = extra?.retryAfterSeconds;
  if (code === 'RATE_LIMITED' && typeof seconds === 'number')
    store.retryAfterSeconds = Math.max(store.retryAfterSeconds ?? 0, seconds);
}
