import { describe, expect, it } from 'vitest';
import { ERROR_CODES, errorMessage, isErrorCode } from './error-codes';

describe('error codes', () => {
  it('is the agreed closed set', () => {
    expect([...ERROR_CODES].sort()).toEqual(
      [
        'ACCOUNT_LOCKED',
        'ALREADY_EXISTS',
        'CLASS_FINISHED',
        'CONFLICT_STALE_VERSION',
        'DEVICE_SESSION_REVOKED',
        'CONSULTATION_REQUIRED',
        'FORBIDDEN',
        'IDEMPOTENCY_KEY_REUSED',
        'INTERNAL',
        'INVALID_CREDENTIALS',
        'MISSING_INPUT',
        'NOT_FOUND',
        'PAYLOAD_TOO_LARGE',
        'RATE_LIMITED',
        'SCHEDULE_CONFLICT',
        'SURVEY_ALREADY_SUBMITTED',
        'TRANSITION_NOT_ALLOWED',
        'UNAUTHENTICATED',
        'UNSUPPORTED_FILE_TYPE',
        'VALIDATION_FAILED',
      ].sort(),
    );
  });

  it.each(ERROR_CODES)('%s has distinct id and en messages', (code) => {
    expect(errorMessage(code)).toBe(errorMessage(code, 'id'));
    expect(errorMessage(code, 'id')).not.toBe(errorMessage(code, 'en'));
  });

  it.each([
    ['NOT_FOUND', true],
    ['not_found', false],
    ['toString', false],
  ])('isErrorCode(%s) = %s', (code, ok) => expect(isErrorCode(code)).toBe(ok));

  it('speaks plain Indonesian', () => {
    expect(errorMessage('INVALID_CREDENTIALS')).toBe('E-mail atau kata sandi salah.');
  });
});
