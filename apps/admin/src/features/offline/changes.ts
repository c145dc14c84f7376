import type { AttendanceStatus } from '@blk/domain';
import { stringifyDocument } from 'urql';
import { graphql, type ResultOf } from '../../lib/graphql';
import { MutationFailureFragment } from '../admin-common/failure';

/**
 * The class changes an instructor can make without signal, as they wait in the device's queue.
 * Each is sent as one GraphQL mutation carrying the item's id as `clientMutationId`, so the server
 * applies it once however often it is sent (docs/api.md § 9).
 */
export type ClassChange =
  | {
      kind: 'attendance';
      sessionId: string;
      /** "Hari 2 (12 Januari 2027)", to name the item on screen. */
      label: string;
      entries: { participantId: string; name: string; status: AttendanceStatus }[];
      /** When the marks were made on the device (ISO); the latest mark of a day wins. */
      markedAt: string;
    }
  | {
      kind: 'scores';
      participantId: string;
      name: string;
      preTestScore?: number;
      postTestScore?: number;
    }
  | {
      kind: 'participant';
      input: {
        nik: string;
        name: string;
        birthDate: string;
        sex: string;
        education: string;
        phone: string | null;
        address: string;
      };
    };

/** Why the server refused a change: its code and message, in the language it was sent in. */
export interface Refusal {
  code: string;
  message: string;
  /** Field issues of a ValidationError. */
  issues?: { path: string; message: string }[];
}

/** A mark the server kept over this device's own (a later one, from this or another device). */
export interface Overridden {
  name: string;
  sent: AttendanceStatus;
  kept: AttendanceStatus;
  by: string | null;
  markedAt: string;
}

/** One change on the device. */
export interface QueueItem {
  /** The client id (a UUID), also the mutation's clientMutationId. */
  id: string;
  /** Order of making; replayed in this order. */
  seq: number;
  createdAt: string;
  /** The class it belongs to, and the staff account that made it. */
  scheduleId: string;
  userId: string;
  /** The language server messages should come back in. */
  lang: 'id' | 'en';
  change: ClassChange;
  /**
   * pending: waits for signal; refused: the server said no (see refusal), waits for the user;
   * overridden: stored, but some marks lost to later ones (see overridden), waits to be read.
   */
  state: 'pending' | 'refused' | 'overridden';
  refusal?: Refusal;
  overridden?: Overridden[];
  /** Failed sends so far (network), for the screen. */
  attempts: number;
}

// Typed documents like every other mutation of the app (checked by gql-tada and by the API's own
// rules in src/documents.test.ts), sent as text by the replay's own fetch.
const RecordAttendance = graphql(
  `
    mutation OfflineQueue_RecordAttendance(
      $sessionId: ID!
      $entries: [AttendanceEntryInput!]!
      $markedAt: DateTime
      $clientMutationId: ID
    ) {
      recordAttendance(
        sessionId: $sessionId
        entries: $entries
        markedAt: $markedAt
        clientMutationId: $clientMutationId
      ) {
        __typename
        ... on TrainingSession {
          id
          attendance {
            participantId
            status
            markedAt
            recordedByName
          }
        }
        ...MutationFailure
      }
    }
  `,
  [MutationFailureFragment],
);

const RecordTestScores = graphql(
  `
    mutation OfflineQueue_RecordTestScores(
      $participantId: ID!
      $preTestScore: Float
      $postTestScore: Float
      $clientMutationId: ID
    ) {
      recordTestScores(
        participantId: $participantId
        preTestScore: $preTestScore
        postTestScore: $postTestScore
        clientMutationId: $clientMutationId
      ) {
        __typename
        ... on Participant {
          id
          preTestScore
          postTestScore
        }
        ...MutationFailure
      }
    }
  `,
  [MutationFailureFragment],
);

const AddParticipant = graphql(
  `
    mutation OfflineQueue_AddParticipant(
      $scheduleId: ID!
      $input: ParticipantInput!
      $clientMutationId: ID
    ) {
      addParticipant(scheduleId: $scheduleId, input: $input, clientMutationId: $clientMutationId) {
        __typename
        ... on Participant {
          id
          name
        }
        ...MutationFailure
      }
    }
  `,
  [MutationFailureFragment],
);

/** The GraphQL request that sends an item. */
export function requestOf(item: QueueItem): { query: string; variables: Record<string, unknown> } {
  const { change } = item;
  const clientMutationId = item.id;
  switch (change.kind) {
    case 'attendance':
      return {
        query: stringifyDocument(RecordAttendance),
        variables: {
          sessionId: change.sessionId,
          entries: change.entries.map(({ participantId, status }) => ({ participantId, status })),
          markedAt: change.markedAt,
          clientMutationId,
        },
      };
    case 'scores':
      return {
        query: stringifyDocument(RecordTestScores),
        variables: {
          participantId: change.participantId,
          ...(change.preTestScore === undefined ? {} : { preTestScore: change.preTestScore }),
          ...(change.postTestScore === undefined ? {} : { postTestScore: change.postTestScore }),
          clientMutationId,
        },
      };
    case 'participant':
      return {
        query: stringifyDocument(AddParticipant),
        variables: { scheduleId: item.scheduleId, input: change.input, clientMutationId },
      };
  }
}

/** What became of one send. */
export type SendResult =
  | { kind: 'saved'; overridden: Overridden[] }
  | { kind: 'refused'; refusal: Refusal }
  /** No answer (no signal, server down): try again later. */
  | { kind: 'offline' }
  /** The session ended (signed out, expired): sign in again, then it goes. */
  | { kind: 'signed-out' }
  /**
   * The device's training session was revoked: this and every later change of the account is
   * held (not applied, kept on the device, shown with the reason) until its owner signs in
   * again and sends them knowingly.
   */
  | { kind: 'revoked'; refusal: Refusal };

/** One mutation's result, as any of the three documents above may return it. */
type Answer =
  | ResultOf<typeof RecordAttendance>['recordAttendance']
  | ResultOf<typeof RecordTestScores>['recordTestScores']
  | ResultOf<typeof AddParticipant>['addParticipant'];

/**
 * Reads the server's JSON answer to an item. A refused call comes back as an error member of the
 * result union; a request error UNAUTHENTICATED means the session is gone (sign in again),
 * DEVICE_SESSION_REVOKED that the admin signed this device out; other request errors are
 * refusals too (the item is shown, never dropped).
 */
export function readAnswer(
  item: QueueItem,
  body: {
    data?: Record<string, Answer | null> | null;
    errors?: { message: string; extensions?: { code?: string } }[];
  },
): SendResult {
  const error = body.errors?.[0];
  if (error) {
    const code = error.extensions?.code ?? 'INTERNAL';
    if (code === 'UNAUTHENTICATED') return { kind: 'signed-out' };
    if (code === 'DEVICE_SESSION_REVOKED')
      return { kind: 'revoked', refusal: { code, message: error.message } };
    // Too many calls at once: the same change goes again a little later.
    if (code === 'RATE_LIMITED') return { kind: 'offline' };
    return { kind: 'refused', refusal: { code, message: error.message } };
  }
  const answer = Object.values(body.data ?? {})[0];
  if (!answer) return { kind: 'refused', refusal: { code: 'INTERNAL', message: '' } };
  if ('errorCode' in answer)
    return {
      kind: 'refused',
      refusal: {
        code: answer.errorCode,
        message: answer.message,
        ...('issues' in answer && answer.issues?.length ? { issues: [...answer.issues] } : {}),
      },
    };
  const { change } = item;
  if (change.kind !== 'attendance' || !('attendance' in answer))
    return { kind: 'saved', overridden: [] };
  // The server keeps the mark made last; where the day now holds another status than this item
  // sent, a later mark won, and the instructor is told whose.
  const now = new Map(answer.attendance.map((a) => [a.participantId, a]));
  const overridden: Overridden[] = [];
  for (const e of change.entries) {
    const kept = now.get(e.participantId);
    if (kept && kept.status !== e.status)
      overridden.push({
        name: e.name,
        sent: e.status,
        kept: kept.status,
        by: kept.recordedByName,
        markedAt: kept.markedAt,
      });
  }
  return { kind: 'saved', overridden };
}
