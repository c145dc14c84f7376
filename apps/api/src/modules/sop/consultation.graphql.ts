import {
  CONSULTATION_DECISION_LABELS,
  CONSULTATION_DECISIONS,
  CONSULTATION_PARTICIPANT_CATEGORIES,
  CONSULTATION_PARTICIPANT_CATEGORY_LABELS,
  type ConsultationParticipantCategory,
  consultationRequirement,
} from '@blk/domain';
import { builder } from '../../graphql/builder';
import type { Context } from '../../graphql/context';
import { enumValues } from '../../graphql/enum-values';
import { mutationErrors } from '../../graphql/error-types';
import type { MutationFields } from '../../graphql/field-group';
import { invalidField, validated } from '../../graphql/validate';
import { CAPABILITIES } from '../auth/capabilities';
import { PublicServiceStandard } from '../catalogue/catalogue';
import { staffOf } from '../workflow/access';
import {
  type ConsultationTarget,
  consultationRecordSchema,
  recordConsultation,
  removeConsultation,
  setNoConsultationReason,
  updateConsultation,
} from './consultation';
import { reloadVersion, type VersionModel } from './version-mutations';

/** The roles that edit some kind of draft; the service checks the draft's own capability. */
const EDITORS = [...new Set([...CAPABILITIES.draftSop, ...CAPABILITIES.manageServiceStandard])];

const CategoryEnum = builder.enumType('ConsultationParticipantCategory', {
  description: 'Whom a consultation participant speaks for (PermenPANRB 16/2017).',
  values: enumValues(
    CONSULTATION_PARTICIPANT_CATEGORIES,
    (c) => CONSULTATION_PARTICIPANT_CATEGORY_LABELS[c].en,
  ),
});

const DecisionEnum = builder.enumType('ConsultationDecision', {
  description: 'What was decided on an input received in a consultation.',
  values: enumValues(CONSULTATION_DECISIONS, (d) => CONSULTATION_DECISION_LABELS[d].en),
});

builder.prismaObject('ConsultationParticipant', {
  description: 'One participant of a public consultation.',
  fields: (t) => ({
    name: t.exposeString('name'),
    organisation: t.exposeString('organisation'),
    category: t.expose('category', { type: CategoryEnum }),
    categoryLabel: t.string({
      description: 'The category in the requested language.',
      resolve: (p, _args, ctx) => CONSULTATION_PARTICIPANT_CATEGORY_LABELS[p.category][ctx.lang],
    }),
  }),
});

builder.prismaObject('ConsultationInput', {
  name: 'ConsultationInputReceived',
  description: 'One input received in a consultation and the decision taken on it.',
  fields: (t) => ({
    input: t.exposeString('input'),
    decision: t.expose('decision', { type: DecisionEnum }),
    decisionLabel: t.string({
      description: 'The decision in the requested language.',
      resolve: (i, _args, ctx) => CONSULTATION_DECISION_LABELS[i.decision][ctx.lang],
    }),
    reason: t.exposeString('reason', { nullable: true }),
  }),
});

builder.prismaObject('BeritaAcaraFile', {
  description: 'The berita acara (signed minutes) of a consultation.',
  fields: (t) => ({
    id: t.exposeID('id'),
    fileName: t.exposeString('fileName'),
    mimeType: t.exposeString('mimeType'),
    sizeBytes: t.exposeInt('sizeBytes'),
    sha256: t.exposeString('sha256'),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    downloadUrl: t.string({
      description: 'Path of the download on this API (staff session).',
      resolve: (f) => `/attachments/berita-acara/${f.id}`,
    }),
  }),
});

builder.prismaObject('PublicConsultation', {
  description:
    'A public consultation (UU 25/2009 pasal 20(2); PermenPANRB 16/2017 Forum Konsultasi Publik) held on an SOP or service-standard draft.',
  fields: (t) => ({
    id: t.exposeID('id'),
    heldOn: t.expose('heldOn', { type: 'Date' }),
    place: t.exposeString('place', { description: 'Place, or the medium (e.g. Zoom).' }),
    participants: t.relation('participants', { query: { orderBy: { position: 'asc' } } }),
    inputs: t.relation('inputs', { query: { orderBy: { position: 'asc' } } }),
    beritaAcara: t.relation('beritaAcara', { nullable: true }),
    createdBy: t.relation('createdBy', { nullable: true }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    updatedAt: t.expose('updatedAt', { type: 'DateTime' }),
  }),
});

/**
 * The consultation fields of a draft, the same on SOP and service-standard versions (both
 * models have `consultations` and `noConsultationReason`).
 */
const consultationFields = {
  consultations: {
    description:
      'Public consultations recorded on this version, oldest first. A draft is submitted only with one, or with noConsultationReason.',
    query: { orderBy: [{ heldOn: 'asc' as const }, { createdAt: 'asc' as const }] },
  },
  noConsultationReason: {
    nullable: true as const,
    description: 'Why this version needed no public consultation (an editorial change), if so.',
  },
  consultationMissing: {
    description:
      'True while neither a consultation nor noConsultationReason is recorded: submitting is then refused with CONSULTATION_REQUIRED.',
    select: { noConsultationReason: true, _count: { select: { consultations: true } } } as const,
    resolve: (v: { noConsultationReason: string | null; _count: { consultations: number } }) =>
      consultationRequirement({
        consultations: v._count.consultations,
        noConsultationReason: v.noConsultationReason,
      }) !== null,
  },
};

builder.prismaObjectFields('SopVersion', (t) => ({
  consultations: t.relation('consultations', consultationFields.consultations),
  noConsultationReason: t.exposeString(
    'noConsultationReason',
    consultationFields.noConsultationReason,
  ),
  consultationMissing: t.boolean(consultationFields.consultationMissing),
}));

builder.prismaObjectFields('ServiceStandardVersion', (t) => ({
  consultations: t.relation('consultations', consultationFields.consultations),
  noConsultationReason: t.exposeString(
    'noConsultationReason',
    consultationFields.noConsultationReason,
  ),
  consultationMissing: t.boolean(consultationFields.consultationMissing),
}));

// What the public page shows: when, where, and which organisations of which kind took part.
// Participants' names are not published (they are personal data; the berita acara holds them).

interface ConsultedOrganisation {
  category: ConsultationParticipantCategory;
  organisation: string;
}
interface PublicConsultationSummary {
  versionNo: number;
  heldOn: Date;
  place: string;
  organisations: ConsultedOrganisation[];
  inputsReceived: number;
  inputsAccepted: number;
}

const ConsultedOrganisationRef = builder
  .objectRef<ConsultedOrganisation>('ConsultedOrganisation')
  .implement({
    description: 'An organisation that took part in a public consultation.',
    fields: (t) => ({
      organisation: t.exposeString('organisation', { description: 'Its name.' }),
      category: t.expose('category', { type: CategoryEnum, description: 'Whom it speaks for.' }),
      categoryLabel: t.string({
        description: 'The category in the requested language.',
        resolve: (o, _args, ctx) => CONSULTATION_PARTICIPANT_CATEGORY_LABELS[o.category][ctx.lang],
      }),
    }),
  });

const PublicConsultationRef = builder
  .objectRef<PublicConsultationSummary>('PublicConsultationSummary')
  .implement({
    description:
      'A public consultation the published standard went through, as the public sees it: no names, no contact data.',
    fields: (t) => ({
      versionNo: t.exposeInt('versionNo', {
        description:
          'The version of the standard it was held on: the one in force, or the last consulted one before an editorial change.',
      }),
      heldOn: t.expose('heldOn', { type: 'Date', description: 'The day it was held.' }),
      place: t.exposeString('place', { description: 'Place, or the medium.' }),
      organisations: t.expose('organisations', {
        type: [ConsultedOrganisationRef],
        description: 'The organisations that took part, each once, by category.',
      }),
      inputsReceived: t.exposeInt('inputsReceived', { description: 'How many inputs came in.' }),
      inputsAccepted: t.exposeInt('inputsAccepted', {
        description: 'How many were accepted, as they were or with changes.',
      }),
    }),
  });

builder.objectFields(PublicServiceStandard, (t) => ({
  consultations: t.field({
    type: [PublicConsultationRef],
    description:
      'When and with whom this standard was consulted (UU 25/2009 pasal 20(2)): the consultations of the version in force, or, when it was an editorial change, of the last version before it that was consulted.',
    resolve: async (s, _args, ctx) => {
      const consulted = await ctx.prisma.serviceStandardVersion.findFirst({
        where: {
          versionNo: { lte: s.versionNo },
          status: { in: ['published', 'superseded'] },
          consultations: { some: {} },
        },
        orderBy: { versionNo: 'desc' },
        select: { versionNo: true, id: true },
      });
      if (!consulted) return [];
      const found = await ctx.prisma.publicConsultation.findMany({
        where: { serviceStandardVersionId: consulted.id },
        orderBy: [{ heldOn: 'asc' }, { createdAt: 'asc' }],
        select: {
          heldOn: true,
          place: true,
          participants: {
            orderBy: { position: 'asc' },
            select: { category: true, organisation: true },
          },
          inputs: { select: { decision: true } },
        },
      });
      return found.map((c) => {
        const seen = new Set<string>();
        const organisations = c.participants.filter((p) => {
          const key = `${p.category}\u0000${p.organisation.toLowerCase()}`;
          if (seen.has(key)) return false;
          seen.add(key);
          return true;
        });
        return {
          versionNo: consulted.versionNo,
          heldOn: c.heldOn,
          place: c.place,
          organisations,
          inputsReceived: c.inputs.length,
          inputsAccepted: c.inputs.filter((i) => i.decision !== 'rejected').length,
        };
      });
    },
  }),
  noConsultationReason: t.string({
    nullable: true,
    description: 'Why this version needed no consultation (an editorial change), if so.',
    resolve: async (s, _args, ctx) =>
      (
        await ctx.prisma.serviceStandardVersion.findUnique({
          where: { id: s.id },
          select: { noConsultationReason: true },
        })
      )?.noConsultationReason ?? null,
  }),
}));

// Mutations.

const ParticipantInput = builder.inputType('ConsultationParticipantInput', {
  description: 'One participant.',
  fields: (t) => ({
    name: t.string({ required: true, description: 'Name.' }),
    organisation: t.string({ required: true, description: 'Organisation.' }),
    category: t.field({ type: CategoryEnum, required: true, description: 'Category.' }),
  }),
});

const ReceivedInput = builder.inputType('ConsultationReceivedInput', {
  description: 'One input received and the decision on it.',
  fields: (t) => ({
    input: t.string({ required: true, description: 'What was said or asked for.' }),
    decision: t.field({ type: DecisionEnum, required: true, description: 'The decision.' }),
    reason: t.string({
      required: false,
      description: 'Why; required for a changed or rejected input.',
    }),
  }),
});

const RecordInput = builder.inputType('ConsultationRecordInput', {
  description:
    'What a consultation records, validated with the shared consultationSchema of @blk/domain.',
  fields: (t) => ({
    heldOn: t.string({ required: true, description: 'The day it was held (YYYY-MM-DD).' }),
    place: t.string({ required: true, description: 'Place, or the medium.' }),
    participants: t.field({
      type: [ParticipantInput],
      required: true,
      description: 'Who took part (1-200).',
    }),
    inputs: t.field({
      type: [ReceivedInput],
      required: true,
      description: 'Inputs received with their decisions (0-200).',
    }),
    beritaAcaraUploadId: t.id({
      required: false,
      description:
        'The `uploadId` of the berita acara from POST /uploads; on an update, a new one replaces the file and none keeps it.',
    }),
  }),
});

const TargetInput = builder.inputType('ConsultationTargetInput', {
  description: 'The draft a consultation is held on: give exactly one id.',
  fields: (t) => ({
    sopVersionId: t.id({ required: false, description: 'An SOP draft (role with draftSop).' }),
    serviceStandardVersionId: t.id({
      required: false,
      description: 'A service-standard draft (role with manageServiceStandard).',
    }),
  }),
});

const RemovedRef = builder.objectRef<{ id: string }>('ConsultationRemoved').implement({
  description: 'A consultation that was removed.',
  fields: (t) => ({ id: t.exposeID('id', { description: 'Its former id.' }) }),
});

function targetFrom(
  input: {
    sopVersionId?: string | number | null;
    serviceStandardVersionId?: string | number | null;
  },
  ctx: Context,
): ConsultationTarget {
  const sop = input.sopVersionId == null ? null : String(input.sopVersionId);
  const std =
    input.serviceStandardVersionId == null ? null : String(input.serviceStandardVersionId);
  // Exactly one: neither or both is the same mistake.
  if ((sop === null) === (std === null)) invalidField(ctx, 'common.required', ['target']);
  return sop !== null ? { kind: 'sop', id: sop } : { kind: 'serviceStandard', id: std ?? '' };
}

/** Per kind of draft: who edits it, the argument naming it, and its kind for the use case. */
const DRAFTS = {
  SopVersion: {
    roles: CAPABILITIES.draftSop,
    arg: { required: true, description: 'The SOP draft.' },
    kind: 'sop',
  },
  ServiceStandardVersion: {
    roles: CAPABILITIES.manageServiceStandard,
    arg: { required: true, description: 'The service-standard draft.' },
    kind: 'serviceStandard',
  },
} as const satisfies Record<
  VersionModel,
  {
    roles: readonly string[];
    arg: { required: true; description: string };
    kind: ConsultationTarget['kind'];
  }
>;

/** Recording (or clearing) why a draft of either document needs no public consultation. */
function noConsultationReasonMutation(t: MutationFields, model: VersionModel, description: string) {
  const draft = DRAFTS[model];
  return t.prismaField({
    type: model,
    description,
    authScopes: { roles: [...draft.roles] },
    errors: mutationErrors(),
    args: {
      id: t.arg.id(draft.arg),
      reason: t.arg.string({ required: false, description: 'The reason (10+ characters).' }),
    },
    resolve: async (query, _root, args, ctx) => {
      const id = String(args.id);
      await setNoConsultationReason(ctx, { kind: draft.kind, id }, args.reason ?? null);
      return reloadVersion(model, ctx, query, id);
    },
  });
}

builder.mutationFields((t) => ({
  recordConsultation: t.prismaField({
    type: 'PublicConsultation',
    description:
      'Record a public consultation on an SOP or service-standard draft (the roles that edit that draft).',
    authScopes: { roles: EDITORS },
    errors: mutationErrors(),
    args: {
      target: t.arg({ type: TargetInput, required: true, description: 'The draft.' }),
      input: t.arg({ type: RecordInput, required: true, description: 'The consultation.' }),
    },
    resolve: async (query, _root, args, ctx) => {
      const target = targetFrom(args.target, ctx);
      const input = validated(consultationRecordSchema, args.input, ctx);
      const c = await recordConsultation(ctx, target, input, staffOf(ctx).id);
      return ctx.prisma.publicConsultation.findUniqueOrThrow({ ...query, where: { id: c.id } });
    },
  }),
  updateConsultation: t.prismaField({
    type: 'PublicConsultation',
    description: 'Change what a consultation on a draft records (only while it is a draft).',
    authScopes: { roles: EDITORS },
    errors: mutationErrors(),
    args: {
      id: t.arg.id({ required: true, description: 'The consultation.' }),
      input: t.arg({ type: RecordInput, required: true, description: 'The consultation.' }),
    },
    resolve: async (query, _root, args, ctx) => {
      const input = validated(consultationRecordSchema, args.input, ctx);
      const c = await updateConsultation(ctx, String(args.id), input, staffOf(ctx).id);
      return ctx.prisma.publicConsultation.findUniqueOrThrow({ ...query, where: { id: c.id } });
    },
  }),
  removeConsultation: t.field({
    type: RemovedRef,
    description: 'Remove a consultation recorded on a draft by mistake, with its berita acara.',
    authScopes: { roles: EDITORS },
    errors: mutationErrors(),
    args: { id: t.arg.id({ required: true, description: 'The consultation.' }) },
    resolve: async (_root, args, ctx) => ({
      id: (await removeConsultation(ctx, String(args.id))).id,
    }),
  }),
  setSopNoConsultationReason: noConsultationReasonMutation(
    t,
    'SopVersion',
    'Record why an SOP draft needs no public consultation (an editorial change); null or empty clears it.',
  ),
  setServiceStandardNoConsultationReason: noConsultationReasonMutation(
    t,
    'ServiceStandardVersion',
    'Record why a service-standard draft needs no public consultation (an editorial change); null or empty clears it.',
  ),
}));
