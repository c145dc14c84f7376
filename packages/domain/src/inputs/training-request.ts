import { z } from 'zod';
import { phoneSchema } from '../phone';
import { privacyConsentSchema } from '../privacy';
import { checkWindowLength } from '../program-rules';
import { villageCodeSchema } from '../regions';
import { REQUESTER_TYPES } from '../requester-types';
import {
  decimalInput,
  emailSchema,
  idSchema,
  isoDateSchema,
  multilineText,
  optional,
  optionalMultilineText,
  text,
} from './fields';

/** A public request for a training at the requester's own place (pengajuan pelatihan). */
export const trainingRequestSchema = z
  .strictObject({
    requesterType: z.enum(REQUESTER_TYPES),
    organizationName: text(200, 2),
    contactName: text(100, 2),
    contactPhone: phoneSchema,
    contactEmail: optional(emailSchema),
    /** The requester ticked "Saya telah membaca pemberitahuan privasi dan menyetujui …". */
    privacyConsent: privacyConsentSchema,
    /** Desa/kelurahan where the training takes place. */
    regionCode: villageCodeSchema,
    address: multilineText(500, 5),
    /** Room, power supply, access: what instructors need to know before they travel. */
    venueDetails: optionalMultilineText(1000),
    programId: optional(idSchema),
    /** Free description when no catalogue program fits. */
    needDescription: optionalMultilineText(2000, 10),
    /** Typed on the form as text ("16"); the API sends a number. */
    participantsExpected: decimalInput(z.int().min(1).max(100)),
    participantProfile: optionalMultilineText(1000),
    preferredStart: isoDateSchema,
    preferredEnd: isoDateSchema,
    note: optionalMultilineText(2000),
  })
  .superRefine((r, ctx) => {
    if (r.programId === undefined && r.needDescription === undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['needDescription'],
        message: 'request.program_or_need',
      });
    }
    if (r.preferredEnd < r.preferredStart) {
      ctx.addIssue({ code: 'custom', path: ['preferredEnd'], message: 'date.end_before_start' });
    } else {
      // The start's bound needs today, so checkPreferredWindow applies it; the length does not.
      for (const issue of checkWindowLength(r.preferredStart, r.preferredEnd, ['preferredEnd']))
        ctx.addIssue({ ...issue });
    }
  });
export type TrainingRequestInput = z.output<typeof trainingRequestSchema>;

/** Client-chosen key that makes a retried submission return the first result instead of a copy. */
export const idempotencyKeySchema = z.uuid();
