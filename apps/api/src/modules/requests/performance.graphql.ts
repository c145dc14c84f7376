import { ikmMethod, SKM_ELEMENTS } from '@blk/domain';
import type { ComplianceRate, TimeSplitSummary } from '@blk/sop';
import { z } from 'zod';
import { builder } from '../../graphql/builder';
import { validated } from '../../graphql/validate';
import { IkmWeightEnum } from '../performance/ikm-weight.graphql';
import { type PublicPerformance, publicPerformance } from './public-performance';

/** Years the office could have data for; anything else is a typo. */
const yearSchema = z.strictObject({ year: z.int().min(2000).max(2100).optional() });

const StepComplianceRef = builder
  .objectRef<ComplianceRate & { stepKey?: string; name?: string }>('StepCompliance')
  .implement({
    description:
      'How many finished (or already overdue) SOP steps met their time standard. Steps carried out by the requester or the system are not the office’s time and are left out.',
    fields: (t) => ({
      stepKey: t.exposeString('stepKey', {
        nullable: true,
        description: 'The SOP step, or null for all steps together.',
      }),
      name: t.exposeString('name', { nullable: true, description: 'Step name, if one step.' }),
      measured: t.exposeInt('total', { description: 'Steps measured.' }),
      onTime: t.exposeInt('onTime', { description: 'Steps done within their time standard.' }),
      late: t.exposeInt('late', {
        description: 'Steps done late or still open past their due time.',
      }),
      share: t.exposeFloat('share', {
        nullable: true,
        description: 'onTime / measured, 0..1; null when nothing was measured.',
      }),
    }),
  });

type ElementMean = { key: string; nrr: number | null };

const ElementMeanRef = builder.objectRef<ElementMean>('SatisfactionElementMean').implement({
  description: 'Mean score of one SKM element (nilai rata-rata per unsur, NRR).',
  fields: (t) => ({
    key: t.exposeString('key', { description: 'Element key, u1 to u9.' }),
    name: t.string({
      description: 'Element name (Accept-Language).',
      resolve: (e, _args, ctx) =>
        SKM_ELEMENTS.find((x) => x.key === e.key)?.name[ctx.lang] ?? e.key,
    }),
    mean: t.exposeFloat('nrr', {
      nullable: true,
      description: 'Mean answer, 1..4; null without respondents.',
    }),
  }),
});

const SatisfactionIndexRef = builder
  .objectRef<PublicPerformance['satisfaction']>('SatisfactionIndex')
  .implement({
    description:
      'Indeks Kepuasan Masyarakat (IKM, PermenPANRB 14/2017) computed from the survey responses.',
    fields: (t) => ({
      respondents: t.exposeInt('respondents', { description: 'Survey responses counted.' }),
      requiredSampleSize: t.exposeInt('requiredSampleSize', {
        description: 'Responses needed by the Krejcie-Morgan table for the requests served.',
      }),
      ikm: t.exposeFloat('ikm', {
        nullable: true,
        description: 'The index, 25..100, rounded to 2 decimals; null without respondents.',
      }),
      grade: t.exposeString('grade', {
        nullable: true,
        description: 'Service quality grade: A, B, C or D.',
      }),
      gradeLabel: t.string({
        nullable: true,
        description: 'Meaning of the grade, e.g. "Sangat Baik" (Accept-Language).',
        resolve: (s, _args, ctx) => s.gradeLabel?.[ctx.lang] ?? null,
      }),
      elements: t.expose('elements', {
        type: [ElementMeanRef],
        description: 'Mean score per element, unrounded.',
      }),
      weight: t.expose('weight', { type: IkmWeightEnum, description: 'The element weight used.' }),
      method: t.string({
        description: 'How the index was computed, naming the weight (Accept-Language).',
        resolve: (s, _args, ctx) => ikmMethod(s.weight)[ctx.lang],
      }),
    }),
  });

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

const PublicPerformanceRef = builder.objectRef<PublicPerformance>('PublicPerformance').implement({
  description:
    'The office’s published performance (transparency), computed from the request events and survey responses, never typed in.',
  fields: (t) => ({
    year: t.exposeInt('year', {
      nullable: true,
      description:
        'The year covered (requests and surveys by their WIB date), or null for all time.',
    }),
    requestsReceived: t.exposeInt('requestsReceived', { description: 'Requests submitted.' }),
    requestsCompleted: t.exposeInt('requestsCompleted', {
      description: 'Requests served to the end of the SOP’s main path (training done, closed).',
    }),
    medianCompletionWorkingDays: t.exposeFloat('medianCompletionWorkingDays', {
      nullable: true,
      description: 'Median working days from submission to completion, including the training.',
    }),
    medianWorkingDaysToSchedule: t.exposeFloat('medianWorkingDaysToSchedule', {
      nullable: true,
      description:
        'Median working days from submission to a fixed training schedule, including the days the request waited on the requester; see timeToSchedule for office time.',
    }),
    standardWorkingDaysToSchedule: t.exposeInt('standardWorkingDaysToSchedule', {
      description:
        'The promised jangka waktu to a fixed schedule, from the SOP in force (service standard).',
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
    steps: t.expose('steps', {
      type: StepComplianceRef,
      description: 'SOP steps done on time, all steps together.',
    }),
    stepsByStep: t.expose('byStep', {
      type: [StepComplianceRef],
      description: 'SOP steps done on time, per step in SOP order.',
    }),
    satisfaction: t.expose('satisfaction', {
      type: SatisfactionIndexRef,
      description: 'The satisfaction index and its elements.',
    }),
  }),
});

builder.queryFields((t) => ({
  publicPerformance: t.field({
    type: PublicPerformanceRef,
    description:
      'Published performance of the service (public): requests, completion times against the standard, SOP steps on time and the satisfaction index.',
    args: {
      year: t.arg.int({
        required: false,
        description: 'Only requests submitted and surveys answered in this year (WIB).',
      }),
    },
    resolve: (_root, args, ctx) => publicPerformance(ctx, validated(yearSchema, args, ctx).year),
  }),
}));
