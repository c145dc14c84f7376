import { ATTENDANCE_STATUSES, idSchema, testScoresSchema } from '@blk/domain';
import { z } from 'zod';

/**
 * Inputs of the class-management mutations that packages/domain has no schema for yet (they are
 * server-only: the instructor app sends them as they are). Move them there when a form needs them.
 */
export { ATTENDANCE_STATUSES };

/** One day's attendance for some participants of a class. */
export const attendanceEntriesSchema = z
  .array(z.strictObject({ participantId: idSchema, status: z.enum(ATTENDANCE_STATUSES) }))
  .min(1)
  .max(60)
  .refine(
    (entries) => new Set(entries.map((e) => e.participantId)).size === entries.length,
    'common.duplicate_items',
  );

export { testScoresSchema };
