import type { Region as RegionRow } from '@blk/db';
import { builder } from '../../graphql/builder';
import { nullableInstant } from '../../graphql/instant-field';
import { type MaybePromise, whenReady } from '../../graphql/maybe-promise';
import { Region } from '../catalogue/catalogue';
import { regionAbove } from '../catalogue/region-cache';
import { trackingCodeField } from '../shared/public-submission.graphql';
import { STEP_DUE_AT } from '../shared/step-due-at';
import { stepName } from './access';
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
    id: t.exposeID('id'),
    trackingCode: t.string({ ...trackingCodeField, select: { trackingCode: true } }),
    requester: t.relation('requester'),
    region: t.field({
      type: Region,
      description: 'Desa/kelurahan where the training happens.',
      select: { regionCode: true },
      // The foreign key guarantees it; null only if the table lost a row under a running API.
      resolve: (r, _args, ctx) => regionAbove(ctx, r.regionCode, 0) as MaybePromise<RegionRow>,
    }),
    kecamatan: t.field({
      type: Region,
      nullable: true,
      description: 'Kecamatan of the venue.',
      select: { regionCode: true },
      resolve: (r, _args, ctx) => regionAbove(ctx, r.regionCode, 1),
    }),
    kabupaten: t.field({
      type: Region,
      nullable: true,
      description: 'Kabupaten/kota of the venue (its island decides travel).',
      select: { regionCode: true },
      resolve: (r, _args, ctx) => regionAbove(ctx, r.regionCode, 2),
    }),
    address: t.exposeString('address'),
    venueDetails: t.exposeString('venueDetails', { nullable: true }),
    program: t.relation('program', { nullable: true }),
    needDescription: t.exposeString('needDescription', { nullable: true }),
    participantsExpected: t.exposeInt('participantsExpected'),
    participantProfile: t.exposeString('participantProfile', { nullable: true }),
    preferredStart: t.expose('preferredStart', {
      type: 'Date',
      description: 'Earliest preferred start day.',
    }),
    preferredEnd: t.expose('preferredEnd', {
      type: 'Date',
      description: 'Latest preferred end day.',
    }),
    note: t.exposeString('note', { nullable: true }),
    state: t.exposeString('state', { description: 'Key of the current SOP step.' }),
    stepName: t.string({
      description: 'Name of the current step, from the request’s own SOP version.',
      select: { state: true, sopVersionId: true },
      resolve: (r, _args, ctx) =>
        whenReady(
          sopDefinitionOf(ctx, r.sopVersionId),
          (def) => stepName(def, r.state, ctx) ?? r.state,
        ),
    }),
    currentStep: t.field({
      type: SopStepRef,
      nullable: true,
      description: 'The current step with its mutu baku (kelengkapan, time standard, output).',
      select: { state: true, sopVersionId: true },
      resolve: (r, _args, ctx) =>
        whenReady(sopDefinitionOf(ctx, r.sopVersionId), (def) => stepView(def, r.state, ctx)),
    }),
    sopVersionNo: t.int({
      description: 'Number of the SOP version the request follows.',
      select: { sopVersion: { select: { versionNo: true } } },
      resolve: (r) => r.sopVersion.versionNo,
    }),
    version: t.exposeInt('version', {
      description: 'Optimistic-lock counter; pass as `expectedVersion` when acting.',
    }),
    submittedAt: t.expose('submittedAt', { type: 'DateTime' }),
    stepStartedAt: t.expose('stepStartedAt', { type: 'DateTime' }),
    stepDueAt: t.expose('stepDueAt', nullableInstant(STEP_DUE_AT)),
    closedAt: t.expose('closedAt', { type: 'DateTime', nullable: true }),
    sla: t.field({
      type: RequestSlaRef,
      description: 'SLA status of the current step and of every step so far.',
      select: slaSelect,
      resolve: (r, _args, ctx) => requestSla(r, ctx),
    }),
    events: t.relation('events', { query: { orderBy: { seq: 'asc' } } }),
    assessments: t.relation('assessments', { query: { orderBy: { createdAt: 'asc' } } }),
    attachments: t.relation('attachments', {
      query: { orderBy: { createdAt: 'asc' } },
      unauthorizedResolver: () => [] as never,
    }),
    schedules: t.relation('schedules', { query: { orderBy: { createdAt: 'desc' } } }),
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
