import { z } from 'zod';
import type { IsoDate } from './calendar';
import { type Lang, type Localized, type LocalizedIssue, localizeIssues, ruleIssue } from './i18n';
import { decimalInput, idSchema } from './inputs/fields';
import { type ParticipantInput, participantSchema } from './inputs/participant';
import { checkParticipantAge, type ProgramLimits } from './program-rules';
import type { RequesterType } from './requester-types';

/** Attendance of a participant on a training day: hadir, izin (permitted), sakit (sick), alpa. */
export const ATTENDANCE_STATUSES = ['hadir', 'izin', 'sakit', 'alpa'] as const;
export type AttendanceStatus = (typeof ATTENDANCE_STATUSES)[number];

export const ATTENDANCE_STATUS_LABELS = {
  hadir: { id: 'Hadir', en: 'Present' },
  izin: { id: 'Izin', en: 'Permitted' },
  sakit: { id: 'Sakit', en: 'Sick' },
  alpa: { id: 'Alpa', en: 'Absent' },
} as const satisfies Record<AttendanceStatus, Localized>;

/**
 * Minimum share of training days a participant must be present (hadir) to complete the
 * training and receive a certificate; izin and sakit days count as absent. DOMAIN.md names no
 * figure: 80% is the usual attendance requirement of competency-based (PBK) training.
 */
export const COMPLETION_MIN_ATTENDANCE_PERCENT = 80;

/** A score 0-100, as a number or as typed ("72,5" is 72.5, never 725). */
const score = decimalInput(z.number().min(0).max(100)).optional();

/** Pre-test and post-test scores (0-100); a score left out stays as it is. */
export const testScoresSchema = z.strictObject({ preTestScore: score, postTestScore: score });

/** One day's attendance for some participants of a class (each participant once, 60 at most). */
export const attendanceEntriesSchema = z
  .array(z.strictObject({ participantId: idSchema, status: z.enum(ATTENDANCE_STATUSES) }))
  .min(1)
  .max(60)
  .refine(
    (entries) => new Set(entries.map((e) => e.participantId)).size === entries.length,
    'common.duplicate_items',
  );
export type AttendanceEntry = z.infer<typeof attendanceEntriesSchema>[number];

/** Rows one participant import may hold, so a mistaken file cannot flood a class. */
export const MAX_IMPORT_ROWS = 500;

/** What the completion rule needs to know about one participant. */
export interface ParticipantRecord {
  readonly attendance: readonly { readonly status: AttendanceStatus }[];
  readonly preTestScore: number | null;
  readonly postTestScore: number | null;
}

/** A participant's attendance and whether they completed the training. */
export interface ParticipantCompletion {
  /** Days marked hadir. */
  readonly present: number;
  /** Share of the class's training days present, 0-100; null when the class has no days. */
  readonly attendancePercent: number | null;
  /** Post-test minus pre-test; null unless both are recorded. */
  readonly gain: number | null;
  /** Present on at least {@link COMPLETION_MIN_ATTENDANCE_PERCENT}% of days and post-tested. */
  readonly completed: boolean;
}

/**
 * Applies the completion rule: present on at least 80% of the class's training days and a
 * post-test score recorded.
 */
export function participantCompletion(
  sessionCount: number,
  p: ParticipantRecord,
): ParticipantCompletion {
  const present = p.attendance.filter((a) => a.status === 'hadir').length;
  const attendancePercent = sessionCount > 0 ? (present / sessionCount) * 100 : null;
  return {
    present,
    attendancePercent,
    gain:
      p.preTestScore !== null && p.postTestScore !== null ? p.postTestScore - p.preTestScore : null,
    completed:
      attendancePercent !== null &&
      attendancePercent >= COMPLETION_MIN_ATTENDANCE_PERCENT &&
      p.postTestScore !== null,
  };
}

/** The figures of a class's completion report (laporan pelaksanaan). */
export interface ClassSummary {
  readonly participants: number;
  readonly completed: number;
  /** Mean attendance over participants, 0-100; null without participants or days. */
  readonly attendancePercent: number | null;
  readonly preTestMean: number | null;
  readonly postTestMean: number | null;
  /** Mean gain over participants with both scores. */
  readonly gainMean: number | null;
}

function mean(values: readonly number[]): number | null {
  return values.length ? values.reduce((a, b) => a + b, 0) / values.length : null;
}

/** Sums up a class: completions, mean attendance, mean pre/post-test scores and gain. */
export function summarizeClass(
  sessionCount: number,
  participants: readonly ParticipantRecord[],
): ClassSummary {
  const outcomes = participants.map((p) => participantCompletion(sessionCount, p));
  return {
    participants: participants.length,
    completed: outcomes.filter((o) => o.completed).length,
    attendancePercent: mean(outcomes.flatMap((o) => o.attendancePercent ?? [])),
    preTestMean: mean(participants.flatMap((p) => p.preTestScore ?? [])),
    postTestMean: mean(participants.flatMap((p) => p.postTestScore ?? [])),
    gainMean: mean(outcomes.flatMap((o) => o.gain ?? [])),
  };
}

/** The class an import goes into. */
export interface ImportTarget {
  readonly program: Pick<ProgramLimits, 'ageMin' | 'ageMax' | 'classSizeMax'>;
  readonly requesterType: RequesterType;
  readonly trainingStart: IsoDate;
  /** NIKs already enrolled in the class. */
  readonly enrolledNiks: ReadonlySet<string>;
}

/** One imported row as sent: raw cells, plus the row number in the user's file for messages. */
export interface ImportRow {
  readonly rowNumber?: number | null | undefined;
  readonly [field: string]: unknown;
}

/** The verdict on one import row; `participant` is the parsed row when it may be enrolled. */
export type ImportRowCheck =
  | {
      readonly index: number;
      readonly rowNumber: number;
      readonly ok: true;
      readonly participant: ParticipantInput;
      readonly issues: readonly [];
    }
  | {
      readonly index: number;
      readonly rowNumber: number;
      readonly ok: false;
      readonly issues: readonly LocalizedIssue[];
    };

const normalNik = (nik: unknown) => (typeof nik === 'string' ? nik.replace(/[\s.]/g, '') : '');

/**
 * Checks the rows of a participant import against the same rules as enrolling one participant
 * (shared schema, NIK agreement, age on the first training day), plus: a NIK may appear once in
 * the file and must not be enrolled already, and rows beyond the class's free places are
 * refused. Every problem of a row is reported, in the given language.
 */
export function checkParticipantImport(
  rows: readonly ImportRow[],
  target: ImportTarget,
  lang: Lang,
): ImportRowCheck[] {
  const firstRowOfNik = new Map<string, number>();
  let places = Math.max(0, target.program.classSizeMax - target.enrolledNiks.size);
  return rows.map((row, index) => {
    const rowNumber = row.rowNumber ?? index + 1;
    const { rowNumber: _ignored, ...fields } = row;
    const issues: LocalizedIssue[] = [];
    const parsed = participantSchema.safeParse(withoutBlanks(fields), { reportInput: true });
    if (!parsed.success) issues.push(...localizeIssues(parsed.error, lang));
    const nik = parsed.success ? parsed.data.nik : normalNik(fields.nik);
    if (nik) {
      const first = firstRowOfNik.get(nik);
      if (first !== undefined) {
        issues.push(...issuesOf('participant.duplicate_in_file', ['nik'], lang, { row: first }));
      } else {
        firstRowOfNik.set(nik, rowNumber);
        if (target.enrolledNiks.has(nik))
          issues.push(...issuesOf('participant.already_enrolled', ['nik'], lang));
      }
    }
    if (parsed.success) {
      issues.push(
        ...localizeIssues(
          checkParticipantAge(
            target.program,
            target.requesterType,
            parsed.data.birthDate,
            target.trainingStart,
          ) as never,
          lang,
        ),
      );
    }
    if (issues.length === 0 && parsed.success) {
      if (places > 0) {
        places--;
        return { index, rowNumber, ok: true, participant: parsed.data, issues: [] } as const;
      }
      issues.push(
        ...issuesOf('participant.class_full', ['nik'], lang, {
          max: target.program.classSizeMax,
        }),
      );
    }
    return { index, rowNumber, ok: false, issues } as const;
  });
}

function issuesOf(
  key: Parameters<typeof ruleIssue>[0],
  path: string[],
  lang: Lang,
  params?: Record<string, string | number>,
): LocalizedIssue[] {
  return localizeIssues([ruleIssue(key, path, params)] as never, lang);
}

/** Spreadsheet cells arrive as '' or null when empty; the schema treats both as missing. */
function withoutBlanks(fields: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(fields).filter(
      ([, v]) => v !== null && v !== undefined && !(typeof v === 'string' && v.trim() === ''),
    ),
  );
}
