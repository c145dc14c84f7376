import {
  computeIkm,
  endOfJakartaDay,
  type IkmResult,
  type IkmWeight,
  ikmByRespondentProfile,
  isoDateSchema,
  kabupatenCodeOf,
  type Lang,
  type ProfileRow,
  REQUESTER_TYPE_LABELS,
  REQUESTER_TYPES,
  type RequesterType,
  startOfJakartaDay,
} from '@blk/domain';
import {
  type ComplianceRate,
  findStep,
  periodKey,
  type SlaPeriod,
  serviceJangkaWaktu,
  slaCompliance,
  stepTitle,
  type TimeSplitSummary,
} from '@blk/sop';
import { z } from 'zod';
import type { Context } from '../../graphql/context';
import { officeTimeSplits } from '../requests/request-history';
import { sopInForce } from '../requests/submit-training-request';
import { loadRoleDirectory } from '../sop/sop-rendering';
import { ikmWeight } from './ikm-weight';
import { loadMeasuredRequests } from './measured-requests';

/** The API-key scope that lets integrators read performance figures. */
export const PERFORMANCE_READ_SCOPE = 'reports:read';

export const SLA_PERIODS = ['month', 'quarter', 'semester'] as const satisfies readonly SlaPeriod[];

/** A reporting window of WIB days, both included, and how to split it into periods. */
export const performanceQuerySchema = z
  .strictObject({
    from: isoDateSchema,
    to: isoDateSchema,
    period: z.enum(SLA_PERIODS),
  })
  .refine((q) => q.from <= q.to, { message: 'date.end_before_start', path: ['to'] });
export type PerformanceQuery = z.output<typeof performanceQuerySchema>;

/** One row of an SLA table: what was measured and its compliance. */
export interface SlaRow {
  readonly key: string;
  readonly label: string;
  readonly rate: ComplianceRate;
}

/** The satisfaction index over some surveys. */
export interface SatisfactionRow {
  readonly period: string;
  readonly ikm: IkmResult;
}

/** A count of requests for one value of a grouping (kabupaten, requester type, program). */
export interface CountRow {
  readonly key: string | null;
  readonly label: string;
  readonly count: number;
}

/** The whole performance report (penilaian kinerja) for a window. */
export interface PerformanceReport {
  readonly query: PerformanceQuery;
  readonly requests: number;
  readonly overall: ComplianceRate;
  readonly byStep: readonly SlaRow[];
  readonly byRole: readonly SlaRow[];
  readonly byStaff: readonly SlaRow[];
  readonly byPeriod: readonly SlaRow[];
  readonly medianCompletionWorkingDays: number | null;
  /** Office time and requester waiting time from submission to a fixed schedule. */
  readonly timeToSchedule: TimeSplitSummary;
  /** The same to completion (the end of the SOP's main path). */
  readonly timeToCompletion: TimeSplitSummary;
  /** The promised working days to a fixed schedule, from the SOP in force. */
  readonly standardWorkingDaysToSchedule: number;
  readonly completedRequests: number;
  readonly satisfaction: IkmResult;
  readonly satisfactionByPeriod: readonly SatisfactionRow[];
  /** The IKM per respondent profile value (sex, age group, education, occupation). */
  readonly satisfactionByProfile: readonly ProfileRow[];
  /** The element weight every IKM of the report uses. */
  readonly ikmWeight: IkmWeight;
  readonly byKabupaten: readonly CountRow[];
  readonly byRequesterType: readonly CountRow[];
  readonly byProgram: readonly CountRow[];
}

const NO_PROGRAM = {
  id: 'Kebutuhan khusus (di luar katalog)',
  en: 'Custom need (not in the catalogue)',
};

/**
 * The performance of the requests received in the window, measured only from their stored
 * events: each step visit against its time standard under the request's own SOP version
 * (`slaCompliance`), evaluated as of the end of the window. Satisfaction comes from the surveys
 * answered in the window (`computeIkm`), and the counts from the requests themselves.
 */
export async function computePerformance(
  ctx: Context,
  query: PerformanceQuery,
): Promise<PerformanceReport> {
  const start = startOfJakartaDay(query.from);
  const end = endOfJakartaDay(query.to);
  const now = new Date(Math.min(ctx.now().getTime(), end.getTime()));
  const lang: Lang = ctx.lang;
  const [
    calendar,
    roles,
    { requests, definitions, measured },
    surveys,
    kabupaten,
    programs,
    weight,
    inForce,
  ] = await Promise.all([
    ctx.calendar(),
    loadRoleDirectory(ctx.prisma, lang),
    loadMeasuredRequests(ctx, { start, end, now }),
    ctx.prisma.satisfactionSurvey.findMany({
      where: { submittedAt: { gte: start, lte: end } },
      orderBy: { submittedAt: 'asc' },
    }),
    ctx.prisma.region.findMany({
      where: { level: { in: ['kabupaten', 'kota'] } },
      orderBy: { code: 'asc' },
    }),
    ctx.prisma.trainingProgram.findMany({ select: { id: true, code: true, name: true } }),
    ikmWeight(ctx),
    sopInForce(ctx),
  ]);
  const sla = slaCompliance(measured, { now, calendar, period: query.period });
  // Office time against the standard: the clock stops while the request waits on the requester.
  const { timeToSchedule, timeToCompletion } = officeTimeSplits(measured, calendar);

  // Step names from the newest version that knows the step.
  const stepLabel = (key: string) => {
    for (const def of definitions.values()) {
      const step = findStep(def, key);
      if (step) return stepTitle(step, lang);
    }
    return key;
  };
  const staffIds = Object.keys(sla.byStaff);
  const staff = new Map(
    (
      await ctx.prisma.staffUser.findMany({
        where: { id: { in: staffIds } },
        select: { id: true, name: true },
      })
    ).map((s) => [s.id, s.name]),
  );
  const rows = (rates: Readonly<Record<string, ComplianceRate>>, label: (key: string) => string) =>
    Object.entries(rates).map(([key, rate]) => ({ key, label: label(key), rate }));

  const answers = (s: (typeof surveys)[number]) => ({
    u1: s.u1,
    u2: s.u2,
    u3: s.u3,
    u4: s.u4,
    u5: s.u5,
    u6: s.u6,
    u7: s.u7,
    u8: s.u8,
    u9: s.u9,
  });
  const surveysByPeriod = new Map<string, ReturnType<typeof answers>[]>();
  for (const s of surveys) {
    const key = periodKey(s.submittedAt, query.period);
    surveysByPeriod.set(key, [...(surveysByPeriod.get(key) ?? []), answers(s)]);
  }

  const count = <K extends string | null>(keyOf: (r: (typeof requests)[number]) => K) => {
    const counts = new Map<K, number>();
    for (const r of requests) counts.set(keyOf(r), (counts.get(keyOf(r)) ?? 0) + 1);
    return counts;
  };
  const perKabupaten = count((r) => kabupatenCodeOf(r.regionCode));
  const perType = count((r) => r.requester.type as RequesterType);
  const perProgram = count((r) => r.programId);
  const programName = new Map(programs.map((p) => [p.id, p.name]));

  return {
    query,
    requests: requests.length,
    overall: sla.overall,
    byStep: rows(sla.byStep, stepLabel),
    byRole: rows(sla.byRole, (key) => roles.labels[key] ?? key),
    byStaff: rows(sla.byStaff, (key) => staff.get(key) ?? key),
    byPeriod: rows(sla.byPeriod, (key) => key),
    medianCompletionWorkingDays: sla.medianCompletionWorkingDays,
    timeToSchedule,
    timeToCompletion,
    standardWorkingDaysToSchedule: serviceJangkaWaktu(inForce.definition, lang).workingDays,
    completedRequests: sla.completedRequests,
    satisfaction: computeIkm(surveys.map(answers), weight),
    satisfactionByPeriod: [...surveysByPeriod.entries()].map(([period, list]) => ({
      period,
      ikm: computeIkm(list, weight),
    })),
    satisfactionByProfile: ikmByRespondentProfile(
      surveys.map((s) => ({
        answers: answers(s),
        profile: {
          sex: s.gender,
          ageGroup: s.ageGroup,
          education: s.education,
          occupation: s.occupation,
        },
      })),
      weight,
    ),
    ikmWeight: weight,
    byKabupaten: kabupaten.map((k) => ({
      key: k.code,
      label: k.name,
      count: perKabupaten.get(k.code) ?? 0,
    })),
    byRequesterType: REQUESTER_TYPES.map((type) => ({
      key: type,
      label: REQUESTER_TYPE_LABELS[type][lang],
      count: perType.get(type) ?? 0,
    })),
    byProgram: [...perProgram.entries()]
      .map(([id, n]) => ({
        key: id,
        label: id ? (programName.get(id) ?? id) : NO_PROGRAM[lang],
        count: n,
      }))
      .sort((a, b) => b.count - a.count || a.label.localeCompare(b.label)),
  };
}
