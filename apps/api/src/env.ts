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
