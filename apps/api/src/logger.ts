import pino, { type Logger } from 'pino';

/** Structured JSON logs; one line per request with its id (pino-http). */
export function createLogger(level: string): Logger {
  return pino({
    level,
    base: { service: 'blk-api' },
    redact: ['req.headers.cookie', 'req.headers.authorization'],
  });
}
