import { z } from 'zod';
import { optionalText } from './fields';

/** Most documents a requester sends in one answer (a letter of a few photographed pages). */
export const MAX_ANSWER_DOCUMENTS = 10;

/**
 * The requester's answer to the office's request for completion (Kirim kelengkapan): the
 * uploads (POST /uploads ids) and a note. Whether the SOP step needs a document is the SOP's
 * rule; this schema only bounds the shape, for the tracking page and the API alike.
 */
export const requesterAnswerSchema = z.strictObject({
  uploadIds: z
    .array(z.uuid({ error: 'upload.not_found' }))
    .max(MAX_ANSWER_DOCUMENTS, { error: 'answer.too_many_documents' }),
  note: optionalText(1000),
});
export type RequesterAnswerInput = z.output<typeof requesterAnswerSchema>;
