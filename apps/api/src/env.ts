import { z } from 'zod';

const schema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  HOST: z.string().min(1).default('127.0.0.1'),
  PORT: z.coerce.number().int().min(0).max(65535).default(4000),
  /** PostgreSQL URL; unset means the embedded PGlite database. */
  DATABASE_URL: z.string().optional(),
  /** Directory of the embedded database (default .data/pglite at the workspace root). */
  BLK_PGLITE_DIR: z.string().optional(),
  /** Load the demo data (idempotent) after migrating: for `npm start` and the e2e tests. */
  BLK_SEED_DEMO: z
    .enum(['0', '1', ''])
    .default('')
    .transform((v) => v === '1'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /** Seconds to finish in-flight requests on shutdown before closing anyway. */
  SHUTDOWN_TIMEOUT_S: z.coerce.number().positive().max(120).default(10),
  /** Folder of uploaded attachments (default .data/attachments at the workspace root). */
  BLK_ATTACHMENTS_DIR: z.string().optional(),
  /** Largest accepted upload in bytes (5 MB: a scanned letter or a few photos). */
  BLK_UPLOAD_MAX_BYTES: z.coerce
    .number()
    .int()
    .min(1024)
    .max(50 * 1024 * 1024)
    .default(5 * 1024 * 1024),
  /** smtp:// or smtps:// URL of the mail server; unset writes e-mails as .eml files instead. */
  SMTP_URL: z
    .string()
    .optional()
    .transform((v) => v?.trim() || undefined)
    .refine((v) => v === undefined || /^smtps?:\/\/[^/]/.test(v), 'expected smtp://… or smtps://…'),
  /** Sender of notification e-mails. */
  SMTP_FROM: z.string().min(3).default('BLK on the Spot <no-reply@localhost>'),
  /** Folder of messages not sent through SMTP/SMS (default .data/outbox at the workspace root). */
  BLK_OUTBOX_DIR: z.string().optional(),
  /** Run the notification outbox worker in this process ('0' turns it off). */
  BLK_OUTBOX_WORKER: z
    .enum(['0', '1', ''])
    .default('')
    .transform((v) => v !== '0'),
  /** How often the worker looks for due messages, in milliseconds. */
  BLK_OUTBOX_POLL_MS: z.coerce.number().int().min(100).max(600_000).default(5_000),
  /** Delivery attempts before a message is marked failed. */
  BLK_OUTBOX_MAX_ATTEMPTS: z.coerce.number().int().min(1).max(50).default(6),
});

/** The server's configuration, validated once at start. */
export type Env = z.infer<typeof schema>;

/** Reads and validates the environment; throws one readable error listing every bad value. */
export function loadEnv(source: NodeJS.ProcessEnv = process.env): Env {
  const result = schema.safeParse(source);
  if (result.success) return result.data;
  const problems = result.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`).join('\n');
  throw new Error(`Invalid configuration:\n${problems}`);
}
