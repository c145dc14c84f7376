import { z } from 'zod';
import { nikMatches, nikSchema, SEXES } from '../nik';
import { phoneSchema } from '../phone';
import { isoDateSchema, multilineText, optional, text } from './fields';
import { EDUCATION_LEVELS } from './survey';

/** A training participant; the stated birth date and sex must agree with the NIK on the KTP. */
export const participantSchema = z
  .strictObject({
    nik: nikSchema,
    name: text(100, 2),
    birthDate: isoDateSchema,
    sex: z.enum(SEXES),
    phone: optional(phoneSchema),
    education: z.enum(EDUCATION_LEVELS),
    address: multilineText(500, 5),
  })
  .superRefine((p, ctx) => {
    if (nikMatches(p.nik, p.birthDate, p.sex)) return;
    if (!nikMatches(p.nik, p.birthDate, p.sex === 'L' ? 'P' : 'L')) {
      ctx.addIssue({ code: 'custom', path: ['birthDate'], message: 'nik.birth_date_mismatch' });
    } else {
      ctx.addIssue({ code: 'custom', path: ['sex'], message: 'nik.sex_mismatch' });
    }
  });
export type ParticipantInput = z.output<typeof participantSchema>;
