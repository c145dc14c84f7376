import { PRIVACY_NOTICE_VERSION, type TrainingRequestInput } from '@blk/domain';
import { progressAfter, type SopDefinition, type TransitionEvent } from '@blk/sop';
import type { Prisma } from '../generated/prisma/client';

/** A Prisma client or an interactive transaction; every write here runs inside one. */
type Tx = Prisma.TransactionClient;

/** The request changed since the caller read it (another click, another officer). */
export class StaleVersionError extends Error {
  override readonly name = 'StaleVersionError';
}

const decimal = (n: number | null | undefined) =>
  n === null || n === undefined ? null : Number(n.toFixed(3));

/** The event row of an accepted transition; `seq` equals the request version it produced. */
function eventRow(
  requestId: string,
  seq: number,
  event: TransitionEvent,
  actorRole: string | null,
  isPublic: boolean,
) {
  const standard = event.standard;
  return {
    requestId,
    seq,
    at: event.at,
    actorType: event.actor.kind,
    actorStaffId: event.actor.staffId ?? null,
    actorRole,
    action: event.action,
    fromState: event.fromState,
    toState: event.toState,
    stepKey: event.stepKey,
    inputs: event.inputs as Prisma.InputJsonValue,
    isPublic,
    durationWorkingDays: decimal(event.durationWorkingDays),
    standardValue: standard && 'value' in standard ? standard.value : null,
    standardUnit: standard?.unit ?? null,
    dueAt: event.dueAt,
    onTime: event.onTime,
  };
}

/** What a new request needs besides the validated form input. */
export interface NewRequest {
  input: TrainingRequestInput;
  idempotencyKey?: string | null;
  /** sha256 of the canonical submitted data, compared when the idempotency key comes again. */
  payloadHash?: string | null;
  trackingCode: string;
  accessTokenHash: string;
  sopVersionId: string;
  initialState: string;
  firstDeadline: Date | null;
  submittedAt: Date;
}

/**
 * Writes a submitted request, its first event and its confirmation notification. Call inside a
 * transaction so the three land together.
 */
export async function insertTrainingRequest(tx: Tx, r: NewRequest) {
  const { input } = r;
  const requester = await tx.requester.create({
    data: {
      type: input.requesterType,
      organizationName: input.organizationName,
      contactName: input.contactName,
      phone: input.contactPhone,
      email: input.contactEmail ?? null,
      createdAt: r.submittedAt,
    },
  });
  const request = await tx.trainingRequest.create({
    data: {
      trackingCode: r.trackingCode,
      accessTokenHash: r.accessTokenHash,
      idempotencyKey: r.idempotencyKey ?? null,
      payloadHash: r.payloadHash ?? null,
      requesterId: requester.id,
      programId: input.programId ?? null,
      needDescription: input.needDescription ?? null,
      regionCode: input.regionCode,
      address: input.address,
      venueDetails: input.venueDetails ?? null,
      participantsExpected: input.participantsExpected,
      participantProfile: input.participantProfile ?? null,
      preferredStart: new Date(`${input.preferredStart}T00:00:00Z`),
      preferredEnd: new Date(`${input.preferredEnd}T00:00:00Z`),
      note: input.note ?? null,
      // The schema admits only a ticked consent; stored with the notice it was given for.
      consentAt: input.privacyConsent ? r.submittedAt : null,
      privacyNoticeVersion: input.privacyConsent ? PRIVACY_NOTICE_VERSION : null,
      sopVersionId: r.sopVersionId,
      state: r.initialState,
      stepStartedAt: r.submittedAt,
      stepDueAt: r.firstDeadline,
      submittedAt: r.submittedAt,
      createdAt: r.submittedAt,
    },
  });
  await tx.requestEvent.create({
    data: {
      requestId: request.id,
      seq: 1,
      at: r.submittedAt,
      actorType: 'requester',
      action: 'submit',
      toState: r.initialState,
      dueAt: r.firstDeadline,
    },
  });
  // Always an SMS (the phone is required and is what village officials read), and an e-mail too
  // when one was given.
  const payload = { trackingCode: r.trackingCode, organizationName: input.organizationName };
  await tx.notificationOutbox.createMany({
    data: [
      { channel: 'sms' as const, recipient: input.contactPhone },
      ...(input.contactEmail ? [{ channel: 'email' as const, recipient: input.contactEmail }] : []),
    ].map((to) => ({ ...to, template: 'request_submitted', payload, createdAt: r.submittedAt })),
  });
  return request;
}

/**
 * Stores an accepted transition: moves the request to its new step with the new deadline and
 * appends the event. The update only matches the version the caller saw, so two concurrent
 * transitions cannot both apply; the loser gets a StaleVersionError.
 */
export async function recordTransition(
  tx: Tx,
  args: {
    requestId: string;
    expectedVersion: number;
    definition: SopDefinition;
    event: TransitionEvent;
    deadline: Date | null;
    actorRole?: string | null;
  },
): Promise<{ version: number }> {
  const { event } = args;
  // The stored progress (step, start, deadline, closing) that lists read instead of the history.
  const updated = await tx.trainingRequest.updateMany({
    where: { id: args.requestId, version: args.expectedVersion },
    data: {
      ...progressAfter(args.definition, event, args.deadline),
      version: { increment: 1 },
    },
  });
  if (updated.count !== 1)
    throw new StaleVersionError(
      `request ${args.requestId} is no longer at version ${args.expectedVersion}`,
    );
  const version = args.expectedVersion + 1;
  await tx.requestEvent.create({
    data: eventRow(args.requestId, version, event, args.actorRole ?? null, true),
  });
  return { version };
}
