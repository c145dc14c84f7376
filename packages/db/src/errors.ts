/** Why the database could not be used; each maps to one clear operator message. */
export type DatabaseErrorCode =
  | 'DATABASE_URL_INVALID'
  | 'DATABASE_UNREACHABLE'
  | 'DATA_DIR_UNWRITABLE'
  | 'DATA_DIR_LOCKED'
  | 'MIGRATION_EDITED'
  | 'MIGRATION_MISSING_LOCALLY'
  | 'MIGRATION_OUT_OF_ORDER'
  | 'MIGRATION_FAILED';

/** A database problem an operator can fix; its message says how, without a stack trace. */
export class DatabaseError extends Error {
  override readonly name = 'DatabaseError';
  constructor(
    readonly code: DatabaseErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

/** Prints a DatabaseError as one readable line and exits; anything else is rethrown. */
export function exitOnDatabaseError(error: unknown): never {
  if (error instanceof DatabaseError) {
    console.error(`\n[${error.code}] ${error.message}\n`);
    process.exit(1);
  }
  throw error;
}
