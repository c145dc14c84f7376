import { type Database, hashToken, randomToken } from '@blk/db';
import { parseCookie } from 'cookie';
import type { Request } from 'express';
import type { Viewer } from '../../graphql/context';
import { SESSION_COOKIE } from '../../http/graphql';

/** A session lasts 12 hours of inactivity (one working day plus margin) and 7 days at most. */
export const SESSION_IDLE_MS = 12 * 60 * 60 * 1000;
export const SESSION_MAX_MS = 7 * 24 * 60 * 60 * 1000;
/** lastSeenAt is refreshed at most this often, so reads do not each cost a write. */
const TOUCH_EVERY_MS = 5 * 60 * 1000;

/** Starts a session; the raw token goes to the cookie, only its hash to the database. */
export async function createSession(
  db: Database,
  userId: string,
  meta: { ip: string; userAgent: string | null },
  now = new Date(),
) {
  const token = randomToken(32);
  const expiresAt = new Date(now.getTime() + SESSION_IDLE_MS);
  await db.prisma.staffSession.create({
    data: {
      tokenHash: hashToken(token),
      userId,
      expiresAt,
      createdAt: now,
      lastSeenAt: now,
      ip: meta.ip,
      userAgent: meta.userAgent?.slice(0, 300) ?? null,
    },
  });
  return { token, expiresAt };
}

/**
 * Finds the caller from the session cookie or an `Authorization: Bearer <api key>` header.
 * Anything missing, expired, revoked or malformed is simply anonymous.
 */
export async function resolveViewer(req: Request, db: Database, now = new Date()): Promise<Viewer> {
  const bearer = /^Bearer\s+(\S{20,200})$/i.exec(req.headers.authorization ?? '')?.[1];
  if (bearer) {
    const key = await db.prisma.apiKey.findUnique({ where: { keyHash: hashToken(bearer) } });
    if (!key || key.revokedAt) return { kind: 'anonymous' };
    return {
      kind: 'integrator',
      apiKey: { id: key.id, name: key.name, scopes: key.scopes, mode: key.mode },
    };
  }
  const token = parseCookie(req.headers.cookie ?? '')[SESSION_COOKIE];
  if (!token || token.length > 200) return { kind: 'anonymous' };
  const session = await db.prisma.staffSession.findUnique({
    where: { tokenHash: hashToken(token) },
    include: { user: true },
  });
  if (!session || session.revokedAt || session.expiresAt <= now || !session.user.active)
    return { kind: 'anonymous' };
  if (now.getTime() - session.createdAt.getTime() > SESSION_MAX_MS) return { kind: 'anonymous' };
  if (now.getTime() - session.lastSeenAt.getTime() > TOUCH_EVERY_MS) {
    await db.prisma.staffSession.update({
      where: { id: session.id },
      data: { lastSeenAt: now, expiresAt: new Date(now.getTime() + SESSION_IDLE_MS) },
    });
  }
  const { user } = session;
  return {
    kind: 'staff',
    sessionId: session.id,
    user: {
      id: user.id,
      email: user.email,
      name: user.name,
      roleKey: user.roleKey,
      instructorId: user.instructorId,
    },
  };
}
