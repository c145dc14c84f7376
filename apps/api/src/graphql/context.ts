import type { Database, PrismaClient } from '@blk/db';
import { createWorkingCalendar, type Lang, type WorkingCalendar } from '@blk/domain';
import type { RequestScope } from '../http/request-scope';
import type { AttachmentStorage } from '../modules/attachments/storage';
import { databaseCache } from './database-cache';
import type { MaybePromise } from './maybe-promise';

/** Who is calling: the public (no login), a staff member (session cookie) or an integrator (API key). */
export type Viewer =
  | {
      kind: 'anonymous';
      /**
       * Set when the caller's cookie belongs to a training device whose session was revoked:
       * what it sends is refused with DEVICE_SESSION_REVOKED instead of UNAUTHENTICATED, so the
       * device can say why it was signed out.
       */
      revokedDevice?: { name: string | null; revokedAt: Date };
    }
  | {
      kind: 'staff';
      sessionId: string;
      user: {
        id: string;
        email: string;
        name: string;
        roleKey: string;
        instructorId: string | null;
      };
    }
  | {
      kind: 'integrator';
      apiKey: { id: string; name: string; scopes: string[]; mode: 'test' | 'live' };
    };

/** Per-request context handed to every resolver; also the request's scope for the HTTP layer. */
export interface Context extends RequestScope {
  db: Database;
  prisma: PrismaClient;
  viewer: Viewer;
  lang: Lang;
  requestId: string;
  ip: string;
  userAgent: string | null;
  /** The clock; tests move it. */
  now(): Date;
  /**
   * The working-day calendar from the holiday table, cached per process until holidays change
   * (the calendar itself once loaded).
   */
  calendar(): MaybePromise<WorkingCalendar>;
  /** Sets or clears the session cookie (HTTP only; a no-op in executeOperation tests). */
  setSessionCookie(token: string | null, expiresAt?: Date): void;
  /** The app's attachment store (uploads, attached files, generated reports). */
  attachments(): AttachmentStorage;
}

/** Loads the holiday list into a calendar (cuti bersama marked as working days are skipped). */
export async function loadCalendar(prisma: PrismaClient): Promise<WorkingCalendar> {
  const days = await prisma.holiday.findMany({ where: { isDayOff: true }, select: { date: true } });
  return createWorkingCalendar(days.map((d) => d.date.toISOString().slice(0, 10)));
}

/**
 * The working-day calendar of a database, loaded once and kept until holidays change: changes
 * made through this process clear it at once ({@link forgetCalendar}); another API process sees
 * them within a minute.
 */
const calendars = databaseCache(loadCalendar, 60_000);

/** The calendar of a database, loaded once and kept until holidays change (or a minute passes). */
export function cachedCalendar(prisma: PrismaClient): MaybePromise<WorkingCalendar> {
  return calendars.get(prisma);
}

/** Drops the cached calendar after a holiday was added, changed or removed. */
export function forgetCalendar(prisma: PrismaClient): void {
  calendars.forget(prisma);
}

/** Builds a context; HTTP fills in the viewer and the app's attachment store, tests may pass their own. */
export function createContext(
  db: Database,
  init: Partial<
    Omit<Context, 'db' | 'prisma' | 'calendar' | 'attachments' | 'retryAfterSeconds'>
  > & {
    attachments?: AttachmentStorage;
  } = {},
): Context {
  const { attachments } = init;
  return {
    db,
    prisma: db.prisma,
    viewer: init.viewer ?? { kind: 'anonymous' },
    lang: init.lang ?? 'id',
    requestId: init.requestId ?? crypto.randomUUID(),
    ip: init.ip ?? '127.0.0.1',
    userAgent: init.userAgent ?? null,
    now: init.now ?? (() => new Date()),
    calendar: () => cachedCalendar(db.prisma),
    setSessionCookie: init.setSessionCookie ?? (() => {}),
    attachments: () => {
      if (!attachments) throw new Error('this context has no attachment storage');
      return attachments;
    },
  };
}
