import { type IkmResult, type ProfileRow, RESPONDENT_DIMENSION_LABELS } from '@blk/domain';
import type { ComplianceRate } from '@blk/sop';
import { builder } from '../../graphql/builder';
import type { Context } from '../../graphql/context';
import { enumValues } from '../../graphql/enum-values';
import { validated } from '../../graphql/validate';
import { roleCan } from '../auth/capabilities';
import {
  type CountRow,
  computePerformance,
  PERFORMANCE_READ_SCOPE,
  type PerformanceReport,
  performanceQuerySchema,
  type SatisfactionRow,
  SLA_PERIODS,
  type SlaRow,
} from './compute-performance';
import {
  complianceFields,
  ikmElementFields,
  ikmFields,
  serviceTimeFields,
} from './performance-fields';

const ReportPeriodEnum = builder.enumType('ReportPeriod', {
  description: 'How a performance report splits its window (WIB calendar).',
  values: enumValues(
    SLA_PERIODS,
    (p) =>
      ({ month: 'Calendar months.', quarter: 'Quarters (triwulan).', semester: 'Half years.' })[p],
  ),
});

const ComplianceRateRef = builder.objectRef<ComplianceRate>('ComplianceRate').implement({
  description:
    'Share of step visits finished within their SOP time standard (mutu baku waktu); overdue running steps count as late.',
  fields: (t) => ({
    total: t.exposeInt('total', { description: 'Step visits measured.' }),
    ...complianceFields(t),
  }),
});

const SlaRowRef = builder.objectRef<SlaRow>('SlaComplianceRow').implement({
  description: 'Compliance of one step, role, staff member or period.',
  fields: (t) => ({
    key: t.exposeString('key', {
      description: 'Step key, role key, staff id or period key (2026-03, 2026-Q1, 2026-S1).',
    }),
    label: t.exposeString('label', { description: 'Display name in the requested language.' }),
    rate: t.field({ type: ComplianceRateRef, description: 'The figures.', resolve: (r) => r.rate }),
  }),
});

const IkmElementRef = builder.objectRef<IkmResult['elements'][number]>('IkmElement').implement({
  description: 'Mean answer (NRR, 1-4) of one survey element (unsur).',
  fields: ikmElementFields,
});

const IkmRef = builder.objectRef<IkmResult>('IkmSummary').implement({
  description: 'Indeks Kepuasan Masyarakat (PermenPANRB 14/2017) over a set of surveys.',
  fields: (t) => ikmFields(t, IkmElementRef),
});

const ProfileSatisfactionRef = builder.objectRef<ProfileRow>('ProfileSatisfaction').implement({
  description:
    'The satisfaction index of the respondents with one profile value (PermenPANRB 14/2017 report tables).',
  fields: (t) => ({
    dimension: t.exposeString('dimension', {
      description: 'sex, ageGroup, education or occupation.',
    }),
    dimensionLabel: t.string({
      description: 'Name of the dimension in the requested language.',
      resolve: (r, _args, ctx) => RESPONDENT_DIMENSION_LABELS[r.dimension][ctx.lang],
    }),
    value: t.exposeString('value', {
      nullable: true,
      description: 'The answer (e.g. P, 20_29, sma); null for respondents who left it blank.',
    }),
    label: t.string({
      description: 'The answer in the requested language.',
      resolve: (r, _args, ctx) => r.label[ctx.lang],
    }),
    index: t.field({ type: IkmRef, description: 'The index.', resolve: (r) => r.ikm }),
  }),
});

const SatisfactionRowRef = builder.objectRef<SatisfactionRow>('PeriodSatisfaction').implement({
  description: 'The satisfaction index of the surveys answered in one period.',
  fields: (t) => ({
    period: t.exposeString('period', { description: 'Period key (2026-03, 2026-Q1, 2026-S1).' }),
    index: t.field({ type: IkmRef, description: 'The index.', resolve: (r) => r.ikm }),
  }),
});

const CountRowRef = builder.objectRef<CountRow>('RequestCount').implement({
  description: 'Number of requests for one kabupaten/kota, requester type or program.',
  fields: (t) => ({
    key: t.exposeString('key', {
      nullable: true,
      description: 'Region code, requester type or program id (null: no catalogue program).',
    }),
    label: t.exposeString('label', { description: 'Display name.' }),
    count: t.exposeInt('count', { description: 'Requests received.' }),
  }),
});

const ReportRef = builder.objectRef<PerformanceReport>('PerformanceReport').implement({
  description:
    'Penilaian kinerja over the requests received in a window, computed from their recorded events, and the satisfaction surveys answered in it.',
  fields: (t) => ({
    from: t.field({ type: 'Date', description: 'First day.', resolve: (r) => r.query.from }),
    to: t.field({ type: 'Date', description: 'Last day.', resolve: (r) => r.query.to }),
    period: t.field({
      type: ReportPeriodEnum,
      description: 'How periods are split.',
      resolve: (r) => r.query.period,
    }),
    requests: t.exposeInt('requests', { description: 'Requests received in the window.' }),
    slaOverall: t.expose('overall', {
      type: ComplianceRateRef,
      description: 'SLA compliance of every office step.',
    }),
    slaByStep: t.expose('byStep', {
      type: [SlaRowRef],
      description: 'Per SOP step.',
    }),
    slaByRole: t.expose('byRole', {
      type: [SlaRowRef],
      description: 'Per role (pelaksana).',
    }),
    slaByStaff: t.expose('byStaff', {
      type: [SlaRowRef],
      description: 'Per staff member who finished the step.',
    }),
    slaByPeriod: t.expose('byPeriod', {
      type: [SlaRowRef],
      description: 'Per period in which the step ended (or fell due).',
    }),
    ...serviceTimeFields(t),
    completedRequests: t.exposeInt('completedRequests', {
      description: 'Requests that reached an end step.',
    }),
    satisfaction: t.expose('satisfaction', {
      type: IkmRef,
      description: 'Satisfaction index over the whole window.',
    }),
    satisfactionByPeriod: t.expose('satisfactionByPeriod', {
      type: [SatisfactionRowRef],
      description: 'Satisfaction index per period.',
    }),
    satisfactionByProfile: t.expose('satisfactionByProfile', {
      type: [ProfileSatisfactionRef],
      description:
        'Satisfaction index per respondent profile value: every value of sex, age group, education and occupation (zero included), then "not stated" where someone left it blank.',
    }),
    requestsByKabupaten: t.expose('byKabupaten', {
      type: [CountRowRef],
      description: 'Requests per kabupaten/kota (all of them, zero included).',
    }),
    requestsByRequesterType: t.expose('byRequesterType', {
      type: [CountRowRef],
      description: 'Requests per requester type (all of them, zero included).',
    }),
    requestsByProgram: t.expose('byProgram', {
      type: [CountRowRef],
      description: 'Requests per program, most requested first.',
    }),
  }),
});

/** Staff with the viewPerformance capability, or an API key with the reports scope. */
export function canViewPerformance(ctx: Context): boolean {
  if (ctx.viewer.kind === 'staff') return roleCan(ctx.viewer.user.roleKey, 'viewPerformance');
  return (
    ctx.viewer.kind === 'integrator' && ctx.viewer.apiKey.scopes.includes(PERFORMANCE_READ_SCOPE)
  );
}

builder.queryFields((t) => ({
  performance: t.field({
    type: ReportRef,
    description: `Performance evaluation for a window of days (staff with viewPerformance, or an API key with ${PERFORMANCE_READ_SCOPE}). The same figures download as /exports/performance.csv and .xlsx.`,
    authScopes: (_root, _args, ctx) => canViewPerformance(ctx),
    args: {
      from: t.arg({ type: 'Date', required: true, description: 'First day (WIB).' }),
      to: t.arg({ type: 'Date', required: true, description: 'Last day (WIB), included.' }),
      period: t.arg({
        type: ReportPeriodEnum,
        required: false,
        defaultValue: 'month',
        description: 'How to split the window; default month.',
      }),
    },
    resolve: (_root, args, ctx) =>
      computePerformance(ctx, validated(performanceQuerySchema, args, ctx)),
  }),
}));
