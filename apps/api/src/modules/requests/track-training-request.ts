import { type Lang, message, type TrackingLookupInput } from '@blk/domain';
import {
  actionsOf,
  availableActions,
  findStep,
  localize,
  REQUESTER_LANE,
  type SopDefinition,
  stepDeadline,
  stepTitleOf,
  type TrainingSchedule,
} from '@blk/sop';
import type { Context } from '../../graphql/context';
import { proveRequesterRequest } from './find-requester-request';
import { stepsAhead } from './request-history';
import { type RequesterTask, requesterTaskOf } from './requester-task';

/** One public event of a request's history. */
export interface TimelineEntry {
  label: string;
  at: Date;
  /** Whether the step it finished met its time standard; null for the submission. */
  onTime: boolean | null;
  stepKey: string;
  stepName: string;
}

/** A step still ahead, with dates estimated from the SOP time standards. */
export interface ExpectedStep {
  stepKey: string;
  name: string;
  byRequester: boolean;
  estimatedStartAt: Date | null;
  estimatedDueAt: Date | null;
}

/** What the requester sees on the tracking page: nothing they did not give, no staff notes. */
export interface TrackedRequest {
  trackingCode: string;
  organizationName: string;
  regionName: string;
  programName: string | null;
  submittedAt: Date;
  stepKey: string;
  stepName: string;
  stepDescription: string;
  statusLabel: string;
  stepDueAt: Date | null;
  closedAt: Date | null;
  timeline: TimelineEntry[];
  expectedSteps: ExpectedStep[];
  viewerCanCancel: boolean;
  viewerCanAnswerSurvey: boolean;
  schedule: {
    startDate: Date;
    endDate: Date;
    venue: string;
    programName: string;
    instructorNames: string[];
  } | null;
  /** What the office asks of the requester now; null while the office holds the request. */
  requesterTask: RequesterTask | null;
}

function eventLabel(
  def: SopDefinition,
  event: { action: string; fromState: string | null },
  lang: Lang,
): string {
  if (event.fromState === null) return message('tracking.submitted', lang);
  const action = actionsOf(def, event.fromState).find((a) => a.key === event.action);
  return action ? localize(action.publicLabel ?? action.label, lang) : event.action;
}

/** Looks a request up for its requester and builds the public view. */
export async function trackTrainingRequest(
  ctx: Context,
  lookup: TrackingLookupInput,
): Promise<TrackedRequest> {
  return publicView(ctx, await proveRequesterRequest(ctx, lookup));
}

/** The public view of a request its requester has proved to own. */
export async function publicView(
  ctx: Context,
  found: { id: string; definition: SopDefinition },
): Promise<TrackedRequest> {
  const { definition: def } = found;
  const [request, calendar] = await Promise.all([
    ctx.prisma.trainingRequest.findUniqueOrThrow({
      where: { id: found.id },
      relationLoadStrategy: 'join',
      include: {
        requester: { select: { organizationName: true } },
        region: { select: { name: true } },
        program: { select: { name: true } },
        survey: { select: { id: true } },
        events: { where: { isPublic: true }, orderBy: { seq: 'asc' } },
        schedules: {
          where: { cancelledAt: null },
          orderBy: { createdAt: 'desc' },
          take: 1,
          include: {
            program: { select: { name: true } },
            instructors: {
              orderBy: [{ lead: 'desc' }, { createdAt: 'asc' }],
              select: { instructor: { select: { name: true } } },
            },
          },
        },
      },
    }),
    ctx.calendar(),
  ]);
  const lang = ctx.lang;
  const scheduled = request.schedules[0];
  const schedule: TrainingSchedule | undefined = scheduled && {
    startDate: scheduled.startDate.toISOString().slice(0, 10),
    endDate: scheduled.endDate.toISOString().slice(0, 10),
  };
  const timeline = request.events.map((e) => ({
    label: eventLabel(def, e, lang),
    at: e.at,
    onTime: e.fromState === null ? null : e.onTime,
    stepKey: e.toState,
    stepName: stepTitleOf(def, e.toState, lang),
  }));

  // Estimates start when the current step is due, or now if it already is overdue.
  const now = ctx.now();
  let cursor: Date | null = request.stepDueAt && request.stepDueAt > now ? request.stepDueAt : now;
  const expectedSteps = stepsAhead(def, request.state).map((key) => {
    const step = findStep(def, key);
    const start = cursor;
    const due =
      start && step?.kind !== 'end' ? stepDeadline(def, key, start, calendar, schedule) : null;
    if (step?.kind !== 'end') cursor = due;
    return {
      stepKey: key,
      name: stepTitleOf(def, key, lang),
      byRequester: step?.role === REQUESTER_LANE,
      estimatedStartAt: start,
      estimatedDueAt: due,
    };
  });

  const actions = availableActions(def, request.state, { kind: 'requester' });
  const has = (type: 'withdrawRequest' | 'recordSurvey') =>
    actions.some((a) => a.effects.some((e) => e.type === type));
  const current = findStep(def, request.state);
  return {
    trackingCode: request.trackingCode,
    organizationName: request.requester.organizationName,
    regionName: request.region.name,
    programName: request.program?.name ?? null,
    submittedAt: request.submittedAt,
    stepKey: request.state,
    stepName: stepTitleOf(def, request.state, lang),
    stepDescription: current ? localize(current.description, lang) : '',
    statusLabel: timeline.at(-1)?.label ?? stepTitleOf(def, request.state, lang),
    stepDueAt: request.stepDueAt,
    closedAt: request.closedAt,
    timeline,
    expectedSteps,
    viewerCanCancel: has('withdrawRequest'),
    viewerCanAnswerSurvey: has('recordSurvey') && !request.survey,
    requesterTask: requesterTaskOf(def, request, request.events, calendar, lang),
    schedule: scheduled
      ? {
          startDate: scheduled.startDate,
          endDate: scheduled.endDate,
          venue: scheduled.venue,
          programName: scheduled.program.name,
          instructorNames: scheduled.instructors.map((a) => a.instructor.name),
        }
      : null,
  };
}
