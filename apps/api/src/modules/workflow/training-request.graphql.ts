import { formatTrackingCode } from '@blk/domain';
import { builder } from '../../graphql/builder';
import { Region } from '../catalogue/catalogue';
import { isoDay, stepName } from './access';
import {
  AvailableActionRef,
  actionSelect,
  actionsFor,
  SopStepRef,
  staffActions,
  stepView,
  viewerAssigned,
} from './request-actions.graphql';
import { RequestSlaRef, requestSla, slaSelect } from './request-sla.graphql';
import { sopDefinitionOf } from './sop-definitions';

export const TrainingRequest = builder.prismaObject('TrainingRequest', {
  description:
    'A training request as staff process it through the SOP version it was submitted under.',
  // Only the columns the query's fields need (no search columns, token hash or notes on a list).
  select: { id: true },
  fields: (t) => ({
    id: t.exposeID('id', { description: 'Stable identifier (UUID).' }),
    trackingCode: t.string({
      description: 'Public tracking code, formatted XXXXX-XXXXX.',
      select: { trackingCode: true },
      resolve: (r) => formatTrackingCode(r.trackingCode),
    }),
    requester: t.relation('requester', { description: 'Who asked.' }),
    region: t.relation('region', { description: 'Desa/kelurahan where the training happens.' }),
    kecamatan: t.field({
      type: Region,
      nullable: true,
      description: 'Kecamatan of the venue.',
      select: { region: { select: { parent: true } } },
      resolve: (r) => r.region.parent,
    }),
    kabupaten: t.field({
      type: Region,
      nullable: true,
      description: 'Kabupaten/kota of the venue (its island decides travel).',
      select: { region: { select: { parent: { select: { parent: true } } } } },
      resolve: (r) => r.region.parent?.parent ?? null,
    }),
    address: t.exposeString('address', { description: 'Street address of the venue.' }),
    venueDetails: t.exposeString('venueDetails', {
      nullable: true,
      description: 'Room, power, access.',
    }),
    program: t.relation('program', {
      nullable: true,
      description: 'Requested catalogue program.',
    }),
    needDescription: t.exposeString('needDescription', {
      nullable: true,
      description: 'The training needed, when no program fits.',
    }),
    participantsExpected: t.exposeInt('participantsExpected', {
      description: 'Expected number of participants.',
    }),
    participantProfile: t.exposeString('participantProfile', {
      nullable: true,
      description: 'Who the participants are.',
    }),
    preferredStart: t.field({
      type: 'Date',
      description: 'Earliest preferred start day.',
      select: { preferredStart: true },
      resolve: (r) => isoDay(r.preferredStart),
    }),
    preferredEnd: t.field({
      type: 'Date',
      description: 'Latest preferred end day.',
      select: { preferredEnd: true },
      resolve: (r) => isoDay(r.preferredEnd),
    }),
    note: t.exposeString('note', { nullable: true, description: 'Requester’s note.' }),
    state: t.exposeString('state', { description: 'Key of the current SOP step.' }),
    stepName: t.string({
      description: 'Name of the current step, from the request’s own SOP version.',
      select: { state: true, sopVersionId: true },
      resolve: async (r, _args, ctx) =>
        stepName(await sopDefinitionOf(ctx, r.sopVersionId), r.state, ctx) ?? r.state,
    }),
    currentStep: t.field({
      type: SopStepRef,
      nullable: true,
      description: 'The current step with its mutu baku (kelengkapan, time standard, output).',
      select: { state: true, sopVersionId: true },
      resolve: async (r, _args, ctx) =>
        stepView(await sopDefinitionOf(ctx, r.sopVersionId), r.state, ctx),
    }),
    sopVersionNo: t.int({
      description: 'Number of the SOP version the request follows.',
      select: { sopVersion: { select: { versionNo: true } } },
      resolve: (r) => r.sopVersion.versionNo,
    }),
    version: t.exposeInt('version', {
      description: 'Optimistic-lock counter; pass as `expectedVersion` when acting.',
    }),
    submittedAt: t.expose('submittedAt', { type: 'DateTime', description: 'When it arrived.' }),
    stepStartedAt: t.expose('stepStartedAt', {
      type: 'DateTime',
      description: 'When it reached the current step.',
    }),
    stepDueAt: t.expose('stepDueAt', {
      type: 'DateTime',
      nullable: true,
      description: 'Deadline of the current step; null while waiting on the requester or closed.',
    }),
    closedAt: t.expose('closedAt', {
      type: 'DateTime',
      nullable: true,
      description: 'When it reached an end step.',
    }),
    sla: t.field({
      type: RequestSlaRef,
      description: 'SLA status of the current step and of every step so far.',
      select: slaSelect,
      resolve: (r, _args, ctx) => requestSla(r, ctx),
    }),
    events: t.relation('events', {
      description: 'Timeline, oldest first.',
      query: { orderBy: { seq: 'asc' } },
    }),
    assessments: t.relation('assessments', {
      description: 'Needs assessments recorded for the request.',
      query: { orderBy: { createdAt: 'asc' } },
    }),
    attachments: t.relation('attachments', {
      description:
        'Documents attached to the request (request letter, reports), oldest first. Staff only: integrators get an empty list.',
      query: { orderBy: { createdAt: 'asc' } },
      unauthorizedResolver: () => [] as never,
    }),
    schedules: t.relation('schedules', {
      description: 'Schedules (classes) of the request, newest first; cancelled ones included.',
      query: { orderBy: { createdAt: 'desc' } },
    }),
    availableActions: t.field({
      type: [AvailableActionRef],
      description: 'SOP actions the viewer may take now (empty for API keys and other roles).',
      select: { ...actionSelect, id: true },
      resolve: (r, _args, ctx) => actionsFor(r, ctx),
    }),
    viewerCanAct: t.boolean({
      description: 'True when the viewer may take at least one SOP action now.',
      select: actionSelect,
      resolve: async (r, _args, ctx) => (await staffActions(r, ctx)).actions.length > 0,
    }),
    viewerIsAssigned: t.boolean({
      description: 'True when the viewer is an instructor assigned to the current schedule.',
      select: actionSelect,
      resolve: (r, _args, ctx) => viewerAssigned(r, ctx),
    }),
  }),
});
