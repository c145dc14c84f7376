import { randomUUID } from 'node:crypto';

/** The header that carries a request's trace id, in and out. */
export const REQUEST_ID_HEADER = 'x-request-id';

/**
 * An incoming id the proxy (nginx `$request_id`, Caddy `{http.request.uuid}`) or a client sent is
 * kept when it is sane: 8 to 64 characters of letters, digits and `._:-`. Anything else (too
 * long, spaces, control characters, several values) is replaced, so that a log line can never be
 * forged or blown up through this header.
 */
const SANE = /^[A-Za-z0-9._:-]{8,64}$/;

/** The trace id of a request: the incoming `X-Request-Id` when sane, else a new UUID. */
export function requestIdFor(incoming: string | string[] | undefined): string {
  return typeof incoming === 'string' && SANE.test(incoming) ? incoming : randomUUID();
}
