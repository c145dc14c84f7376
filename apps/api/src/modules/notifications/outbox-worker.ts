import { randomBytes } from 'node:crypto';
import os from 'node:os';
import type { NotificationOutbox, PrismaClient } from '@blk/db';
import type { Logger } from 'pino';
import { renderNotification } from './templates';
import type { NotificationTransport } from './transport';

/**
 * A message still `sending` this long after its claim (renewed just before its delivery starts)
 * belongs to a worker that died. One delivery is bounded well below it: SMTP and the SMS gateway
 * time out within a minute.
 */
export const STUCK_AFTER_MS = 3 * 60 * 1000;

/** Wait before attempt n+1 after n failed attempts: 1, 4, 16, 64 min…, at most 6 hours. */
export function retryDelayMs(failedAttempts: number): number {
  return Math.min(6 * 60 * 60 * 1000, 60_000 * 4 ** Math.max(0, failedAttempts - 1));
}

/** Options of one outbox worker. */
export interface OutboxWorkerOptions {
  /** Base URL of the public app, for the tracking link in every message. */
  publicUrl?: string | undefined;
  transport: NotificationTransport;
  maxAttempts: number;
  /** Distinguishes this worker's claims from other processes'. */
  workerId?: string;
  batchSize?: number;
  logger?: Logger;
  now?: () => Date;
  /** Called when the worker is alive: at each pass, after each batch, before each delivery. */
  onBeat?: () => void;
}

/** A name for this process's worker: host, pid and a random suffix. */
export function newWorkerId(): string {
  return `${os.hostname()}:${process.pid}:${randomBytes(3).toString('hex')}`;
}

/**
 * Claims up to `limit` due pending messages for `workerId` and returns them. One statement, safe
 * with any number of workers: on PostgreSQL, FOR UPDATE SKIP LOCKED lets concurrent workers take
 * disjoint rows without waiting; on PGlite (one process, one connection) it is a plain update.
 * The claim counts as an attempt, so a message that crashes its worker still runs out of tries.
 */
export async function claimDueMessages(
  prisma: PrismaClient,
  workerId: string,
  now: Date,
  limit: number,
): Promise<NotificationOutbox[]> {
  const claimed = await prisma.$queryRaw<{ id: string }[]>`
    UPDATE "NotificationOutbox"
    SET "status" = 'sending', "lockedBy" = ${workerId}, "lockedAt" = ${now}, "attempts" = "attempts" + 1
    WHERE "id" IN (
      SELECT "id" FROM "NotificationOutbox"
      WHERE "status" = 'pending' AND "nextAttemptAt" <= ${now}
      ORDER BY "nextAttemptAt", "id"
      LIMIT ${limit}
      FOR UPDATE SKIP LOCKED
    )
    RETURNING "id"`;
  if (claimed.length === 0) return [];
  return prisma.notificationOutbox.findMany({
    where: { id: { in: claimed.map((r) => r.id) } },
    orderBy: [{ nextAttemptAt: 'asc' }, { id: 'asc' }],
  });
}

/**
 * Returns messages stuck in `sending` (their worker died mid-delivery) to `pending`, or marks
 * them failed when they have used up their attempts.
 */
export async function recoverStuckMessages(
  prisma: PrismaClient,
  now: Date,
  maxAttempts: number,
): Promise<number> {
  const stuck = {
    status: 'sending' as const,
    lockedAt: { lt: new Date(now.getTime() - STUCK_AFTER_MS) },
  };
  const lastError = 'delivery interrupted: the worker stopped while sending';
  const failed = await prisma.notificationOutbox.updateMany({
    where: { ...stuck, attempts: { gte: maxAttempts } },
    data: { status: 'failed', lockedAt: null, lockedBy: null, lastError },
  });
  const retried = await prisma.notificationOutbox.updateMany({
    where: stuck,
    data: { status: 'pending', lockedAt: null, lockedBy: null, nextAttemptAt: now, lastError },
  });
  return failed.count + retried.count;
}

/** What one pass did. */
export interface DrainResult {
  sent: number;
  retried: number;
  failed: number;
}

/** Claims one batch of due messages and delivers each; failures are rescheduled or failed. */
export async function drainOutboxOnce(
  prisma: PrismaClient,
  options: OutboxWorkerOptions,
): Promise<DrainResult> {
  const now = (options.now ?? (() => new Date()))();
  const workerId = options.workerId ?? newWorkerId();
  const messages = await claimDueMessages(prisma, workerId, now, options.batchSize ?? 10);
  const result: DrainResult = { sent: 0, retried: 0, failed: 0 };
  for (const message of messages) {
    // Only our own, still-current claim may be settled (a recovered row may be someone else's now).
    // The claim is renewed right before the delivery, so a batch that takes long is not mistaken
    // for a dead worker's; a claim recovered meanwhile is left to its new owner.
    options.onBeat?.();
    const beat = (options.now ?? (() => new Date()))();
    const renewed = await prisma.notificationOutbox.updateMany({
      where: { id: message.id, status: 'sending', lockedBy: workerId },
      data: { lockedAt: beat },
    });
    if (renewed.count !== 1) continue;
    const ours = { id: message.id, status: 'sending' as const, lockedBy: workerId, lockedAt: beat };
    try {
      const deliveredTo = await options.transport.deliver({
        id: message.id,
        channel: message.channel,
        recipient: message.recipient,
        rendered: renderNotification(message.template, message.payload, {
          publicUrl: options.publicUrl,
        }),
      });
      await prisma.notificationOutbox.updateMany({
        where: ours,
        data: {
          status: 'sent',
          sentAt: now,
          deliveredTo,
          lockedAt: null,
          lockedBy: null,
          lastError: null,
        },
      });
      result.sent++;
    } catch (error) {
      const giveUp = message.attempts >= options.maxAttempts;
      const lastError = String((error as Error)?.message ?? error).slice(0, 500);
      await prisma.notificationOutbox.updateMany({
        where: ours,
        data: {
          status: giveUp ? 'failed' : 'pending',
          nextAttemptAt: giveUp
            ? message.nextAttemptAt
            : new Date(now.getTime() + retryDelayMs(message.attempts)),
          lockedAt: null,
          lockedBy: null,
          lastError,
        },
      });
      if (giveUp) result.failed++;
      else result.retried++;
      options.logger?.warn(
        { outboxId: message.id, attempts: message.attempts, giveUp, err: error },
        'notification delivery failed',
      );
    }
  }
  return result;
}

/**
 * Longest a single delivery may take (SMTP: 20 s to connect, 30 s per socket read; the SMS
 * gateway: 15 s). A worker inside one delivery does not beat, so it is given this much on top of
 * its poll intervals before it counts as stalled.
 */
export const DELIVERY_ALLOWANCE_MS = 60_000;

/** Whether this process's outbox worker is alive, for /readyz. */
export interface OutboxHeartbeat {
  /** When the worker last showed it was alive (null before its first pass). */
  lastBeatAt(): Date | null;
  /** How long without a beat before the worker counts as stalled. */
  readonly staleAfterMs: number;
}

/** The heartbeat as /readyz reports it: stalled once no beat came for `staleAfterMs`. */
export function outboxReadiness(heartbeat: OutboxHeartbeat, nowMs: number) {
  const last = heartbeat.lastBeatAt();
  return {
    lastBeatAt: last?.toISOString() ?? null,
    staleAfterMs: heartbeat.staleAfterMs,
    stalled: last === null || nowMs - last.getTime() > heartbeat.staleAfterMs,
  };
}

/** Options of the worker loop on top of one pass's. */
export interface OutboxLoopOptions extends OutboxWorkerOptions {
  pollMs: number;
  /** Poll intervals (plus the delivery allowance) without a beat before /readyz fails; 3. */
  stalePolls?: number;
  /** Added to the stale threshold for a delivery in progress; DELIVERY_ALLOWANCE_MS. */
  deliveryAllowanceMs?: number;
}

/**
 * Runs the outbox worker in this process: every `pollMs` it recovers stuck messages and drains
 * due ones, batch after batch. `stop()` ends the loop after the batch in progress. Its heartbeat
 * beats at every pass, after every batch and before every delivery; a worker whose loop died or
 * hangs stops beating, and /readyz reports it.
 */
export function startOutboxWorker(
  prisma: PrismaClient,
  options: OutboxLoopOptions,
): { stop(): Promise<void>; heartbeat: OutboxHeartbeat } {
  let lastBeat: Date | null = null;
  const clock = options.now ?? (() => new Date());
  const beat = () => {
    lastBeat = clock();
    options.onBeat?.();
  };
  const settings = { ...options, workerId: options.workerId ?? newWorkerId(), onBeat: beat };
  const batchSize = settings.batchSize ?? 10;
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let pass: Promise<void> = Promise.resolve();
  const heartbeat: OutboxHeartbeat = {
    lastBeatAt: () => lastBeat,
    staleAfterMs:
      (options.stalePolls ?? 3) * options.pollMs +
      (options.deliveryAllowanceMs ?? DELIVERY_ALLOWANCE_MS),
  };

  const runPass = async () => {
    beat();
    try {
      const now = (settings.now ?? (() => new Date()))();
      const recovered = await recoverStuckMessages(prisma, now, settings.maxAttempts);
      if (recovered) settings.logger?.warn({ recovered }, 'recovered stuck notifications');
      while (!stopped) {
        const r = await drainOutboxOnce(prisma, settings);
        beat();
        if (r.sent + r.retried + r.failed) settings.logger?.info(r, 'notification outbox drained');
        if (r.sent + r.retried + r.failed < batchSize) break;
      }
    } catch (error) {
      settings.logger?.error({ err: error }, 'notification outbox pass failed');
    }
    if (!stopped) {
      timer = setTimeout(() => {
        pass = runPass();
      }, settings.pollMs);
      timer.unref();
    }
  };
  pass = runPass();
  return {
    heartbeat,
    async stop() {
      stopped = true;
      clearTimeout(timer);
      await pass;
    },
  };
}
