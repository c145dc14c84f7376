import { type AttendanceStatus, type IsoDate, summarizeClass, toJakartaDate } from '@blk/domain';
import type { InputSpec } from './definition';
import { effectOf, type ReportFigure, type SopEffect } from './effects';

/** The class records the guard rails and the report read (what the class pages record). */
export interface ClassRecords {
  /** Most participants the program admits in one class. */
  readonly classSizeMax: number;
  /** The class's training days (one session each), in order. */
  readonly days: readonly IsoDate[];
  readonly participants: readonly {
    /** Days with an attendance entry, and its status. */
    readonly attendance: readonly { readonly date: IsoDate; readonly status: AttendanceStatus }[];
    readonly preTestScore: number | null;
    readonly postTestScore: number | null;
  }[];
}

/** What the guard rails look at: the standing schedule and the class records. */
export interface GuardFacts {
  readonly schedule?: { readonly startDate?: IsoDate; readonly endDate: IsoDate };
  readonly classRecords?: ClassRecords;
}

/** Why an action warns: proceeding needs a reason, recorded in `reasonInput`. */
export type ActionWarningCode =
  /** Today is before the first scheduled training day. */
  | 'BEFORE_FIRST_DAY'
  /** Today is before the last scheduled training day. */
  | 'BEFORE_LAST_DAY'
  /** No participant is enrolled in the class. */
  | 'NO_PARTICIPANTS'
  /** Training days held so far without attendance for every participant (params.days). */
  | 'ATTENDANCE_MISSING'
  /** Participants without a pre-test or post-test score (params.participants). */
  | 'SCORES_MISSING';

export interface ActionWarning {
  readonly code: ActionWarningCode;
  /** The action input that must hold the reason to proceed. */
  readonly reasonInput: string;
  readonly params: Readonly<Record<string, string | number>>;
}

/**
 * The warnings of an action's guard rails (`notBeforeSchedule`, `classComplete`) for a request
 * now. A rail whose facts are unknown (no schedule, no class records given) does not warn: the
 * API always passes them.
 */
export function actionWarnings(
  effects: readonly SopEffect[] | undefined,
  facts: GuardFacts,
  now: Date,
): ActionWarning[] {
  const today = toJakartaDate(now);
  const warnings: ActionWarning[] = [];
  for (const effect of effects ?? []) {
    if (effect.type === 'notBeforeSchedule' && facts.schedule) {
      const day =
        effect.day === 'first'
          ? (facts.classRecords?.days[0] ?? facts.schedule.startDate)
          : (facts.classRecords?.days.at(-1) ?? facts.schedule.endDate);
      if (day && today < day)
        warnings.push({
          code: effect.day === 'first' ? 'BEFORE_FIRST_DAY' : 'BEFORE_LAST_DAY',
          reasonInput: effect.reasonInput,
          params: { day, today },
        });
    }
    if (effect.type === 'classComplete' && facts.classRecords) {
      const { days, participants } = facts.classRecords;
      if (participants.length === 0) {
        warnings.push({ code: 'NO_PARTICIPANTS', reasonInput: effect.reasonInput, params: {} });
        continue;
      }
      const held = days.filter((d) => d <= today);
      const missingDays = held.filter((d) =>
        participants.some((p) => !p.attendance.some((a) => a.date === d)),
      ).length;
      if (missingDays > 0)
        warnings.push({
          code: 'ATTENDANCE_MISSING',
          reasonInput: effect.reasonInput,
          params: { days: missingDays, held: held.length },
        });
      const missingScores = participants.filter(
        (p) => p.preTestScore === null || p.postTestScore === null,
      ).length;
      if (missingScores > 0)
        warnings.push({
          code: 'SCORES_MISSING',
          reasonInput: effect.reasonInput,
          params: { participants: missingScores, of: participants.length },
        });
    }
  }
  return warnings;
}

/** The report figures of a class, as the `classReport` effect fills them (null: no data). */
export type ReportFigures = Readonly<Record<ReportFigure, number | string | null>>;

const oneDecimal = (v: number | null) => (v === null ? null : Math.round(v * 10) / 10);

/**
 * The laporan's figures from the class records: participants, completers (the completion rule of
 * @blk/domain), mean attendance and its summary, mean pre-test and post-test scores.
 */
export function reportFigures(records: ClassRecords): ReportFigures {
  const summary = summarizeClass(records.days.length, records.participants);
  const attendance = oneDecimal(summary.attendancePercent);
  return {
    participants: summary.participants,
    completed: summary.completed,
    attendancePercent: attendance,
    attendanceSummary:
      attendance === null
        ? `Kehadiran belum tercatat (${records.days.length} hari pelatihan, ${summary.participants} peserta)`
        : `Rata-rata kehadiran ${String(attendance).replace('.', ',')}% dari ${records.days.length} hari pelatihan; ${summary.completed} dari ${summary.participants} peserta menyelesaikan pelatihan`,
    preTestMean: oneDecimal(summary.preTestMean),
    postTestMean: oneDecimal(summary.postTestMean),
  };
}

/** Input values a `classReport` effect fills from the class records, by input key. */
export function computedReportInputs(
  effects: readonly SopEffect[] | undefined,
  records: ClassRecords,
): Record<string, number | string> {
  const effect = effectOf(effects, 'classReport');
  if (!effect) return {};
  const figures = reportFigures(records);
  const values: Record<string, number | string> = {};
  for (const [figure, key] of Object.entries(effect.figures) as [ReportFigure, string][]) {
    const value = figures[figure];
    if (key && value !== null) values[key] = value;
  }
  return values;
}

/** Input keys an action's effects compute (never typed by the user). */
export function computedInputKeys(effects: readonly SopEffect[] | undefined): string[] {
  const effect = effectOf(effects, 'classReport');
  return effect ? Object.values(effect.figures).filter((k): k is string => Boolean(k)) : [];
}

/** Input keys that hold the reason to pass a guard rail. */
export function guardReasonKeys(effects: readonly SopEffect[] | undefined): string[] {
  return [
    ...new Set(
      (effects ?? []).flatMap((e) =>
        e.type === 'notBeforeSchedule' || e.type === 'classComplete' ? [e.reasonInput] : [],
      ),
    ),
  ];
}

/**
 * An action's inputs as a form shows them now: a guard rail's reason input only when a warning
 * asks for it (then it is required), and computed inputs marked so (filled, read-only).
 */
export function formInputs(
  effects: readonly SopEffect[] | undefined,
  inputs: readonly InputSpec[],
  warnings: readonly ActionWarning[],
): (InputSpec & { computed: boolean })[] {
  const reasons = guardReasonKeys(effects);
  const computed = computedInputKeys(effects);
  return inputs
    .filter((i) => !reasons.includes(i.key) || warnings.some((w) => w.reasonInput === i.key))
    .map((i) => ({
      ...i,
      ...(reasons.includes(i.key) ? { required: true } : {}),
      ...(computed.includes(i.key) ? { required: false } : {}),
      computed: computed.includes(i.key),
    }));
}
