/** `pnpm db:migrate`: applies pending migrations to the configured database. */
import { openFromEnv } from './open-from-env';

const db = await openFromEnv();
const result = db.migrations;
console.log(
  result?.applied.length
    ? `Applied ${result.applied.length} migration(s): ${result.applied.join(', ')}`
    : `Database is up to date (${result?.alreadyApplied ?? 0} migrations applied).`,
);
await db.close();
