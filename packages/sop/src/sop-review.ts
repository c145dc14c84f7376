import {
  idSchema,
  isoDateSchema,
  multilineText,
  optionalMultilineText,
  text,
  toJakartaDate,
} from '@blk/domain';
import { z } from 'zod';
import { findStep, type SopDefinition, type TimeStandard } from './definition';
import { formatIsoDate, stepTitle } from './format';
import { orderedSteps } from './graph';
import { isReservedLane } from './roles';
import { evaluateRequestSla, median, type RequestHistory, type SlaOptions } from './sla';

/**
 * SOP monitoring and evaluation (PermenPAN-RB 35/2012): each step of a procedure in operation is
 * rated "berjalan baik" or "tidak berjalan baik", with notes and corrective action, at least every
 * 6 months.
 */
export const SOP_REVIEW_RATINGS = ['berjalan_baik', 'tidak_berjalan_baik'] as const;
export type SopReviewRating = (typeof SOP_REVIEW_RATINGS)[number];

/** Months between two evaluations at most. */
export const SOP_REVIEW_INTERVAL_MONTHS = 6;

/** The WIB day `months` calendar months after `day` (clamped to the month's last day). */
function addMonths(day: string, months: number): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const total = y * 12 + (m - 1) + months;
  const year = Math.floor(total / 12);
  const month = (total % 12) + 1;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${year}-${String(month).padStart(2, '0')}-${String(Math.min(d, last)).padStart(2, '0')}`;
}

/**
 * When the next review of a published SOP version is due: 6 months after the last review, or
 * after publication when it was never reviewed; `due` once that WIB day has come.
 */
export function sopReviewDue(input: {
  readonly publishedAt: Date;
  readonly lastReviewedAt: Date | null;
  readonly now: Date;
}): { readonly dueOn: string; readonly due: boolean } {
  const from = toJakartaDate(input.lastReviewedAt ?? input.publishedAt);
  const dueOn = addMonths(from, SOP_REVIEW_INTERVAL_MONTHS);
  return { dueOn, due: toJakartaDate(input.now) >= dueOn };
}

/** What the system measured of one step over a review period. */
export interface StepFigures {
  /** Finished visits measured (or already overdue). */
  readonly measured: number;
  readonly onTime: number;
  /** onTime / measured; null when nothing was measured. */
  readonly onTimeShare: number | null;
  /** Median working days of the finished visits; null without any. */
  readonly medianWorkingDays: number | null;
}

/**
 * Per step: the on-time share and the median working days of the visits, over requests each
 * evaluated under its own SOP version (only finished visits give a time; overdue ones count late).
 */
export function stepFigures(
  requests: readonly { readonly definition: SopDefinition; readonly history: RequestHistory }[],
  options: SlaOptions,
): Record<string, StepFigures> {
  const tally = new Map<string, { onTime: number; late: number; days: number[] }>();
  for (const { definition, history } of requests) {
    for (const v of evaluateRequestSla(definition, history, options)) {
      if (v.status !== 'on_time' && v.status !== 'late') continue;
      const t = tally.get(v.stepKey) ?? { onTime: 0, late: 0, days: [] };
      if (v.status === 'on_time') t.onTime++;
      else t.late++;
      if (v.endedAt) t.days.push(v.workingDaysTaken);
      tally.set(v.stepKey, t);
    }
  }
  return Object.fromEntries(
    [...tally.entries()].map(([key, t]) => {
      const measured = t.onTime + t.late;
      return [
        key,
        {
          measured,
          onTime: t.onTime,
          onTimeShare: measured ? t.onTime / measured : null,
          medianWorkingDays: median(t.days),
        },
      ];
    }),
  );
}

/** One prefilled row of a review: the figures, and a suggested rating the reviewer confirms. */
export interface PrefilledStepReview {
  readonly stepKey: string;
  readonly name: string;
  readonly role: string;
  readonly standard: TimeStandard | null;
  readonly figures: StepFigures | null;
  /** Suggested from the figures; null when nothing was measured (the reviewer decides). */
  readonly suggestedRating: SopReviewRating | null;
  /** A note in Bahasa Indonesia stating the figures. */
  readonly note: string;
}

/**
 * Prefills a review of an SOP version from the figures: one row per step the office carries out
 * (the requester's and the system's steps are not rated), in SOP order. A step is suggested as
 * "tidak berjalan baik" when fewer than `minOnTimeShare` of its visits (default 80 %) met the
 * time standard.
 */
export function prefillSopReview(
  def: SopDefinition,
  figures: Readonly<Record<string, StepFigures>>,
  options: { readonly minOnTimeShare?: number } = {},
): PrefilledStepReview[] {
  const threshold = options.minOnTimeShare ?? 0.8;
  const order = orderedSteps(def);
  const keys = [...order, ...def.steps.map((s) => s.key).filter((k) => !order.includes(k))];
  return keys.flatMap((key) => {
    const step = findStep(def, key);
    if (!step || step.kind === 'end' || isReservedLane(step.role)) return [];
    const f = figures[key] ?? null;
    const measured = f && f.measured > 0 ? f : null;
    const pct = measured?.onTimeShare == null ? null : Math.round(measured.onTimeShare * 100);
    const days =
      measured?.medianWorkingDays == null
        ? ''
        : `; median ${measured.medianWorkingDays.toFixed(1).replace('.', ',')} hari kerja`;
    return [
      {
        stepKey: key,
        name: stepTitle(step),
        role: step.role,
        standard: step.timeStandard ?? null,
        figures: measured,
        suggestedRating:
          measured?.onTimeShare == null
            ? null
            : measured.onTimeShare >= threshold
              ? 'berjalan_baik'
              : 'tidak_berjalan_baik',
        note: measured
          ? `${measured.onTime} dari ${measured.measured} tepat waktu (${pct}%)${days}.`
          : 'Belum ada data pada periode ini.',
      },
    ];
  });
}

/** One step's rating as the reviewer records it. */
export const sopReviewStepSchema = z
  .strictObject({
    stepKey: text(64),
    rating: z.enum(SOP_REVIEW_RATINGS),
    note: multilineText(2000),
    /** Tindakan perbaikan: required when the step did not run well. */
    correctiveAction: optionalMultilineText(2000),
  })
  .refine((s) => s.rating === 'berjalan_baik' || s.correctiveAction !== undefined, {
    message: 'sop_review.corrective_action_required',
    path: ['correctiveAction'],
  });
export type SopReviewStepInput = z.output<typeof sopReviewStepSchema>;

/**
 * A review as recorded: the version, the period (WIB days, both included), one rating per office
 * step, the actions decided for the whole procedure (tindak lanjut) and a conclusion.
 */
export const sopReviewSchema = z
  .strictObject({
    sopVersionId: idSchema,
    periodFrom: isoDateSchema,
    periodTo: isoDateSchema,
    steps: z.array(sopReviewStepSchema).min(1).max(100),
    actions: z.array(multilineText(1000)).max(20),
    conclusion: optionalMultilineText(4000),
  })
  .refine((r) => r.periodFrom <= r.periodTo, {
    message: 'date.end_before_start',
    path: ['periodTo'],
  })
  .refine((r) => new Set(r.steps.map((s) => s.stepKey)).size === r.steps.length, {
    message: 'common.duplicate_items',
    path: ['steps'],
  });
export type SopReviewInput = z.output<typeof sopReviewSchema>;

/**
 * The steps a review of `def` must rate (those `prefillSopReview` lists) that `rated` lacks, and
 * the rated keys that are not such a step.
 */
export function reviewCoverage(
  def: SopDefinition,
  rated: readonly string[],
): { readonly missing: string[]; readonly unknown: string[] } {
  const expected = prefillSopReview(def, {}).map((r) => r.stepKey);
  return {
    missing: expected.filter((k) => !rated.includes(k)),
    unknown: rated.filter((k) => !expected.includes(k)),
  };
}

/**
 * The change note of a draft started from a review: the period, then the actions decided and the
 * corrective actions of the steps that did not run well.
 */
export function reviewDraftChangeNote(review: {
  readonly periodFrom: string;
  readonly periodTo: string;
  readonly actions: readonly string[];
  readonly steps: readonly { readonly name: string; readonly correctiveAction?: string | null }[];
}): string {
  const lines = [
    `Tindak lanjut evaluasi SOP periode ${formatIsoDate(review.periodFrom)} s.d. ${formatIsoDate(review.periodTo)}:`,
    ...review.actions.map((a) => `- ${a}`),
    ...review.steps.flatMap((s) =>
      s.correctiveAction ? [`- ${s.name}: ${s.correctiveAction}`] : [],
    ),
  ];
  const note = lines.join('\n');
  return note.length > 2000 ? `${note.slice(0, 1997)}...` : note;
}
