import { type Database, hashToken, type Prisma, randomToken } from '@blk/db';
import { DEVICE_SESSION_DAYS } from '@blk/domain';
import type { Request } from 'express';
import type { Viewer } from '../../graphql/context';
import { sessionCookieToken } from './session-cookie';

/** A session lasts 12 hours of inactivity (one working day plus margin) and 7 days at most. */
export const SESSION_IDLE_MS = 12 * 60 * 60 * 1000;
export const SESSION_MAX_MS = 7 * 24 * 60 * 60 * 1000;
/**
 * A training device's session (opted into at sign-in, with a name) lasts 21 days from sign-in,
 * signal or not: no idle limit, since the tablet may be offline for days. The admin revokes it.
 */
export const DEVICE_SESSION_MS = DEVICE_SESSION_DAYS * 24 * 60 * 60 * 1000;
/** lastSeenAt is refreshed at most this often, so reads do not each cost a write. */
const TOUCH_EVERY_MS = 5 * 60 * 1000;

/**
 * Starts a session; the raw token goes to the cookie, only its hash to the database. With a
 * device name it is a training device's session ({@link DEVICE_SESSION_MS}); the device keeps
 * only the cookie, never a password.
 */
export async function createSession(
  client: Pick<Prisma.TransactionClient, 'staffSession'>,
  userId: string,
  meta: { ip: string; userAgent: string | null; deviceName?: string },
  now = new Date(),
) {
  const token = randomToken(32);
  const device = meta.deviceName !== undefined;
  const expiresAt = new Date(now.getTime() + (device ? DEVICE_SESSION_MS : SESSION_IDLE_MS));
  const session = await client.staffSession.create({
    data: {
      tokenHash: hashToken(token),
      userId,
      expiresAt,
      createdAt: now,
      lastSeenAt: now,
      ip: meta.ip,
      userAgent: meta.userAgent?.slice(0, 300) ?? null,
      device,
      deviceName: meta.deviceName ?? null,
    },
  });
  return { token, expiresAt, sessionId: session.id };
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
  const token = sessionCookieToken(req);
  if (!token) return { kind: 'anonymous' };
  const session = await db.prisma.staffSession.findUnique({
    where: { tokenHash: hashToken(token) },
    include: { user: true },
    relationLoadStrategy: 'join',
  });
  if (session?.device && session.revokedAt && session.expiresAt > now)
    return {
      kind: 'anonymous',
      revokedDevice: { name: session.deviceName, revokedAt: session.revokedAt },
    };
  if (!session || session.revokedAt || session.expiresAt <= now || !session.user.active)
    return { kind: 'anonymous' };
  const maxMs = session.device ? DEVICE_SESSION_MS : SESSION_MAX_MS;
  if (now.getTime() - session.createdAt.getTime() > maxMs) return { kind: 'anonymous' };
  if (now.getTime() - session.lastSeenAt.getTime() > TOUCH_EVERY_MS) {
    await db.prisma.staffSession.update({
      where: { id: session.id },
      // A device session keeps its end date; an ordinary one slides with use.
      data: session.device
        ? { lastSeenAt: now }
        : { lastSeenAt: now, expiresAt: new Date(now.getTime() + SESSION_IDLE_MS) },
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
