import { timingSafeEqual } from 'node:crypto';
import { hashToken } from '@blk/db';

/** True when `token` is the access token whose hash is stored; compares in constant time. */
export function tokenMatches(token: string, storedHash: string): boolean {
  if (token.length < 16 || token.length > 128) return false;
  const given = Buffer.from(hashToken(token));
  const stored = Buffer.from(storedHash);
  return given.length === stored.length && timingSafeEqual(given, stored);
}
