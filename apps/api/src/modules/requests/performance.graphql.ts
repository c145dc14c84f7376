import type { IkmResult } from '@blk/domain';
import type { ComplianceRate } from '@blk/sop';
import { z } from 'zod';
import { builder } from '../../graphql/builder';
import { validated } from '../../graphql/validate';
import {
  complianceFields,
  ikmElementFields,
  ikmFields,
  serviceTimeFields,
} from '../performance/performance-fields';
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
      ...complianceFields(t),
    }),
  });

const ElementMeanRef = builder
  .objectRef<IkmResult['elements'][number]>('SatisfactionElementMean')
  .implement({
    description: 'Mean score of one SKM element (nilai rata-rata per unsur, NRR).',
    fields: ikmElementFields,
  });

const SatisfactionIndexRef = builder
  .objectRef<PublicPerformance['satisfaction']>('SatisfactionIndex')
  .implement({
    description:
      'Indeks Kepuasan Masyarakat (IKM, PermenPANRB 14/2017) computed from the survey responses.',
    fields: (t) => ({
      ...ikmFields(t, ElementMeanRef),
      requiredSampleSize: t.exposeInt('requiredSampleSize', {
        description: 'Responses needed by the Krejcie-Morgan table for the requests served.',
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
    medianWorkingDaysToSchedule: t.exposeFloat('medianWorkingDaysToSchedule', {
      nullable: true,
      description:
        'Median working days from submission to a fixed training schedule, including the days the request waited on the requester; see timeToSchedule for office time.',
    }),
    ...serviceTimeFields(t),
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
