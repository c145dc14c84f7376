import { ATTACHMENT_MAX_BYTES } from '@blk/domain';
import { z } from 'zod';

/** A setting that may be left out: unset or blank is `undefined`, anything else is trimmed. */
const optionalSetting = () =>
  z
    .string()
    .optional()
    .transform((v) => v?.trim() || undefined);

/** An optional address that must match `scheme` (`expected` says how, in the error). */
const optionalUrl = (scheme: RegExp, expected: string) =>
  optionalSetting().refine((v) => v === undefined || scheme.test(v), expected);

const schema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  HOST: z.string().min(1).default('127.0.0.1'),
  PORT: z.coerce.number().int().min(0).max(65535).default(4000),
  /** PostgreSQL URL; unset means the embedded PGlite database. */
  DATABASE_URL: z.string().optional(),
  /** Directory of the embedded database (default .data/pglite at the workspace root). */
  BLK_PGLITE_DIR: z.string().optional(),
  /**
   * '1' marks a demo on one machine (`npm start`): production build, but the embedded database
   * and demo data are allowed. Never set it on the office's server.
   */
  BLK_DEMO: z
    .enum(['0', '1', ''])
    .default('')
    .transform((v) => v === '1'),
  /** Load the demo data (idempotent) after migrating: for `npm start` and the e2e tests. */
  BLK_SEED_DEMO: z
    .enum(['0', '1', ''])
    .default('')
    .transform((v) => v === '1'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /** Seconds to finish in-flight requests on shutdown before closing anyway. */
  SHUTDOWN_TIMEOUT_S: z.coerce.number().positive().max(120).default(10),
  /** Largest accepted JSON body of POST /graphql in bytes (1 MB; uploads have their own limit). */
  BLK_BODY_MAX_BYTES: z.coerce
    .number()
    .int()
    .min(16 * 1024)
    .max(20 * 1024 * 1024)
    .default(1024 * 1024),
  /**
   * Seconds a client may take to send a whole request before a 408: generous, so that a 5 MB
   * upload over a slow mobile link still arrives.
   */
  HTTP_REQUEST_TIMEOUT_S: z.coerce.number().positive().max(3600).default(300),
  /** Seconds a client may take to send the request headers before a 408. */
  HTTP_HEADERS_TIMEOUT_S: z.coerce.number().positive().max(300).default(60),
  /** Seconds an idle keep-alive connection stays open between requests. */
  HTTP_KEEP_ALIVE_TIMEOUT_S: z.coerce.number().positive().max(600).default(5),
  /** Folder of uploaded attachments (default .data/attachments at the workspace root). */
  BLK_ATTACHMENTS_DIR: z.string().optional(),
  /** Largest accepted upload in bytes (5 MB: a scanned letter or a few photos). */
  BLK_UPLOAD_MAX_BYTES: z.coerce
    .number()
    .int()
    .min(1024)
    .max(50 * 1024 * 1024)
    .default(ATTACHMENT_MAX_BYTES),
  /**
   * Where attachment bytes are kept: `local` (BLK_ATTACHMENTS_DIR), `database` (in PostgreSQL,
   * so one database backup holds them) or `s3` (BLK_S3_*). Unset: `database` on PostgreSQL,
   * `local` on the embedded database.
   */
  BLK_ATTACHMENT_STORE: z
    .enum(['local', 'database', 's3', ''])
    .default('')
    .transform((v) => v || undefined),
  /** Bucket of the S3-compatible store (required with BLK_ATTACHMENT_STORE=s3). */
  BLK_S3_BUCKET: optionalSetting(),
  /** Region of the bucket (S3-compatible servers mostly accept any). */
  BLK_S3_REGION: z.string().min(1).default('us-east-1'),
  /** Endpoint of an S3-compatible server (MinIO, Garage, Ceph…); unset means AWS S3. */
  BLK_S3_ENDPOINT: optionalUrl(/^https?:\/\/[^/]/, 'expected http(s)://…'),
  /** Access key of the bucket; unset uses the AWS SDK's own chain (instance role, ~/.aws). */
  BLK_S3_ACCESS_KEY_ID: optionalSetting(),
  BLK_S3_SECRET_ACCESS_KEY: optionalSetting(),
  /** '1' puts the bucket in the path (most self-hosted servers); default '1' with an endpoint. */
  BLK_S3_FORCE_PATH_STYLE: z
    .enum(['0', '1', ''])
    .default('')
    .transform((v) => (v === '' ? undefined : v === '1')),
  /** Prefix before every object key, so one bucket can serve several installations. */
  BLK_S3_PREFIX: z
    .string()
    .default('')
    .refine((v) => v === '' || /^[a-zA-Z0-9._-]+\/$/.test(v), 'expected a folder name ending in /'),
  /** Folder of `npm run backup` archives (default .data/backups at the workspace root). */
  BLK_BACKUP_DIR: z.string().optional(),
  /** smtp:// or smtps:// URL of the mail server; unset writes e-mails as .eml files instead. */
  SMTP_URL: optionalUrl(/^smtps?:\/\/[^/]/, 'expected smtp://… or smtps://…'),
  /** Sender of notification e-mails. */
  SMTP_FROM: z.string().min(3).default('BLK on the Spot <no-reply@localhost>'),
  /**
   * Bearer token a Prometheus scraper sends to /metrics. Unset: /metrics answers only callers on
   * this machine (a local scraper, or the reverse proxy's own checks).
   */
  BLK_METRICS_TOKEN: optionalSetting(),
  /** Public app's address, for the tracking link in every notification. */
  BLK_PUBLIC_URL: z.url().default('http://127.0.0.1:4173'),
  /**
   * HTTP SMS/WhatsApp gateway: each SMS is POSTed as JSON `{ id, to, text }` (with an
   * `Idempotency-Key` header). Unset writes SMS to the outbox folder instead.
   */
  BLK_SMS_GATEWAY_URL: optionalUrl(/^https?:\/\/[^/]/, 'expected http(s)://…'),
  /** Bearer token the SMS gateway expects, if any. */
  BLK_SMS_GATEWAY_TOKEN: optionalSetting(),
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
  /** '1' sends the session cookie without `Secure` in production (TLS ends at a trusted proxy on plain HTTP). */
  BLK_INSECURE_COOKIES: z
    .enum(['0', '1', ''])
    .default('')
    .transform((v) => v === '1'),
  /**
   * Years after a training's report before its participants' NIK, birth date, phone and address
   * are anonymised (UU 27/2022 storage limitation; docs/privacy.md).
   */
  BLK_RETENTION_PARTICIPANT_YEARS: z.coerce.number().int().min(1).max(30).default(5),
  /** Days a sent or failed notification (it holds a phone number or e-mail) is kept. */
  BLK_RETENTION_OUTBOX_DAYS: z.coerce.number().int().min(7).max(3650).default(90),
  /** Run the retention job in this process ('0' turns it off; `pnpm --filter @blk/api retention` runs it once). */
  BLK_RETENTION_JOB: z
    .enum(['0', '1', ''])
    .default('')
    .transform((v) => v !== '0'),
  /** Hours between two runs of the retention job. */
  BLK_RETENTION_INTERVAL_H: z.coerce
    .number()
    .positive()
    .max(24 * 7)
    .default(24),
  /**
   * Serve the built web apps from this process ('0': the API only, e.g. when the proxy serves
   * them). Default: on when they are built.
   */
  BLK_SERVE_APPS: z
    .enum(['0', '1', ''])
    .default('')
    .transform((v) => v !== '0'),
  /** Folder of the built public app (default apps/public/dist of this checkout). */
  BLK_PUBLIC_APP_DIR: z.string().optional(),
  /** Folder of the built admin app (default apps/admin/dist of this checkout). */
  BLK_ADMIN_APP_DIR: z.string().optional(),
  /** Path of the admin app next to the public one. */
  BLK_ADMIN_PATH: z
    .string()
    .regex(/^\/[a-z0-9-]+$/, 'one path segment, e.g. /admin')
    .default('/admin'),
  /** A host name whose `/` is the admin app (e.g. admin.blk.example.go.id); it stays at BLK_ADMIN_PATH too. */
  BLK_ADMIN_HOST: z
    .string()
    .optional()
    .transform((v) => v?.trim().toLowerCase() || undefined)
    .refine(
      (v) => v === undefined || /^[a-z0-9.-]+$/.test(v),
      'a host name without scheme or port, e.g. admin.blk.example.go.id',
    ),
  /**
   * HMAC key behind public access tokens, kept outside the database. Required in production;
   * elsewhere generated once into the data folder (.data/token-secret) when unset.
   */
  BLK_TOKEN_SECRET: optionalSetting().refine(
    (v) => v === undefined || v.length >= 32,
    'at least 32 characters',
  ),
});

/** The server's configuration, validated once at start. */
export type Env = z.infer<typeof schema>;

/** Every variable the server reads; docs/deploy.md lists each one (env-docs.test.ts checks). */
export const ENV_VARIABLES = Object.keys(schema.shape) as (keyof Env)[];

/** Reads and validates the environment; throws one readable error listing every bad value. */
export function loadEnv(source: NodeJS.ProcessEnv = process.env): Env {
  const result = schema.safeParse(source);
  if (result.success) {
    const problems = productionProblems(result.data);
    if (problems.length === 0) return result.data;
    throw new Error(
      `Refusing to start in production:\n${problems.map((p) => `  ${p}`).join('\n')}`,
    );
  }
  const problems = result.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`).join('\n');
  throw new Error(`Invalid configuration:\n${problems}`);
}

/**
 * What production must not run without, one line each: a real database (the embedded one is for a
 * single machine), SMTP credentials when SMTP is used, a real sender, and none of the demo or
 * development switches.
 */
export function productionProblems(env: Env): string[] {
  if (env.NODE_ENV !== 'production') return [];
  const problems: string[] = [];
  if (!env.DATABASE_URL?.trim() && !env.BLK_DEMO)
    problems.push(
      'DATABASE_URL: required in production (postgres://user:password@host:5432/blk); the embedded database is for development and demos (BLK_DEMO=1)',
    );
  if (!env.BLK_TOKEN_SECRET)
    problems.push(
      'BLK_TOKEN_SECRET: required in production, a random secret of 32+ characters (e.g. `openssl rand -base64 32`) kept outside the database and its backups',
    );
  if (env.SMTP_URL) {
    const url = URL.canParse(env.SMTP_URL) ? new URL(env.SMTP_URL) : null;
    if (!url?.username || !url.password)
      problems.push(
        'SMTP_URL: give the mail account and its password in production (smtps://user:password@host:465)',
      );
    if (/@localhost>?$/.test(env.SMTP_FROM))
      problems.push(
        "SMTP_FROM: set the office's sender address, e.g. BLK on the Spot <blk@…go.id>",
      );
  }
  if (env.BLK_SEED_DEMO && !env.BLK_DEMO)
    problems.push(
      'BLK_SEED_DEMO: demo data (with a published demo password) must not be loaded in production (BLK_DEMO=1 marks a demo machine)',
    );
  if (env.BLK_INSECURE_COOKIES)
    problems.push(
      'BLK_INSECURE_COOKIES: session cookies must be Secure in production; serve over HTTPS',
    );
  return problems;
}

let cached: Env | undefined;

/**
 * This process's configuration, read once, for code that is set up before `createApp` receives
 * one (the schema builder at import time, the session cookie's flags).
 */
export function processEnv(): Env {
  cached ??= loadEnv();
  return cached;
}

/** Whether cookies carry `Secure`: in production, unless TLS ends at a proxy (BLK_INSECURE_COOKIES). */
export function secureCookies(env: Env = processEnv()): boolean {
  return env.NODE_ENV === 'production' && !env.BLK_INSECURE_COOKIES;
}

/**
 * The environment for a program this process runs (pg_dump, pg_restore): this process's own,
 * with `extra` on top (the database password, kept off the command line).
 */
export function childProcessEnv(extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  return { ...process.env, ...extra };
}
