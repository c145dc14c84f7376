import {
  computeIkm,
  type IkmResult,
  krejcieMorganSampleSize,
  startOfJakartaDay,
} from '@blk/domain';
import {
  type ComplianceRate,
  orderedSteps,
  readSopDefinition,
  scheduleSourceOf,
  serviceJangkaWaktu,
  slaCompliance,
  stepTitleOf,
  type TimeSplitSummary,
} from '@blk/sop';
import type { Context } from '../../graphql/context';
import { ikmWeight } from '../performance/ikm-weight';
import {
  completionState,
  historyEvents,
  mainPath,
  officeTimeSplits,
  requestHistory,
} from './request-history';
import { sopInForce } from './submit-training-request';

/** The office's published performance: every figure computed from stored events and surveys. */
export interface PublicPerformance {
  year: number | null;
  requestsReceived: number;
  requestsCompleted: number;
  medianCompletionWorkingDays: number | null;
  medianWorkingDaysToSchedule: number | null;
  standardWorkingDaysToSchedule: number;
  /** Office time and requester waiting time from submission to a fixed schedule. */
  timeToSchedule: TimeSplitSummary;
  /** The same to completion (the end of the main path). */
  timeToCompletion: TimeSplitSummary;
  steps: ComplianceRate;
  byStep: (ComplianceRate & { stepKey: string; name: string })[];
  satisfaction: IkmResult & { requiredSampleSize: number };
}

/**
 * Performance for the transparency page, over requests submitted (and surveys answered) in
 * `year` (WIB), or over all time. Each request is measured under its own SOP version; the main
 * path of the SOP in force says which end step counts as served and which step sets the schedule.
 */
export async function publicPerformance(
  ctx: Context,
  year: number | undefined,
): Promise<PublicPerformance> {
  // Requests and surveys count in the year they were submitted in (WIB); without a year, all.
  const submittedInYear = year
    ? {
        submittedAt: {
          gte: startOfJakartaDay(`${year}-01-01`),
          lt: startOfJakartaDay(`${year + 1}-01-01`),
        },
      }
    : {};
  const [requests, surveys, calendar, inForce, weight] = await Promise.all([
    ctx.prisma.trainingRequest.findMany({
      where: submittedInYear,
      select: {
        submittedAt: true,
        sopVersionId: true,
        events: historyEvents,
      },
    }),
    ctx.prisma.satisfactionSurvey.findMany({
      where: submittedInYear,
      select: {
        u1: true,
        u2: true,
        u3: true,
        u4: true,
        u5: true,
        u6: true,
        u7: true,
        u8: true,
        u9: true,
      },
    }),
    ctx.calendar(),
    sopInForce(ctx),
    ikmWeight(ctx),
  ]);
  const versions = await ctx.prisma.sopVersion.findMany({
    where: { id: { in: [...new Set(requests.map((r) => r.sopVersionId))] } },
    select: { id: true, definition: true },
  });
  const definitions = new Map(versions.map((v) => [v.id, readSopDefinition(v.definition)]));
  const measured = requests.flatMap((r) => {
    const definition = definitions.get(r.sopVersionId);
    return definition
      ? [{ definition, history: requestHistory(definition, r.submittedAt, r.events) }]
      : [];
  });

  const def = inForce.definition;
  const served = completionState(def);
  const main = mainPath(def);
  const scheduleStep = scheduleSourceOf(def)?.step;
  const scheduled = scheduleStep ? main[main.indexOf(scheduleStep) + 1] : undefined;
  const options = { now: ctx.now(), calendar };
  const rows = orderedSteps(def);
  // Steps of older SOP versions that the one in force no longer has come last.
  const rowOf = (key: string) => (rows.includes(key) ? rows.indexOf(key) : rows.length);
  const completion = slaCompliance(measured, {
    ...options,
    ...(served ? { completionState: served } : {}),
  });
  const toSchedule = scheduled
    ? slaCompliance(measured, { ...options, completionState: scheduled })
    : null;

  // Office time against the standard: the clock stops while the request waits on the requester.
  const { timeToSchedule, timeToCompletion } = officeTimeSplits(measured, calendar);

  const ikm = computeIkm(surveys, weight);
  return {
    year: year ?? null,
    requestsReceived: requests.length,
    requestsCompleted: completion.completedRequests,
    medianCompletionWorkingDays: completion.medianCompletionWorkingDays,
    medianWorkingDaysToSchedule: toSchedule?.medianCompletionWorkingDays ?? null,
    standardWorkingDaysToSchedule: serviceJangkaWaktu(def, ctx.lang).workingDays,
    timeToSchedule,
    timeToCompletion,
    steps: completion.overall,
    byStep: Object.entries(completion.byStep)
      .map(([stepKey, rate]) => ({ ...rate, stepKey, name: stepTitleOf(def, stepKey, ctx.lang) }))
      .sort((a, b) => rowOf(a.stepKey) - rowOf(b.stepKey)),
    satisfaction: {
      ...ikm,
      requiredSampleSize: krejcieMorganSampleSize(completion.completedRequests),
    },
  };
}
