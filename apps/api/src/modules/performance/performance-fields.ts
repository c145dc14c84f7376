import { type IkmResult, SKM_ELEMENTS } from '@blk/domain';
import type { ComplianceRate, TimeSplitSummary } from '@blk/sop';
import { builder } from '../../graphql/builder';
import type { ObjectFields, ObjectType } from '../../graphql/field-group';
import { ikmWeightFields } from './ikm-weight.graphql';

/**
 * The figures the staff performance report and the public transparency page both publish, as
 * field groups: the two types differ in what surrounds them, not in what the figures mean.
 */

/** Steps finished on time and late: what `ComplianceRate` and `StepCompliance` both count. */
export function complianceFields(t: ObjectFields<ComplianceRate>) {
  return {
    onTime: t.exposeInt('onTime', { description: 'Finished within their SOP time standard.' }),
    late: t.exposeInt('late', { description: 'Finished late, or still open past their due time.' }),
    share: t.exposeFloat('share', {
      nullable: true,
      description: 'onTime over the steps measured, 0..1; null when nothing was measured.',
    }),
  };
}

type IkmElement = IkmResult['elements'][number];

/** The mean answer of one SKM element. */
export function ikmElementFields(t: ObjectFields<IkmElement>) {
  return {
    key: t.exposeString('key', { description: 'Element key, u1 to u9.' }),
    name: t.string({
      description: 'Element name (Accept-Language).',
      resolve: (e, _args, ctx) =>
        SKM_ELEMENTS.find((s) => s.key === e.key)?.name[ctx.lang] ?? e.key,
    }),
    mean: t.exposeFloat('nrr', {
      nullable: true,
      description: 'Mean answer, 1..4; null without respondents.',
    }),
  };
}

/**
 * The Indeks Kepuasan Masyarakat (PermenPANRB 14/2017) over a set of surveys; `elementType` is
 * the object type of its elements (built from `ikmElementFields`).
 */
export function ikmFields(t: ObjectFields<IkmResult>, elementType: ObjectType<IkmElement>) {
  return {
    respondents: t.exposeInt('respondents', { description: 'Survey responses counted.' }),
    ikm: t.exposeFloat('ikm', {
      nullable: true,
      description: 'The index, 25..100, rounded to 2 decimals; null without respondents.',
    }),
    grade: t.exposeString('grade', {
      nullable: true,
      description: 'Service quality grade (mutu pelayanan): A, B, C or D.',
    }),
    gradeLabel: t.string({
      nullable: true,
      description: 'Meaning of the grade, e.g. "Sangat Baik" (Accept-Language).',
      resolve: (r, _args, ctx) => r.gradeLabel?.[ctx.lang] ?? null,
    }),
    elements: t.expose('elements', {
      type: [elementType],
      description: 'Mean score per element (u1-u9), unrounded.',
    }),
    ...ikmWeightFields(t),
  };
}

export const TimeSplitRef = builder.objectRef<TimeSplitSummary>('TimeSplit').implement({
  description:
    'Elapsed working time split by who had the request: the office (steps of staff roles; its clock stops while the request waits on the requester) and the requester (completing documents, answering the survey). Medians over the requests that got that far.',
  fields: (t) => ({
    requests: t.exposeInt('requests', { description: 'Requests measured.' }),
    medianOfficeWorkingDays: t.exposeFloat('medianOfficeWorkingDays', {
      nullable: true,
      description: 'Median office time in working days: the figure to compare with the standard.',
    }),
    medianRequesterWorkingDays: t.exposeFloat('medianRequesterWorkingDays', {
      nullable: true,
      description: 'Median working days the request waited on the requester.',
    }),
    medianTotalWorkingDays: t.exposeFloat('medianTotalWorkingDays', {
      nullable: true,
      description: 'Median working days from submission, both together.',
    }),
  }),
});

/** How long requests took to a fixed schedule and to completion, against the promised standard. */
interface ServiceTimes {
  readonly medianCompletionWorkingDays: number | null;
  readonly timeToSchedule: TimeSplitSummary;
  readonly timeToCompletion: TimeSplitSummary;
  readonly standardWorkingDaysToSchedule: number;
}

/** The service times of a set of requests (staff report and public page alike). */
export function serviceTimeFields(t: ObjectFields<ServiceTimes>) {
  return {
    medianCompletionWorkingDays: t.exposeFloat('medianCompletionWorkingDays', {
      nullable: true,
      description:
        'Median working days from submission to completion, including the training; null when none completed.',
    }),
    standardWorkingDaysToSchedule: t.exposeInt('standardWorkingDaysToSchedule', {
      description:
        'The promised jangka waktu (working days) to a fixed schedule, from the SOP in force (service standard).',
    }),
    timeToSchedule: t.expose('timeToSchedule', {
      type: TimeSplitRef,
      description:
        'From submission to a fixed schedule: office time (compare with standardWorkingDaysToSchedule) and the requester’s waiting time, separately.',
    }),
    timeToCompletion: t.expose('timeToCompletion', {
      type: TimeSplitRef,
      description: 'From submission to completion, split the same way (includes the training).',
    }),
  };
}
