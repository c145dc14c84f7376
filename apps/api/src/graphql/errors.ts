import { type ErrorCode, errorMessage, type Lang, type LocalizedIssue } from '@blk/domain';

/**
 * An error the caller can act on. `code` is the stable `extensions.code`; the user message is
 * localised from the code, and `detail` (internal, English) is logged but never sent.
 */
export class AppError extends Error {
  override readonly name = 'AppError';
  constructor(
    readonly code: ErrorCode,
    readonly detail?: string,
    readonly extra: Record<string, unknown> = {},
  ) {
    super(detail ?? code);
  }
  /** The message shown to users, in their language. */
  userMessage(lang: Lang): string {
    return errorMessage(this.code, lang);
  }
}

/** Input that failed the shared zod schema; carries one localised message per field. */
export class InputValidationError extends AppError {
  constructor(readonly issues: LocalizedIssue[]) {
    super('VALIDATION_FAILED', issues.map((i) => `${i.path}: ${i.code}`).join('; '));
  }
}

/**
 * The refusal for a caller who is not signed in: DEVICE_SESSION_REVOKED when the cookie is a
 * revoked training device's (its queued changes are not applied, and it can say why), else
 * UNAUTHENTICATED.
 */
export function unauthenticated(viewer: { kind: string; revokedDevice?: unknown }): AppError {
  return viewer.kind === 'anonymous' && viewer.revokedDevice
    ? new AppError('DEVICE_SESSION_REVOKED')
    : new AppError('UNAUTHENTICATED');
}

/** Shorthands for the common cases. */
export const notFound = (what: string) => new AppError('NOT_FOUND', `${what} not found`);
export const forbidden = (why?: string) => new AppError('FORBIDDEN', why);
