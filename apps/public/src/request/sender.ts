import type { Client } from 'urql';
import { graphql } from '../graphql';
import { MutationFailureFragment } from '../lib/failure';
import type { KeptLetter, Sender, SubmitResult, UploadResult } from './outbox';
import { type UploadOptions, uploadWithRetry } from './upload';

export const SubmitMutation = graphql(
  `
  mutation Request_Submit(
    $input: SubmitTrainingRequestInput!
    $idempotencyKey: String
    $letterUploadId: ID
  ) {
    submitTrainingRequest(
      input: $input
      idempotencyKey: $idempotencyKey
      letterUploadId: $letterUploadId
    ) {
      __typename
      ... on SubmitTrainingRequestSuccess {
        trackingCode
        accessToken
        submittedAt
        firstDeadline
      }
      ...MutationFailure
    }
  }
`,
  [MutationFailureFragment],
);

/** The queue's way to the API: XHR uploads with progress, and the submit mutation. */
export function createSender(client: Client, upload: UploadOptions = {}): Sender {
  return {
    async upload(letter: KeptLetter): Promise<UploadResult> {
      const outcome = await uploadWithRetry(letter.blob, letter.fileName, upload);
      if (outcome.ok)
        return {
          ok: true,
          uploadId: outcome.letter.uploadId,
          uploadedAt: outcome.letter.uploadedAt,
        };
      if (outcome.kind === 'type' || outcome.kind === 'size')
        return { ok: false, kind: 'refused', message: outcome.kind };
      if (outcome.kind === 'network' || outcome.kind === 'aborted')
        return { ok: false, kind: 'offline' };
      return { ok: false, kind: 'later' };
    },

    async submit(item, letterUploadId): Promise<SubmitResult> {
      const result = await client
        .mutation(
          SubmitMutation,
          { input: item.input, idempotencyKey: item.idempotencyKey, letterUploadId },
          { requestPolicy: 'network-only' },
        )
        .toPromise();
      if (result.error) return result.error.networkError ? { kind: 'offline' } : { kind: 'later' };
      const outcome = result.data?.submitTrainingRequest;
      if (!outcome) return { kind: 'later' };
      switch (outcome.__typename) {
        case 'SubmitTrainingRequestSuccess':
          return {
            kind: 'sent',
            trackingCode: outcome.trackingCode,
            accessToken: outcome.accessToken,
            submittedAt: outcome.submittedAt,
            firstDeadline: outcome.firstDeadline ?? null,
          };
        case 'ValidationError': {
          const letterGone = outcome.issues.some(
            (i) => i.code.startsWith('upload.') || i.path.split('.')[0] === 'letterUploadId',
          );
          const others = outcome.issues.filter(
            (i) => !i.code.startsWith('upload.') && i.path.split('.')[0] !== 'letterUploadId',
          );
          if (letterGone && others.length === 0) return { kind: 'letterExpired' };
          return {
            kind: 'refused',
            message: outcome.message,
            issues: outcome.issues.map((i) => ({ path: i.path, message: i.message })),
          };
        }
        case 'OperationError':
          return { kind: 'later' };
        default:
          // The key was used with other data, or the request cannot be taken: not by retrying.
          return { kind: 'refused', message: outcome.message, issues: [] };
      }
    },
  };
}
