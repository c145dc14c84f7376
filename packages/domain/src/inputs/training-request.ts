import { z } from 'zod';
import { phoneSchema } from '../phone';
import { villageCodeSchema } from '../regions';
import { REQUESTER_TYPES } from '../requester-types';
import { emailSchema, idSchema, isoDateSchema, optional, optionalText, text } from './fields';

/** A public request for a training at the requester's own place (pengajuan pelatihan). */
export const trainingRequestSchema = z
  .strictObject({
    requesterType: z.enum(REQUESTER_TYPES),
    organizationName: text(200, 2),
    contactName: text(100, 2),
    contactPhone: phoneSchema,
    contactEmail: optional(emailSchema),
    /** Desa/kelurahan where the training takes place. */
    regionCode: villageCodeSchema,
    address: text(500, 5),
    /** Room, power supply, access: what instructors need to know before they travel. */
    venueDetails: optionalText(1000),
    programId: optional(idSchema),
    /** Free description when no catalogue programme fits. */
    needDescription: optionalText(2000, 10),
    participantsExpected: z.int().min(1).max(100),
    participantProfile: optionalText(1000),
    preferredStart: isoDateSchema,
    preferredEnd: isoDateSchema,
    note: optionalText(2000),
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
    }
  });
export type TrainingRequestInput = z.output<typeof trainingRequestSchema>;

/** Client-chosen key that makes a retried submission return the first result instead of a copy. */
export const idempotencyKeySchema = z.uuid();
