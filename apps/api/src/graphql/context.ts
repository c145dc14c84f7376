import type { Database, PrismaClient } from '@blk/db';
import { createWorkingCalendar, type Lang, type WorkingCalendar } from '@blk/domain';

/** Who is calling: the public (no login), a staff member (session cookie) or an integrator (API key). */
export type Viewer =
  | { kind: 'anonymous' }
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

/** Per-request context handed to every resolver. */
export interface Context {
  db: Database;
  prisma: PrismaClient;
  viewer: Viewer;
  lang: Lang;
  requestId: string;
  ip: string;
  userAgent: string | null;
  /** The clock; tests move it. */
  now(): Date;
  /** The working-day calendar from the holiday table, loaded once per request. */
  calendar(): Promise<WorkingCalendar>;
  /** Sets or clears the session cookie (HTTP only; a no-op in executeOperation tests). */
  setSessionCookie(token: string | null, expiresAt?: Date): void;
}

/** Loads the holiday list into a calendar (cuti bersama marked as working days are skipped). */
export async function loadCalendar(prisma: PrismaClient): Promise<WorkingCalendar> {
  const days = await prisma.holiday.findMany({ where: { isDayOff: true }, select: { date: true } });
  return createWorkingCalendar(days.map((d) => d.date.toISOString().slice(0, 10)));
}

/** Builds a context; HTTP fills in the viewer, tests may pass their own. */
export function createContext(
  db: Database,
  init: Partial<Omit<Context, 'db' | 'prisma' | 'calendar'>> = {},
): Context {
  let calendar: Promise<WorkingCalendar> | undefined;
  return {
    db,
    prisma: db.prisma,
    viewer: init.viewer ?? { kind: 'anonymous' },
    lang: init.lang ?? 'id',
    requestId: init.requestId ?? crypto.randomUUID(),
    ip: init.ip ?? '127.0.0.1',
    userAgent: init.userAgent ?? null,
    now: init.now ?? (() => new Date()),
    calendar: () => {
      calendar ??= loadCalendar(db.prisma);
      return calendar;
    },
    setSessionCookie: init.setSessionCookie ?? (() => {}),
  };
}
