import { createRequire } from 'node:module';
import path from 'node:path';

// Resolved through the package name rather than this file's location, so the paths stay right
// when the API is bundled into apps/api/dist.
const packageJson = createRequire(import.meta.url).resolve('@blk/db/package.json');

/** Root folder of the @blk/db package (prisma/, data/). */
export const DB_PACKAGE_DIR = path.dirname(packageJson);
/** Root of the workspace. */
export const WORKSPACE_DIR = path.resolve(DB_PACKAGE_DIR, '../..');
