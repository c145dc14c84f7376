import { z } from 'zod';
import { emailSchema, optional, text } from './inputs/fields';
import { nikSchema } from './nik';
import { phoneSchema } from './phone';

/**
 * Version of the privacy notice (pemberitahuan privasi) the public apps show. Stored with each
 * consent, so the office can tell which text a requester agreed to; bump it whenever the notice
 * says something new (docs/privacy.md).
 */
export const PRIVACY_NOTICE_VERSION = '2026-12';

/**
 * The consent line on public forms (UU 27/2022 pasal 20-22: consent for a stated purpose).
 * Only `true` passes; a missing or unticked box is refused with one localised message.
 */
export const privacyConsentSchema = z.literal(true, { error: 'privacy.consent_required' });

/**
 * A data-subject request (UU 27/2022 pasal 5-7: the right to information and to a copy): staff
 * name the person by exactly one identifier and record why they look.
 */
export const personalDataExportSchema = z
  .strictObject({
    nik: optional(nikSchema),
    phone: optional(phoneSchema),
    email: optional(emailSchema),
    /** Why (e.g. the letter number of the person's request); kept in the audit log. */
    reason: text(500, 10),
  })
  .superRefine((r, ctx) => {
    const given = [r.nik, r.phone, r.email].filter((v) => v !== undefined).length;
    if (given !== 1)
      ctx.addIssue({ code: 'custom', path: ['nik'], message: 'privacy.one_identifier' });
  });
export type PersonalDataExportInput = z.output<typeof personalDataExportSchema>;
