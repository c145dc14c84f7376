import { toJakartaDate } from '@blk/domain';
import { findStep, type SopDefinition, type TimeStandard } from './definition';
import { localize } from './format';
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
        name: localize(step.name ?? step.description, 'id'),
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
