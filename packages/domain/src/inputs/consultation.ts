import { z } from 'zod';
import type { Localized } from '../i18n';
import { isoDateSchema, multilineText, optionalMultilineText, text } from './fields';

/**
 * Public consultation (UU 25/2009 pasal 20(2); PermenPANRB 15/2014 and 16/2017, Forum Konsultasi
 * Publik) on an SOP or service-standard draft: who took part, what they said, what was decided.
 */
export const CONSULTATION_PARTICIPANT_CATEGORIES = [
  'akademisi',
  'serikat_pekerja',
  'asosiasi_pengusaha',
  'instansi',
  'masyarakat',
] as const;
export type ConsultationParticipantCategory = (typeof CONSULTATION_PARTICIPANT_CATEGORIES)[number];
export const CONSULTATION_PARTICIPANT_CATEGORY_LABELS = {
  akademisi: { id: 'Akademisi', en: 'Academic' },
  serikat_pekerja: { id: 'Serikat pekerja (mis. KSPSI)', en: 'Trade union (e.g. KSPSI)' },
  asosiasi_pengusaha: {
    id: 'Asosiasi pengusaha (mis. Apindo)',
    en: "Employers' association (e.g. Apindo)",
  },
  instansi: { id: 'Instansi terkait', en: 'Related agency' },
  masyarakat: { id: 'Masyarakat', en: 'Member of the public' },
} as const satisfies Record<ConsultationParticipantCategory, Localized>;

/** What was decided on one input received in the consultation. */
export const CONSULTATION_DECISIONS = ['accepted', 'changed', 'rejected'] as const;
export type ConsultationDecision = (typeof CONSULTATION_DECISIONS)[number];
export const CONSULTATION_DECISION_LABELS = {
  accepted: { id: 'Diterima', en: 'Accepted' },
  changed: { id: 'Diterima dengan perubahan', en: 'Accepted with changes' },
  rejected: { id: 'Ditolak', en: 'Rejected' },
} as const satisfies Record<ConsultationDecision, Localized>;

/** One consultation as recorded on a draft; the berita acara file is attached separately. */
export const consultationSchema = z.strictObject({
  heldOn: isoDateSchema,
  /** Place, or the medium (e.g. "Zoom", "Aula Disnaker"). */
  place: text(200),
  participants: z
    .array(
      z.strictObject({
        name: text(120),
        organisation: text(200),
        category: z.enum(CONSULTATION_PARTICIPANT_CATEGORIES),
      }),
    )
    .min(1)
    .max(200),
  inputs: z
    .array(
      z
        .strictObject({
          input: multilineText(2000),
          decision: z.enum(CONSULTATION_DECISIONS),
          reason: optionalMultilineText(2000),
        })
        .refine((i) => i.decision === 'accepted' || (i.reason ?? '').length > 0, {
          message: 'consultation.reason_required',
          path: ['reason'],
        }),
    )
    .max(200),
});
export type ConsultationInput = z.output<typeof consultationSchema>;

/** Why a draft needs no consultation (an editorial change), recorded instead of one. */
export const noConsultationReasonSchema = z.strictObject({ reason: multilineText(2000, 10) });

/**
 * The rule for submitting an SOP or service-standard draft for approval: at least one public
 * consultation recorded on it, or a recorded reason why none was needed. Returns the message key
 * that refuses it, or null.
 */
export function consultationRequirement(draft: {
  readonly consultations: number;
  readonly noConsultationReason: string | null | undefined;
}): 'consultation.required' | null {
  if (draft.consultations > 0) return null;
  if ((draft.noConsultationReason ?? '').trim().length > 0) return null;
  return 'consultation.required';
}
