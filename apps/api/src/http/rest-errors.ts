import type { ErrorCode } from '@blk/domain';
import { errorMessage } from '@blk/domain';
import type { Request, RequestHandler, Response } from 'express';
import { AppError, InputValidationError } from '../graphql/errors';
import { requestLang } from './graphql';

/** HTTP status of a refusal on the REST routes (documents, attachments, exports). */
const STATUS: Partial<Record<ErrorCode, number>> = {
  VALIDATION_FAILED: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  PAYLOAD_TOO_LARGE: 413,
  UNSUPPORTED_FILE_TYPE: 415,
  RATE_LIMITED: 429,
  INTERNAL: 500,
};

/**
 * Answers a refusal as `{ error: { code, message, issues? } }`, with the same code and localised
 * message as the GraphQL API (VALIDATION_FAILED carries the field issues; RATE_LIMITED a
 * `Retry-After`). Any other error is logged and answered as INTERNAL, never with a stack. When
 * part of a body was already sent, the connection is cut so the client cannot take it as whole.
 */
export function sendRestError(req: Request, res: Response, error: unknown): void {
  const code: ErrorCode = error instanceof AppError ? error.code : 'INTERNAL';
  if (!(error instanceof AppError))
    req.log.error({ err: error }, `${req.method} ${req.path} failed`);
  if (res.headersSent) {
    res.destroy();
    return;
  }
  const retryAfter = error instanceof AppError ? error.extra.retryAfterSeconds : undefined;
  if (typeof retryAfter === 'number') res.set('Retry-After', String(retryAfter));
  // Discard the rest of a refused upload, so the client can read the answer.
  if (req.readable) req.resume();
  const issues = error instanceof InputValidationError ? { issues: error.issues } : {};
  res
    .status(STATUS[code] ?? 400)
    .json({ error: { code, message: errorMessage(code, requestLang(req)), ...issues } });
}

/** A REST route: what it throws is answered by {@link sendRestError}. */
export function restRoute(handle: (req: Request, res: Response) => Promise<void>): RequestHandler {
  return (req, res) => {
    handle(req, res).catch((error: unknown) => sendRestError(req, res, error));
  };
}
