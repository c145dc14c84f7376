export { type Database, type OpenOptions, openDatabase } from './client';
export {
  POSTGRES_SESSION_OPTIONS,
  postgresConnection,
  RANDOM_PAGE_COST,
  type SqlConnection,
} from './connection';
export { hashPassword, hashToken, randomToken, verifyPassword } from './crypto';
export { DatabaseError, type DatabaseErrorCode, exitOnDatabaseError } from './errors';
export type { default as PothosPrismaTypes } from './generated/pothos-types';
export { getDatamodel as getPothosDatamodel } from './generated/pothos-types';
export * from './generated/prisma/client';
export { applyMigrations, MIGRATIONS_DIR, type MigrationResult, readMigrations } from './migrate';
export { WORKSPACE_DIR } from './paths';
export {
  insertTrainingRequest,
  type NewRequest,
  recordTransition,
  StaleVersionError,
} from './requests/record';
export {
  type DatabaseTarget,
  DEFAULT_PGLITE_DIR,
  redactUrl,
  resolveDatabaseTarget,
} from './target';
export {
  CONSTRAINTS,
  type ConstraintViolation,
  constraintViolation,
  isCheckViolation,
  isExclusionViolation,
  isUniqueViolation,
} from './violations';
