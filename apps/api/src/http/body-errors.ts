import { isUtf8 } from 'node:buffer';
import { type ErrorCode, errorMessage, type Lang, message } from '@blk/domain';
import express, {
  type ErrorRequestHandler,
  type Request,
  type RequestHandler,
  type Response,
} from 'express';
import type { Logger } from 'pino';
import { requestLang } from './graphql';

/** A body-parser failure: `type` tells which (`entity.too.large`, `entity.parse.failed`, …). */
interface BodyError {
  status?: number;
  statusCode?: number;
  type?: string;
  expose?: boolean;
}

/** The JSON body of POST /graphql, refused unless it is valid UTF-8 (no silent U+FFFD). */
export function graphqlJsonBody(limitBytes: number): RequestHandler {
  return express.json({
    limit: limitBytes,
    verify: (_req, _res, buffer) => {
      if (!isUtf8(buffer)) throw Object.assign(new Error('invalid UTF-8'), invalidUtf8);
    },
  });
}

const invalidUtf8: BodyError = { status: 400, type: 'blk.body.invalid_utf8', expose: true };

/** Code, HTTP status and message of a body that could not be read, or null for other errors. */
function describeBodyError(error: unknown, lang: Lang) {
  const e = error as BodyError;
  switch (e?.type) {
    case 'entity.too.large':
      return {
        status: 413,
        code: 'PAYLOAD_TOO_LARGE' as const,
        text: errorMessage('PAYLOAD_TOO_LARGE', lang),
      };
    case 'entity.parse.failed':
      return { status: 400, code: 'BAD_REQUEST', text: message('http.invalid_json', lang) };
    case 'blk.body.invalid_utf8':
    case 'charset.unsupported':
    case 'encoding.unsupported':
      return { status: 400, code: 'BAD_REQUEST', text: message('http.invalid_utf8', lang) };
    case 'request.aborted':
    case 'request.size.invalid':
    case 'stream.encoding.set':
    case 'stream.not.readable':
      return { status: 400, code: 'BAD_REQUEST', text: message('http.bad_request', lang) };
    default:
      return null;
  }
}

/**
 * Errors reading the /graphql body, answered as GraphQL errors (`errors[].extensions.code`), so
 * a GraphQL client reads them like any other refusal. Other errors go on to the app's handler.
 */
export function graphqlBodyErrors(): ErrorRequestHandler {
  return (error, req, res, next) => {
    const refusal = describeBodyError(error, requestLang(req));
    if (!refusal || res.headersSent) return next(error);
    res.status(refusal.status).json({
      errors: [
        { message: refusal.text, extensions: { code: refusal.code, requestId: String(req.id) } },
      ],
    });
  };
}

/**
 * `{ error: { code, message, requestId } }`, the shape of every non-GraphQL route's refusals; the
 * request id is the one in the `X-Request-Id` header and the logs.
 */
function sendRestError(req: Request, res: Response, status: number, code: string, text: string) {
  res.status(status).json({ error: { code, message: text, requestId: String(req.id) } });
}

/** Unknown paths: a JSON 404 rather than Express's HTML page. */
export function notFoundJson(): RequestHandler {
  return (req, res) => {
    const code: ErrorCode = 'NOT_FOUND';
    sendRestError(req, res, 404, code, errorMessage(code, requestLang(req)));
  };
}

/**
 * The last error handler: body errors keep their 4xx, anything else is logged and answered as
 * INTERNAL. Never Express's HTML page, which carries the stack trace outside production.
 */
export function finalErrorHandler(logger: Logger): ErrorRequestHandler {
  return (error, req: Request, res, _next) => {
    const lang = requestLang(req);
    const refusal = describeBodyError(error, lang);
    if (!refusal) (req.log ?? logger).error({ err: error }, 'unexpected error in a route');
    if (res.headersSent) {
      res.destroy();
      return;
    }
    if (refusal) sendRestError(req, res, refusal.status, refusal.code, refusal.text);
    else sendRestError(req, res, 500, 'INTERNAL', errorMessage('INTERNAL', lang));
  };
}
