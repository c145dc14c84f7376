import { z } from 'zod';
import { nipSchema } from '../nip';
import { phoneSchema } from '../phone';
import { ISLANDS } from '../regions';
import {
  emailSchema,
  idSchema,
  isoDateSchema,
  optional,
  optionalMultilineText,
  text,
  uniqueList,
} from './fields';

/** A certificate of competence (e.g. BNSP/LSP); some never expire. */
export const certificationSchema = z
  .strictObject({
    name: text(200),
    issuer: text(200),
    number: text(100),
    issuedOn: isoDateSchema,
    expiresOn: optional(isoDateSchema),
  })
  .refine((c) => c.expiresOn === undefined || c.expiresOn > c.issuedOn, {
    message: 'certification.expiry_before_issue',
    path: ['expiresOn'],
  });

/** An instructor (instruktur) who travels to teach; NIP is the civil-servant number, if any. */
export const instructorSchema = z.strictObject({
  name: text(100, 2),
  nip: optional(nipSchema),
  phone: phoneSchema,
  email: optional(emailSchema),
  /** The island the instructor lives on; travel to the other island needs planning. */
  homeIsland: z.enum(ISLANDS),
  /** Programs the instructor is competent to teach. */
  competencies: uniqueList(idSchema, 100),
  certifications: z.array(certificationSchema).max(50),
  note: optionalMultilineText(1000),
});
export type InstructorInput = z.output<typeof instructorSchema>;
