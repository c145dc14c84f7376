import { SERVICE_STANDARD_COMPONENTS, type ServiceStandardInput } from '@blk/domain';
import { publishedServiceStandard, serviceJangkaWaktu } from '@blk/sop';
import { builder } from '../../graphql/builder';
import { mutationErrors } from '../../graphql/error-types';
import { validated } from '../../graphql/validate';
import { CAPABILITIES } from '../auth/capabilities';
import { sopInForce } from '../requests/submit-training-request';
import { recordByIdQuery } from '../shared/record-by-id';
import { staffOf } from '../workflow/access';
import {
  draftServiceStandard,
  serviceStandardDraftSchema,
  serviceStandardUpdateSchema,
  updateServiceStandardDraft,
} from './draft-service-standard';
import {
  approveServiceStandard,
  publishServiceStandard,
  submitServiceStandard,
} from './service-standard-lifecycle';
import { VersionStatusEnum } from './sop.graphql';
import {
  draftSaveDescription,
  EXPECTED_UPDATED_AT_ARG,
  reloadVersion,
  startDraftMutation,
  VERSION_ID_ARG,
  versionStepMutation,
} from './version-mutations';

interface ComponentContent {
  key: string;
  no: number;
  label: string;
  published: boolean;
  items: readonly string[];
}

const ComponentContentRef = builder
  .objectRef<ComponentContent>('ServiceStandardComponentContent')
  .implement({
    description: 'One of the 14 components of a Standar Pelayanan (PermenPANRB 15/2014).',
    fields: (t) => ({
      key: t.exposeString('key', { description: 'Component key, e.g. persyaratan.' }),
      no: t.exposeInt('no', { description: 'Number in the regulation’s list (1-14).' }),
      label: t.exposeString('label', { description: 'Component name in the requested language.' }),
      published: t.exposeBoolean('published', {
        description: 'True for the six service-delivery components shown to the public.',
      }),
      items: t.exposeStringList('items', { description: 'The content, one item per line.' }),
    }),
  });

interface Preview {
  maklumat: string;
  components: ComponentContent[];
  workingDays: number;
}

const PreviewRef = builder.objectRef<Preview>('ServiceStandardPreview').implement({
  description:
    'What the public page would show if this version were published (the `serviceStandard` query).',
  fields: (t) => ({
    maklumat: t.exposeString('maklumat', { description: 'The Maklumat Pelayanan.' }),
    components: t.expose('components', {
      type: [ComponentContentRef],
      description: 'The six published components; jangka waktu is computed from the linked SOP.',
    }),
    completionWorkingDays: t.exposeInt('workingDays', {
      description: 'Working days from a complete request to a set schedule, from the linked SOP.',
    }),
  }),
});

type StoredStandard = { components: unknown; maklumat: string };
const contentOf = (v: StoredStandard) =>
  ({ components: v.components, maklumat: v.maklumat }) as unknown as ServiceStandardInput;

builder.prismaObject('ServiceStandardVersion', {
  description:
    'One version of the Standar Pelayanan: all 14 components, the Maklumat Pelayanan and the SOP version it rests on.',
  fields: (t) => ({
    id: t.exposeID('id'),
    versionNo: t.exposeInt('versionNo'),
    status: t.expose('status', { type: VersionStatusEnum }),
    components: t.field({
      type: [ComponentContentRef],
      description: 'All 14 components (6 published, 8 internal), in the regulation’s order.',
      resolve: (v, _args, ctx) => {
        const content = contentOf(v).components;
        return SERVICE_STANDARD_COMPONENTS.map((c, i) => ({
          key: c.key,
          no: i + 1,
          label: c.name[ctx.lang],
          published: c.published,
          items: content[c.key] ?? [],
        }));
      },
    }),
    maklumat: t.exposeString('maklumat'),
    complaintResponseDays: t.exposeInt('complaintResponseDays', {
      description: 'Working days to answer a complaint.',
    }),
    sopVersion: t.relation('sopVersion'),
    sopVersionInForce: t.boolean({
      description:
        'True when the linked SOP version is the one in force (otherwise publishing is refused).',
      select: { sopVersion: { select: { status: true } } },
      resolve: (v) => v.sopVersion.status === 'published',
    }),
    publicPreview: t.field({
      type: PreviewRef,
      description:
        'The public page data this version gives once in force: jangka waktu from the SOP in force, the complaint answer time from complaintResponseDays.',
      resolve: async (v, _args, ctx) => {
        const sop = (await sopInForce(ctx)).definition;
        return {
          maklumat: v.maklumat,
          components: publishedServiceStandard(
            contentOf(v),
            sop,
            ctx.lang,
            v.complaintResponseDays,
          ).map((c) => ({
            ...c,
            published: true,
          })),
          workingDays: serviceJangkaWaktu(sop, ctx.lang).workingDays,
        };
      },
    }),
    effectiveAt: t.expose('effectiveAt', { type: 'DateTime', nullable: true }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    updatedAt: t.expose('updatedAt', { type: 'DateTime' }),
    createdBy: t.relation('createdBy', { nullable: true }),
    approvedBy: t.relation('approvedBy', { nullable: true }),
    approvedAt: t.expose('approvedAt', { type: 'DateTime', nullable: true }),
  }),
});

builder.queryFields((t) => ({
  serviceStandardVersions: t.prismaField({
    type: ['ServiceStandardVersion'],
    description: 'Every version of the service standard, newest first (staff).',
    authScopes: { staff: true },
    resolve: (query, _root, _args, ctx) =>
      ctx.prisma.serviceStandardVersion.findMany({ ...query, orderBy: { versionNo: 'desc' } }),
  }),
  serviceStandardVersion: recordByIdQuery(t, 'ServiceStandardVersion', {
    description: 'One service standard version by id (staff).',
    authScopes: { staff: true },
  }),
}));

const standardFields = (required: boolean) =>
  builder.inputType(required ? 'DraftServiceStandardInput' : 'UpdateServiceStandardDraftInput', {
    description: required
      ? 'A new draft of the service standard, validated with the shared service standard schema.'
      : 'Changes to a draft; absent fields stay as they are.',
    fields: (t) => ({
      components: t.field({
        type: 'JSON',
        required,
        description:
          'All 14 components as { key: [items] } (persyaratan, sistem_mekanisme_prosedur, jangka_waktu, biaya_tarif, produk_pelayanan, penanganan_pengaduan, dasar_hukum, sarana_prasarana, kompetensi_pelaksana, pengawasan_internal, jumlah_pelaksana, jaminan_pelayanan, jaminan_keamanan_keselamatan, evaluasi_kinerja).',
      }),
      maklumat: t.string({ required, description: 'Text of the Maklumat Pelayanan.' }),
      sopVersionId: t.id({
        required: false,
        description: 'An approved or published SOP version; default: the SOP in force.',
      }),
      complaintResponseDays: t.int({
        required,
        description: 'Working days to answer a complaint (1-60).',
      }),
    }),
  });
const DraftInput = standardFields(true);
const UpdateInput = standardFields(false);

/** Signing and publishing are the head of office's (who also manages the standard). */
const SIGNERS = CAPABILITIES.manageServiceStandard.filter((r) =>
  (CAPABILITIES.approveSop as readonly string[]).includes(r),
);

builder.mutationFields((t) => ({
  draftServiceStandard: startDraftMutation(t, 'ServiceStandardVersion', {
    description: 'Start a new draft of the service standard.',
    roles: CAPABILITIES.manageServiceStandard,
    input: DraftInput,
    schema: serviceStandardDraftSchema,
    run: draftServiceStandard,
  }),
  updateServiceStandardDraft: t.prismaField({
    type: 'ServiceStandardVersion',
    description: draftSaveDescription('of the service standard'),
    authScopes: { roles: [...CAPABILITIES.manageServiceStandard] },
    errors: mutationErrors(),
    args: {
      id: t.arg.id(VERSION_ID_ARG.ServiceStandardVersion),
      expectedUpdatedAt: t.arg(EXPECTED_UPDATED_AT_ARG),
      input: t.arg({ type: UpdateInput, required: true, description: 'The changes.' }),
    },
    resolve: async (query, _root, args, ctx) => {
      const v = await updateServiceStandardDraft(
        ctx,
        String(args.id),
        validated(serviceStandardUpdateSchema, args.input, ctx),
        args.expectedUpdatedAt ?? undefined,
      );
      return reloadVersion('ServiceStandardVersion', ctx, query, v.id);
    },
  }),
  submitServiceStandard: versionStepMutation(t, 'ServiceStandardVersion', {
    description: 'Send a draft to the head of office for signature.',
    roles: CAPABILITIES.manageServiceStandard,
    run: submitServiceStandard,
  }),
  approveServiceStandard: versionStepMutation(t, 'ServiceStandardVersion', {
    description: 'Sign a submitted service standard and its Maklumat (kepala dinas only).',
    roles: SIGNERS,
    run: (ctx, id) => approveServiceStandard(ctx, id, staffOf(ctx).id),
  }),
  publishServiceStandard: versionStepMutation(t, 'ServiceStandardVersion', {
    description:
      'Publish a signed service standard (kepala dinas only); it replaces the public one. Its SOP version must be in force. One standard is in force: refused with CONFLICT_STALE_VERSION when another was published at the same time.',
    roles: SIGNERS,
    run: publishServiceStandard,
  }),
}));
