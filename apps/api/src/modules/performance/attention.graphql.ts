import { endOfJakartaDay, toJakartaDate } from '@blk/domain';
import { findStep, roleLabel, stepTitle } from '@blk/sop';
import { builder } from '../../graphql/builder';
import type { Context } from '../../graphql/context';
import { roleCan } from '../auth/capabilities';
import { type SopReviewStatus, sopReviewStatuses } from '../sop/sop-review';
import { ReviewStatusRef } from '../sop/sop-review.graphql';
import { sopDefinition } from '../workflow/access';
import { canViewPerformance } from './performance.graphql';

/** Open requests at one SOP step, and how many of them are past the step's deadline. */
interface StepLoad {
  stepKey: string;
  stepName: string;
  roleName: string;
  decision: boolean;
  open: number;
  overdue: number;
}

/** What needs the head of office's attention today. */
export interface Attention {
  steps: StepLoad[];
  complaintsDueToday: number;
  complaintsOverdue: number;
  sopVersionsToApprove: number;
  serviceStandardsToApprove: number;
  sopReviewsDue: SopReviewStatus[];
}

const StepLoadRef = builder.objectRef<StepLoad>('StepLoad').implement({
  description: 'Open requests at one SOP step (all SOP versions in use), with the overdue ones.',
  fields: (t) => ({
    stepKey: t.exposeString('stepKey', { description: 'Step key: filter the request list by it.' }),
    stepName: t.exposeString('stepName', { description: 'Step name.' }),
    roleName: t.exposeString('roleName', { description: 'Who acts at the step (pelaksana).' }),
    decision: t.exposeBoolean('decision', {
      description: 'A decision step (an approval): the requests wait for someone to decide.',
    }),
    open: t.exposeInt('open', { description: 'Requests at the step now.' }),
    overdue: t.exposeInt('overdue', { description: 'Of those, past the step’s deadline.' }),
  }),
});

const AttentionRef = builder.objectRef<Attention>('Attention').implement({
  description:
    'What needs attention today: requests per step with the overdue ones, complaints due, and SOP and service-standard drafts waiting for signature.',
  fields: (t) => ({
    steps: t.expose('steps', {
      type: [StepLoadRef],
      description: 'Steps with open requests, overdue first.',
    }),
    complaintsDueToday: t.exposeInt('complaintsDueToday', {
      description:
        'Open complaints whose answer is due by the end of today (WIB), overdue included.',
    }),
    complaintsOverdue: t.exposeInt('complaintsOverdue', {
      description: 'Open complaints past their answer deadline.',
    }),
    sopVersionsToApprove: t.exposeInt('sopVersionsToApprove', {
      description: 'SOP versions submitted for approval.',
    }),
    serviceStandardsToApprove: t.exposeInt('serviceStandardsToApprove', {
      description: 'Service-standard versions submitted for approval.',
    }),
    sopReviewsDue: t.expose('sopReviewsDue', {
      type: [ReviewStatusRef],
      description:
        'SOP versions in force that went 6 months without a review (PermenPAN-RB 35/2012), for the kepala seksi and the kepala dinas; empty for others.',
    }),
  }),
});

async function loadAttention(ctx: Context): Promise<Attention> {
  const now = ctx.now();
  const endOfToday = endOfJakartaDay(toJakartaDate(now));
  const openComplaint = { status: { in: ['received' as const, 'in_progress' as const] } };
  const reviewer =
    ctx.viewer.kind === 'staff' && roleCan(ctx.viewer.user.roleKey, 'viewSopReviews');
  const [open, overdue, dueToday, lateComplaints, sops, standards, reviews] = await Promise.all([
    ctx.prisma.trainingRequest.groupBy({
      by: ['sopVersionId', 'state'],
      where: { closedAt: null },
      _count: { _all: true },
    }),
    ctx.prisma.trainingRequest.groupBy({
      by: ['sopVersionId', 'state'],
      where: { closedAt: null, stepDueAt: { lt: now } },
      _count: { _all: true },
    }),
    ctx.prisma.complaint.count({ where: { ...openComplaint, responseDueAt: { lte: endOfToday } } }),
    ctx.prisma.complaint.count({ where: { ...openComplaint, responseDueAt: { lt: now } } }),
    ctx.prisma.sopVersion.count({ where: { status: 'submitted' } }),
    ctx.prisma.serviceStandardVersion.count({ where: { status: 'submitted' } }),
    reviewer ? sopReviewStatuses(ctx.prisma, now) : [],
  ]);
  const versions = await ctx.prisma.sopVersion.findMany({
    where: { id: { in: [...new Set(open.map((g) => g.sopVersionId))] } },
    select: { id: true, definition: true },
  });
  const definitions = new Map(versions.map((v) => [v.id, sopDefinition(v.definition)]));
  const steps = new Map<string, StepLoad>();
  for (const group of open) {
    const def = definitions.get(group.sopVersionId);
    const step = def ? findStep(def, group.state) : undefined;
    const late =
      overdue.find((o) => o.sopVersionId === group.sopVersionId && o.state === group.state)?._count
        ._all ?? 0;
    const load = steps.get(group.state) ?? {
      stepKey: group.state,
      stepName: step ? stepTitle(step, ctx.lang) : group.state,
      roleName: step ? roleLabel(step.role) : '',
      decision: step?.kind === 'decision',
      open: 0,
      overdue: 0,
    };
    load.open += group._count._all;
    load.overdue += late;
    steps.set(group.state, load);
  }
  return {
    steps: [...steps.values()].sort((a, b) => b.overdue - a.overdue || b.open - a.open),
    complaintsDueToday: dueToday,
    complaintsOverdue: lateComplaints,
    sopVersionsToApprove: sops,
    serviceStandardsToApprove: standards,
    sopReviewsDue: reviews.filter((r) => r.due),
  };
}

builder.queryFields((t) => ({
  attention: t.field({
    type: AttentionRef,
    description:
      'What needs attention today, for the heads of office (staff with viewPerformance): requests waiting per step with the overdue ones, complaints due, drafts waiting for signature.',
    authScopes: (_root, _args, ctx) => ctx.viewer.kind === 'staff' && canViewPerformance(ctx),
    resolve: (_root, _args, ctx) => loadAttention(ctx),
  }),
}));
