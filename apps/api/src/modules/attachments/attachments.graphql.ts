import { builder } from '../../graphql/builder';
import { enumValues } from '../../graphql/enum-values';
import { mutationErrors } from '../../graphql/error-types';
import { requesterLookup } from '../requests/track.graphql';
import { publicAccessArgs } from '../shared/public-submission.graphql';
import { attachFileToRequest, attachToTrainingRequest } from './attach-to-request';
import { ATTACHMENT_KIND_LABELS, ATTACHMENT_KINDS } from './attachment-kinds';

export const AttachmentKindEnum = builder.enumType('AttachmentKind', {
  description: 'What an attached document is.',
  values: enumValues(ATTACHMENT_KINDS, (k) => ATTACHMENT_KIND_LABELS[k]),
});

/** A document attached to a training request; use it for the request's `attachments` field. */
export const RequestAttachmentType = builder.prismaObject('RequestAttachment', {
  description: 'A document attached to a training request (PDF, JPEG or PNG).',
  fields: (t) => ({
    id: t.exposeID('id'),
    kind: t.exposeString('kind'),
    fileName: t.exposeString('fileName'),
    mimeType: t.exposeString('mimeType'),
    sizeBytes: t.exposeInt('sizeBytes'),
    sha256: t.exposeString('sha256'),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    downloadUrl: t.string({
      description:
        'Path of the download on this API. Staff send their session cookie; the requester appends `?token=<access token>`.',
      resolve: (a) => `/attachments/${a.id}`,
    }),
  }),
});

/** The upload to attach and what it is: the arguments of both ways to attach a file. */
const uploadedFileArgs = builder.args((t) => ({
  uploadId: t.id({
    required: true,
    description: 'The `uploadId` returned by POST /uploads (valid for 24 hours).',
  }),
  kind: t.field({
    type: AttachmentKindEnum,
    required: true,
    description: 'What the document is: surat_permohonan, proposal, berkas_pelengkap or lainnya.',
  }),
}));

builder.mutationFields((t) => ({
  attachToTrainingRequest: t.field({
    type: RequestAttachmentType,
    description:
      'The requester attaches an uploaded file (POST /uploads) to their open request (public; needs the access token).',
    errors: mutationErrors(),
    args: { ...publicAccessArgs, ...uploadedFileArgs },
    resolve: (_root, args, ctx) =>
      attachToTrainingRequest(ctx, requesterLookup(args, ctx), {
        uploadId: String(args.uploadId),
        kind: args.kind,
      }),
  }),
  attachFileToRequest: t.field({
    type: RequestAttachmentType,
    description: 'Staff attach an uploaded file (POST /uploads) to a request.',
    errors: mutationErrors(),
    authScopes: { staff: true },
    args: {
      requestId: t.arg.id({ required: true, description: 'The training request.' }),
      ...uploadedFileArgs,
    },
    resolve: (_root, args, ctx) =>
      attachFileToRequest(ctx, {
        requestId: String(args.requestId),
        uploadId: String(args.uploadId),
        kind: args.kind,
      }),
  }),
}));
