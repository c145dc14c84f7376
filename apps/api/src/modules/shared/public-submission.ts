import { createHash, createHmac, randomBytes } from 'node:crypto';
import { constraintViolation, hashToken } from '@blk/db';
import {
  ACCESS_TOKEN_BYTES,
  encodeAccessToken,
  formatAccessToken,
  generateTrackingCode,
  normalizeAccessToken,
} from '@blk/domain';
import { AppError } from '../../graphql/errors';
import { tokenSecret } from './token-secret';

/**
 * The access token of a public submission (request or complaint), in its display form
 * `XXXX-XXXX-XXXX-XXXX`. With an idempotency key it is HMAC-SHA256(server secret, purpose + key)
 * cut to 80 bits, so a retried submission gets the same token back, while a copy of the database
 * (which holds the key) is not enough to compute it. Without a key it is random.
 */
export function accessTokenFor(
  purpose: 'request' | 'feedback',
  idempotencyKey: string | undefined,
  secret: string = tokenSecret(),
): string {
  const bytes = idempotencyKey
    ? createHmac('sha256', secret).update(`blk-access-token:${purpose}:${idempotencyKey}`).digest()
    : randomBytes(ACCESS_TOKEN_BYTES);
  return formatAccessToken(encodeAccessToken(bytes));
}

/** What is stored for a token: the sha256 of its canonical form, never the token itself. */
export function accessTokenHash(token: string): string {
  return hashToken(normalizeAccessToken(token) ?? token);
}

/** JSON with object keys sorted and undefined members left out, so equal data gives equal text. */
function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value && typeof value === 'object' && !(value instanceof Date)) {
    const entries = Object.entries(value)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value ?? null);
}

/** sha256 of the canonical form of a validated submission, stored beside its idempotency key. */
export function payloadHash(payload: unknown): string {
  return createHash('sha256').update(canonicalJson(payload)).digest('hex');
}

/** A submission came with an idempotency key already used for other data. */
export class IdempotencyKeyReusedError extends AppError {
  constructor() {
    super('IDEMPOTENCY_KEY_REUSED', 'idempotency key reused with other data');
  }
}

/**
 * Answers a submission whose idempotency key is already stored: the same data gets the first
 * result back with the same token; other data under that key is refused with
 * IDEMPOTENCY_KEY_REUSED (rows from before payload hashes were kept are not compared).
 */
export function assertSameSubmission(
  existing: { accessTokenHash: string; payloadHash: string | null },
  accessToken: string,
  hash: string,
): void {
  if (existing.payloadHash !== null && existing.payloadHash !== hash)
    throw new IdempotencyKeyReusedError();
  // Only when the secret changed since (or the row predates derived tokens): the token we can
  // compute would not open it, so say so rather than hand out a useless one.
  if (existing.accessTokenHash !== accessTokenHash(accessToken))
    throw new AppError('CONFLICT_STALE_VERSION', 'stored token not derivable with this secret');
}

/** The columns that identify a stored public submission and make its retry safe. */
export interface SubmissionColumns {
  accessTokenHash: string;
  idempotencyKey: string | null;
  payloadHash: string | null;
}

/**
 * Starts a public submission (request or complaint) that an idempotency key makes safe to retry:
 * its access token, the columns that identify it, and the first submission stored under the same
 * key, if any (checked by `assertSameSubmission`: the caller returns it instead of a new one).
 */
export async function startSubmission<
  T extends { accessTokenHash: string; payloadHash: string | null },
>(
  purpose: 'request' | 'feedback',
  idempotencyKey: string | undefined,
  payload: unknown,
  storedUnder: (idempotencyKey: string) => Promise<T | null>,
): Promise<{ accessToken: string; columns: SubmissionColumns; existing: T | null }> {
  const accessToken = accessTokenFor(purpose, idempotencyKey);
  const hash = payloadHash(payload);
  const existing = idempotencyKey ? await storedUnder(idempotencyKey) : null;
  if (existing) assertSameSubmission(existing, accessToken, hash);
  return {
    accessToken,
    existing,
    columns: {
      accessTokenHash: accessTokenHash(accessToken),
      idempotencyKey: idempotencyKey ?? null,
      payloadHash: idempotencyKey ? hash : null,
    },
  };
}

/** The unique index a violation names (e.g. `Complaint_trackingCode_key`), or '' for any other error. */
function uniqueViolationTarget(error: unknown): string {
  const violation = constraintViolation(error);
  return violation?.sqlState === '23505' ? (violation.constraint ?? '') : '';
}

/**
 * Runs `insert` with a fresh random tracking code, retrying on the (rare) collision. When two
 * submissions race with one idempotency key, the loser's unique violation is answered with
 * `onIdempotencyRace()`, which returns the winner's result.
 */
export async function insertWithTrackingCode<T>(
  insert: (trackingCode: string) => Promise<T>,
  onIdempotencyRace?: () => Promise<T>,
): Promise<T> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await insert(generateTrackingCode((n) => randomBytes(n)));
    } catch (error) {
      const target = uniqueViolationTarget(error);
      if (onIdempotencyRace && /idempotency/i.test(target)) return onIdempotencyRace();
      if (/trackingCode/i.test(target) && attempt < 3) continue;
      throw error;
    }
  }
}
