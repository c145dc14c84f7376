import { REQUEST_SOP_CODE, VERSION_STATUSES } from '@blk/sop';
import { builder } from '../../graphql/builder';
import type { Context } from '../../graphql/context';
import { enumValues } from '../../graphql/enum-values';
import { ErrorInterface, mutationErrors } from '../../graphql/error-types';
import { nullableInstant } from '../../graphql/instant-field';
import { validated } from '../../graphql/validate';
import { CAPABILITIES } from '../auth/capabilities';
import { recordByIdQuery } from '../shared/record-by-id';
import { staffOf } from '../workflow/access';
import {
  draftSopVersion,
  sopDraftSchema,
  sopDraftUpdateSchema,
  updateSopDraft,
} from './draft-sop-version';
import {
  type LocalizedSopProblem,
  loadRoleDirectory,
  type RoleDirectory,
  sopDiff,
  sopDocument,
  sopFlowchart,
  sopProblems,
} from './sop-rendering';
import {
  approveSopVersion,
  publishSopVersion,
  SopProblemsError,
  submitSopVersion,
} from './sop-version-lifecycle';
import {
  draftSaveDescription,
  EXPECTED_UPDATED_AT_ARG,
  reloadVersion,
  startDraftMutation,
  VERSION_ID_ARG,
  versionStepMutation,
} from './version-mutations';

export const VersionStatusEnum = builder.enumType('VersionStatus', {
  description: 'Where a version of the SOP or of the service standard is in its lifecycle.',
  values: enumValues(
    VERSION_STATUSES,
    (s) =>
      ({
        draft: 'Being written; only drafts can be edited.',
        submitted: 'Sent to the head of office for review.',
        approved: 'Signed by the head of office, not yet in force.',
        published: 'In force: new requests follow it.',
        superseded: 'Was in force, replaced by a later version.',
      })[s],
  ),
});

/** Role names and keys, loaded once per GraphQL request. */
const roleDirectories = new WeakMap<Context, Promise<RoleDirectory>>();
export function rolesOf(ctx: Context): Promise<RoleDirectory> {
  let roles = roleDirectories.get(ctx);
  if (!roles) {
    roles = loadRoleDirectory(ctx.prisma, ctx.lang);
    roleDirectories.set(ctx, roles);
  }
  return roles;
}

/** The published definition of each SOP, loaded once per GraphQL request. */
const publishedDefinitions = new WeakMap<Context, Map<string, Promise<unknown>>>();
function publishedDefinition(ctx: Context, sopId: string): Promise<unknown> {
  let bySop = publishedDefinitions.get(ctx);
  if (!bySop) {
    bySop = new Map();
    publishedDefinitions.set(ctx, bySop);
  }
  let def = bySop.get(sopId);
  if (!def) {
    def = ctx.prisma.sopVersion
      .findFirst({ where: { sopId, status: 'published' }, orderBy: { versionNo: 'desc' } })
      .then((v) => v?.definition ?? null);
    bySop.set(sopId, def);
  }
  return def;
}

export const SopProblemRef = builder.objectRef<LocalizedSopProblem>('SopProblem').implement({
  description: 'One rule an SOP definition breaks (checked by @blk/sop validateSopDefinition).',
  fields: (t) => ({
    code: t.exposeString('code', {
      description: 'Stable problem code, e.g. UNKNOWN_ROLE or UNREACHABLE_STEP.',
    }),
    path: t.exposeString('path', {
      description: 'Dotted path into the definition, e.g. steps.3.role; empty for the whole.',
    }),
    message: t.exposeString('message', { description: 'Localised explanation.' }),
  }),
});

builder.objectType(SopProblemsError, {
  name: 'SopProblemsError',
  description:
    'The version still breaks SOP rules and cannot be approved; fix every problem first.',
  interfaces: [ErrorInterface],
  fields: (t) => ({
    problems: t.expose('problems', { type: [SopProblemRef], description: 'Every problem found.' }),
  }),
});

builder.prismaObject('SopDefinition', {
  description: 'A standard operating procedure (SOP); its content lives in numbered versions.',
  fields: (t) => ({
    id: t.exposeID('id'),
    code: t.exposeString('code'),
    name: t.exposeString('name'),
    versions: t.relation('versions', { query: { orderBy: { versionNo: 'desc' } } }),
  }),
});

builder.prismaObject('SopVersion', {
  description:
    'One version of an SOP (PermenPAN-RB 35/2012 format): identity block and activity rows with mutu baku.',
  fields: (t) => ({
    id: t.exposeID('id'),
    sop: t.relation('sop'),
    versionNo: t.exposeInt('versionNo'),
    status: t.expose('status', { type: VersionStatusEnum }),
    definition: t.expose('definition', {
      type: 'JSON',
      description: 'The definition as stored (packages/sop format), for the editor.',
    }),
    changeNote: t.exposeString('changeNote', { nullable: true }),
    effectiveAt: t.expose('effectiveAt', { type: 'DateTime', nullable: true }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    updatedAt: t.expose('updatedAt', { type: 'DateTime' }),
    createdBy: t.relation('createdBy', { nullable: true }),
    approvedBy: t.relation('approvedBy', { nullable: true }),
    approvedAt: t.expose('approvedAt', { type: 'DateTime', nullable: true }),
    document: t.field({
      type: 'JSON',
      nullable: true,
      description:
        'The SOP document as data (identity block, lanes, activity table with mutu baku), in the requested language; null while the draft does not have the SOP format.',
      resolve: async (v, _args, ctx) => sopDocument(v.definition, await rolesOf(ctx), ctx.lang),
    }),
    flowchartSvg: t.string({
      nullable: true,
      description:
        'The swimlane flowchart as SVG (terminator, process, decision, arrows); null while the draft does not have the SOP format.',
      resolve: async (v, _args, ctx) => sopFlowchart(v.definition, await rolesOf(ctx), ctx.lang),
    }),
    problems: t.field({
      type: [SopProblemRef],
      description: 'Rules the definition breaks; empty when it may be approved.',
      resolve: async (v, _args, ctx) => sopProblems(v.definition, await rolesOf(ctx), ctx.lang),
    }),
    diffFromCurrent: t.field({
      type: 'JSON',
      nullable: true,
      description:
        'Changes from the published version to this one (identity fields, steps added/removed/changed, actions); null when there is no published version or either cannot be read.',
      resolve: async (v, _args, ctx) => {
        const current = await publishedDefinition(ctx, v.sopId);
        return current === null ? null : sopDiff(current, v.definition);
      },
    }),
    pdfUrl: t.string({
      description: 'Path of the printable PDF (staff session; public once published).',
      resolve: (v) => `/documents/sop/${v.id}.pdf`,
    }),
  }),
});

interface PublishedSop {
  id: string;
  versionNo: number;
  effectiveAt: Date | null;
  definition: unknown;
}

const PublishedSopRef = builder.objectRef<PublishedSop>('PublishedSop').implement({
  description: 'The SOP in force, as the public sees it: how a request is handled, step by step.',
  fields: (t) => ({
    versionId: t.exposeID('id', { description: 'Id of the version in force.' }),
    versionNo: t.exposeInt('versionNo', { description: 'Its version number.' }),
    effectiveAt: t.expose('effectiveAt', nullableInstant('When it took effect.')),
    document: t.field({
      type: 'JSON',
      description: 'Identity block and activity table with mutu baku, in the requested language.',
      resolve: async (v, _args, ctx) => sopDocument(v.definition, await rolesOf(ctx), ctx.lang),
    }),
    flowchartSvg: t.string({
      description: 'The swimlane flowchart as SVG.',
      resolve: async (v, _args, ctx) =>
        sopFlowchart(v.definition, await rolesOf(ctx), ctx.lang) ?? '',
    }),
    pdfUrl: t.string({
      description: 'Path of the printable PDF.',
      resolve: (v) => `/documents/sop/${v.id}.pdf`,
    }),
  }),
});

const SopValidation = builder
  .objectRef<{ problems: LocalizedSopProblem[] }>('SopValidation')
  .implement({
    description: 'The outcome of checking a definition without saving it.',
    fields: (t) => ({
      valid: t.boolean({
        description: 'True when no rule is broken.',
        resolve: (v) => v.problems.length === 0,
      }),
      problems: t.expose('problems', { type: [SopProblemRef], description: 'Every rule broken.' }),
    }),
  });

const SOP_CODE_ARG = {
  required: false,
  description: `SOP code; default: the training request SOP (${REQUEST_SOP_CODE}).`,
} as const;

builder.queryFields((t) => ({
  sopInForce: t.field({
    type: PublishedSopRef,
    nullable: true,
    description: 'The published SOP version: its document and flowchart (public).',
    args: { code: t.arg.string(SOP_CODE_ARG) },
    resolve: (_root, args, ctx) =>
      ctx.prisma.sopVersion.findFirst({
        where: { status: 'published', sop: { code: args.code ?? REQUEST_SOP_CODE } },
        orderBy: { versionNo: 'desc' },
      }),
  }),
  sopVersions: t.prismaField({
    type: ['SopVersion'],
    description: 'Every version of an SOP, newest first (staff).',
    authScopes: { staff: true },
    args: { code: t.arg.string(SOP_CODE_ARG) },
    resolve: (query, _root, args, ctx) =>
      ctx.prisma.sopVersion.findMany({
        ...query,
        where: { sop: { code: args.code ?? REQUEST_SOP_CODE } },
        orderBy: { versionNo: 'desc' },
      }),
  }),
  sopVersion: recordByIdQuery(t, 'SopVersion', {
    description: 'One SOP version by id (staff).',
    authScopes: { staff: true },
  }),
}));

const DraftSopVersionInput = builder.inputType('DraftSopVersionInput', {
  description: 'A new draft version of an SOP.',
  fields: (t) => ({
    basedOnVersionId: t.id({
      required: false,
      description:
        'The version this draft revises (decides which SOP it belongs to); default: the training request SOP.',
    }),
    definition: t.field({
      type: 'JSON',
      required: true,
      description: 'The definition (packages/sop format); problems are reported, not refused.',
    }),
    changeNote: t.string({ required: true, description: 'What changes and why.' }),
  }),
});

const UpdateSopDraftInput = builder.inputType('UpdateSopDraftInput', {
  description: 'Changes to a draft; absent fields stay as they are.',
  fields: (t) => ({
    definition: t.field({ type: 'JSON', required: false, description: 'The new definition.' }),
    changeNote: t.string({ required: false, description: 'The new change note.' }),
  }),
});

builder.mutationFields((t) => ({
  draftSopVersion: startDraftMutation(t, 'SopVersion', {
    description: 'Start a new draft version of an SOP.',
    roles: CAPABILITIES.draftSop,
    input: DraftSopVersionInput,
    schema: sopDraftSchema,
    run: draftSopVersion,
  }),
  updateSopDraft: t.prismaField({
    type: 'SopVersion',
    description: draftSaveDescription('version'),
    authScopes: { roles: [...CAPABILITIES.draftSop] },
    errors: mutationErrors(),
    args: {
      id: t.arg.id(VERSION_ID_ARG.SopVersion),
      expectedUpdatedAt: t.arg(EXPECTED_UPDATED_AT_ARG),
      input: t.arg({ type: UpdateSopDraftInput, required: true, description: 'The changes.' }),
    },
    resolve: async (query, _root, args, ctx) => {
      const version = await updateSopDraft(
        ctx,
        String(args.id),
        validated(sopDraftUpdateSchema, args.input, ctx),
        args.expectedUpdatedAt ?? undefined,
      );
      return reloadVersion('SopVersion', ctx, query, version.id);
    },
  }),
  validateSopDefinition: t.field({
    type: SopValidation,
    description: 'Check a definition against the SOP rules without saving it (live editor).',
    authScopes: { roles: [...CAPABILITIES.draftSop] },
    errors: mutationErrors(),
    args: {
      definition: t.arg({ type: 'JSON', required: true, description: 'The definition to check.' }),
    },
    resolve: async (_root, args, ctx) => ({
      problems: sopProblems(args.definition, await rolesOf(ctx), ctx.lang),
    }),
  }),
  submitSopVersion: versionStepMutation(t, 'SopVersion', {
    description: 'Send a draft to the head of office for review.',
    roles: CAPABILITIES.draftSop,
    run: submitSopVersion,
  }),
  approveSopVersion: versionStepMutation(t, 'SopVersion', {
    description:
      'Sign a submitted version (kepala dinas only). Refused while the definition breaks any SOP rule.',
    roles: CAPABILITIES.approveSop,
    errors: [SopProblemsError],
    run: (ctx, id) => approveSopVersion(ctx, id, staffOf(ctx)),
  }),
  publishSopVersion: versionStepMutation(t, 'SopVersion', {
    description:
      'Put an approved version in force now (kepala dinas only). The previous one is superseded; new requests follow this one, existing requests keep theirs. One version of an SOP is in force: refused with CONFLICT_STALE_VERSION when another was put in force at the same time.',
    roles: CAPABILITIES.approveSop,
    run: publishSopVersion,
  }),
}));
