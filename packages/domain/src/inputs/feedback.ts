import { z } from 'zod';
import { accessTokenSchema } from '../access-token';
import type { Localized } from '../i18n';
import { phoneSchema } from '../phone';
import { trackingCodeSchema } from '../tracking-code';
import { emailSchema, multilineText, optional, optionalText } from './fields';

/** What the public sends through the complaints channel (penanganan pengaduan, saran, masukan). */
export const FEEDBACK_KINDS = ['pengaduan', 'saran', 'pertanyaan'] as const;
export type FeedbackKind = (typeof FEEDBACK_KINDS)[number];
export const FEEDBACK_KIND_LABELS = {
  pengaduan: { id: 'Pengaduan', en: 'Complaint' },
  saran: { id: 'Saran', en: 'Suggestion' },
  pertanyaan: { id: 'Pertanyaan', en: 'Question' },
} as const satisfies Record<FeedbackKind, Localized>;

/**
 * A complaint, suggestion or question; it may be anonymous, and the reply contact is optional.
 * Whoever leaves a name, phone or e-mail must agree to the privacy notice first.
 */
export const feedbackSchema = z
  .strictObject({
    kind: z.enum(FEEDBACK_KINDS),
    name: optionalText(100),
    phone: optional(phoneSchema),
    email: optional(emailSchema),
    message: multilineText(2000, 10),
    trackingCode: optional(trackingCodeSchema),
    privacyConsent: z.boolean().optional(),
  })
  .superRefine((f, ctx) => {
    const identified = f.name !== undefined || f.phone !== undefined || f.email !== undefined;
    if (identified && f.privacyConsent !== true)
      ctx.addIssue({
        code: 'custom',
        path: ['privacyConsent'],
        message: 'privacy.consent_required',
      });
  });
export type FeedbackInput = z.output<typeof feedbackSchema>;

/** Public lookup of a complaint: its tracking code and the access token shown when it was sent. */
export const feedbackLookupSchema = z.strictObject({
  trackingCode: trackingCodeSchema,
  accessToken: accessTokenSchema,
});
export type FeedbackLookupInput = z.output<typeof feedbackLookupSchema>;
