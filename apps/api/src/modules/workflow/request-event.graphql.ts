import { roleLabel } from '@blk/sop';
import { builder } from '../../graphql/builder';
import { whenReady } from '../../graphql/maybe-promise';
import { ActorTypeEnum } from '../audit/audit.graphql';
import { stepName } from './access';
import { actionLabel } from './request-actions.graphql';
import { sopDefinitionOf } from './sop-definitions';

export const RequestEvent = builder.prismaObject('RequestEvent', {
  description: 'One entry of a request’s timeline: a transition, timed against its SOP step.',
  fields: (t) => ({
    seq: t.exposeInt('seq', { description: '1, 2, 3… per request.' }),
    at: t.expose('at', { type: 'DateTime' }),
    actorType: t.expose('actorType', { type: ActorTypeEnum, description: 'Kind of actor.' }),
    actorName: t.string({
      nullable: true,
      description: 'Name of the staff member who acted.',
      select: { actorStaff: { select: { name: true } } },
      resolve: (e) => e.actorStaff?.name ?? null,
    }),
    actorRole: t.exposeString('actorRole', {
      nullable: true,
      description: 'Role key the staff member acted in.',
    }),
    actorRoleName: t.string({
      nullable: true,
      description: 'Display name of that role.',
      select: { actorRole: true },
      resolve: (e) => (e.actorRole ? roleLabel(e.actorRole) : null),
    }),
    action: t.exposeString('action'),
    actionLabel: t.string({
      description: 'Action label in the caller’s language.',
      select: {
        action: true,
        fromState: true,
        request: { select: { sopVersionId: true } },
      },
      resolve: (e, _args, ctx) =>
        whenReady(sopDefinitionOf(ctx, e.request.sopVersionId), (def) =>
          actionLabel(def, e.fromState, e.action, ctx),
        ),
    }),
    fromState: t.exposeString('fromState', { nullable: true }),
    fromStepName: t.string({
      nullable: true,
      description: 'Name of the step before.',
      select: {
        fromState: true,
        request: { select: { sopVersionId: true } },
      },
      resolve: (e, _args, ctx) =>
        whenReady(sopDefinitionOf(ctx, e.request.sopVersionId), (def) =>
          stepName(def, e.fromState, ctx),
        ),
    }),
    toState: t.exposeString('toState'),
    toStepName: t.string({
      description: 'Name of the step after.',
      select: {
        toState: true,
        request: { select: { sopVersionId: true } },
      },
      resolve: (e, _args, ctx) =>
        whenReady(
          sopDefinitionOf(ctx, e.request.sopVersionId),
          (def) => stepName(def, e.toState, ctx) ?? e.toState,
        ),
    }),
    inputs: t.expose('inputs', { type: 'JSON', nullable: true }),
    durationWorkingDays: t.float({
      nullable: true,
      description: 'Working days the finished step took.',
      select: { durationWorkingDays: true },
      resolve: (e) => (e.durationWorkingDays === null ? null : Number(e.durationWorkingDays)),
    }),
    standardValue: t.float({
      nullable: true,
      description: 'The step’s time standard at the time (in `standardUnit`).',
      select: { standardValue: true },
      resolve: (e) => (e.standardValue === null ? null : Number(e.standardValue)),
    }),
    standardUnit: t.exposeString('standardUnit', { nullable: true }),
    dueAt: t.expose('dueAt', { type: 'DateTime', nullable: true }),
    onTime: t.exposeBoolean('onTime', { nullable: true }),
  }),
});
