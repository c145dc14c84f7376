import { timingSafeEqual } from 'node:crypto';
import { hashToken } from '@blk/db';
import { normalizeAccessToken } from '@blk/domain';

/**
 * True when `token`, as typed (any case, dashes, O/0, I/L/1), is the access token whose hash is
 * stored; compares in constant time.
 */
export function tokenMatches(token: string, storedHash: string): boolean {
  const canonical = normalizeAccessToken(token);
  if (!canonical) return false;
  const given = Buffer.from(hashToken(canonical));
  const stored = Buffer.from(storedHash);
  return given.length === stored.length && timingSafeEqual(given, stored);
}
