import { formatTrackingCode, idempotencyKeySchema } from '@blk/domain';
import { builder } from '../../graphql/builder';
import type { Context } from '../../graphql/context';
import { ErrorInterface } from '../../graphql/error-types';
import type { ObjectFields } from '../../graphql/field-group';
import { validated } from '../../graphql/validate';
import { IdempotencyKeyReusedError } from './public-submission';

/**
 * What the public submissions (a training request, a complaint) declare alike: the tracking code
 * and access token they answer with, the key that makes a retry safe, and the pair the sender
 * comes back with. One declaration and one description each.
 */

builder.objectType(IdempotencyKeyReusedError, {
  name: 'IdempotencyKeyReusedError',
  description:
    'The idempotencyKey was already used for a submission with other data. Generate a new key for a new submission; retry only with the same data.',
  interfaces: [ErrorInterface],
});

/**
 * The tracking code of a request or a complaint as people read and type it:
 * `trackingCode: t.string(trackingCodeField)`.
 */
export const trackingCodeField = {
  description: 'Public tracking code, formatted XXXXX-XXXXX.',
  resolve: (r: { trackingCode: string }) => formatTrackingCode(r.trackingCode),
};

/** What a submission answers with; the access token is shown this once. */
export function receiptFields(t: ObjectFields<{ trackingCode: string; accessToken: string }>) {
  return {
    trackingCode: t.string(trackingCodeField),
    accessToken: t.exposeString('accessToken', {
      description:
        'Secret proving ownership, needed to follow it (and to act on a request): 16 Crockford base-32 characters shown as XXXX-XXXX-XXXX-XXXX. Typed back, case, spaces, dashes and O/0, I/L/1 mix-ups are ignored.',
    }),
  };
}

/** The key that makes retrying a submission safe. */
export const idempotencyKeyArgs = builder.args((t) => ({
  idempotencyKey: t.string({
    required: false,
    description: 'A UUID the client generates once per submission and reuses on every retry.',
  }),
}));

/** The validated key from `idempotencyKeyArgs`, if one was given. */
export function idempotencyKeyOf(
  args: { idempotencyKey?: string | null },
  ctx: Context,
): string | undefined {
  return args.idempotencyKey
    ? validated(idempotencyKeySchema, args.idempotencyKey, ctx)
    : undefined;
}

/** What the sender of a submission comes back with to follow it (or act on their request). */
export const publicAccessArgs = builder.args((t) => ({
  trackingCode: t.string({ required: true, description: 'Tracking code, with or without dash.' }),
  accessToken: t.string({
    required: true,
    description:
      'The access token shown at submission; case, spaces, dashes and O/0, I/L/1 mix-ups are ignored.',
  }),
}));
