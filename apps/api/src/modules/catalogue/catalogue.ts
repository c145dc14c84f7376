import type { ServiceStandard } from '@blk/sop';
import { publishedServiceStandard, serviceJangkaWaktu } from '@blk/sop';
import { builder } from '../../graphql/builder';
import { notFound } from '../../graphql/errors';
import { nullableInstant } from '../../graphql/instant-field';
import { sopInForce } from '../requests/submit-training-request';

export const Kejuruan = builder.prismaObject('Kejuruan', {
  description: 'A vocational field (kejuruan), e.g. Otomotif or Garmen Apparel.',
  fields: (t) => ({
    code: t.exposeString('code'),
    name: t.exposeString('name'),
  }),
});

export const CompetencyUnit = builder.prismaObject('CompetencyUnit', {
  description: 'A competency unit taught in a program.',
  fields: (t) => ({
    code: t.exposeString('code'),
    title: t.exposeString('title'),
    jp: t.exposeInt('jp'),
  }),
});

export const TrainingProgram = builder.prismaObject('TrainingProgram', {
  description: 'A training program the BLK can deliver on site.',
  // A list of requests names the program; the catalogue texts load only when asked for.
  select: { id: true },
  fields: (t) => ({
    id: t.exposeID('id'),
    code: t.exposeString('code'),
    name: t.exposeString('name'),
    description: t.exposeString('description'),
    kejuruan: t.relation('kejuruan'),
    durationDays: t.exposeInt('durationDays'),
    durationJp: t.exposeInt('durationJp'),
    classSizeMin: t.exposeInt('classSizeMin'),
    classSizeDefault: t.exposeInt('classSizeDefault'),
    classSizeMax: t.exposeInt('classSizeMax'),
    minAge: t.exposeInt('minAge', { nullable: true }),
    maxAge: t.exposeInt('maxAge', { nullable: true }),
    technical: t.exposeBoolean('technical', {
      description: 'A technical program (stricter age rule).',
    }),
    requirements: t.exposeStringList('requirements', {
      description: 'What participants must meet or bring.',
    }),
    siteRequirements: t.exposeStringList('siteRequirements', {
      description: 'What the requester must provide on site (room, power, water, ...).',
    }),
    learningOutcomes: t.exposeStringList('learningOutcomes'),
    units: t.relation('units', { query: { orderBy: { position: 'asc' } } }),
    active: t.exposeBoolean('active'),
  }),
});

export const Region = builder.prismaObject('Region', {
  description:
    'A Kemendagri administrative region (province, kabupaten/kota, kecamatan, desa/kelurahan).',
  fields: (t) => ({
    code: t.exposeString('code'),
    name: t.exposeString('name'),
    level: t.exposeString('level'),
    parentCode: t.exposeString('parentCode', { nullable: true }),
    island: t.exposeString('island', {
      nullable: true,
      description: 'Island group of a kabupaten/kota.',
    }),
  }),
});

const ServiceComponent = builder
  .objectRef<{ key: string; no: number; label: string; items: readonly string[] }>(
    'ServiceStandardComponent',
  )
  .implement({
    description: 'One published component of the Standar Pelayanan (PermenPANRB 15/2014).',
    fields: (t) => ({
      key: t.exposeString('key', { description: 'Component key, e.g. jangka_waktu.' }),
      no: t.exposeInt('no', {
        description: 'Number of the component in the regulation’s list (1-14).',
      }),
      label: t.exposeString('label', { description: 'Component name in the requested language.' }),
      items: t.exposeStringList('items', {
        description: 'The component’s content, one item per line.',
      }),
    }),
  });

interface PublishedStandard {
  /** The version's id (its consultations are added in modules/sop/consultation.graphql.ts). */
  id: string;
  versionNo: number;
  effectiveAt: Date | null;
  maklumat: string;
  components: ReturnType<typeof publishedServiceStandard>;
  workingDays: number;
  complaintResponseDays: number;
}

export const PublicServiceStandard = builder
  .objectRef<PublishedStandard>('PublicServiceStandard')
  .implement({
    description:
      'The service standard promised to the public: the six published components and the Maklumat.',
    fields: (t) => ({
      versionNo: t.exposeInt('versionNo', { description: 'Version number of the standard.' }),
      effectiveAt: t.expose('effectiveAt', nullableInstant('When it took effect.')),
      maklumat: t.exposeString('maklumat', {
        description: 'Maklumat Pelayanan: the signed public promise.',
      }),
      components: t.expose('components', {
        type: [ServiceComponent],
        description: 'The six published components, in order.',
      }),
      completionWorkingDays: t.exposeInt('workingDays', {
        description:
          'Working days from a complete request to a set schedule, computed from the time standards of the SOP in force.',
      }),
      complaintResponseDays: t.exposeInt('complaintResponseDays', {
        description:
          'Working days within which a complaint is answered: the setting that sets complaint deadlines.',
      }),
    }),
  });

builder.queryFields((t) => ({
  programs: t.prismaConnection({
    type: 'TrainingProgram',
    cursor: 'id',
    description:
      'Active programs in the catalogue, by name. Filter by text, kejuruan or maximum length.',
    args: {
      search: t.arg.string({ required: false, description: 'Words in the name or description.' }),
      kejuruan: t.arg.string({ required: false, description: 'Kejuruan code.' }),
      maxDays: t.arg.int({
        required: false,
        description: 'Only programs of at most this many days.',
      }),
    },
    resolve: (query, _root, args, ctx) =>
      ctx.prisma.trainingProgram.findMany({
        ...query,
        relationLoadStrategy: 'join',
        where: {
          active: true,
          ...(args.kejuruan ? { kejuruanCode: args.kejuruan } : {}),
          ...(args.maxDays ? { durationDays: { lte: args.maxDays } } : {}),
          ...(args.search?.trim()
            ? {
                OR: [
                  { name: { contains: args.search.trim(), mode: 'insensitive' } },
                  { description: { contains: args.search.trim(), mode: 'insensitive' } },
                ],
              }
            : {}),
        },
        orderBy: [{ name: 'asc' }, { id: 'asc' }],
      }),
  }),
  program: t.prismaField({
    type: 'TrainingProgram',
    nullable: true,
    description: 'One program by id or catalogue code.',
    args: {
      id: t.arg.id({ required: false, description: 'Program id.' }),
      code: t.arg.string({ required: false, description: 'Catalogue code.' }),
    },
    resolve: (query, _root, args, ctx) => {
      if (!args.id && !args.code) return null;
      return ctx.prisma.trainingProgram.findFirst({
        ...query,
        relationLoadStrategy: 'join',
        where: args.id ? { id: String(args.id) } : { code: args.code ?? '' },
      });
    },
  }),
  kejuruan: t.prismaField({
    type: ['Kejuruan'],
    description: 'All vocational fields.',
    resolve: (query, _root, _args, ctx) =>
      ctx.prisma.kejuruan.findMany({ ...query, orderBy: { name: 'asc' } }),
  }),
  regions: t.prismaField({
    type: ['Region'],
    description:
      'Regions under a parent (kabupaten/kota under the province when no parent is given), for the kabupaten → kecamatan → desa picker.',
    args: {
      parentCode: t.arg.string({
        required: false,
        description: 'Parent region code; default: the province.',
      }),
    },
    resolve: async (query, _root, args, ctx) => {
      const parentCode =
        args.parentCode ??
        (await ctx.prisma.region.findFirst({ where: { level: 'provinsi' } }))?.code ??
        '';
      return ctx.prisma.region.findMany({
        ...query,
        where: { parentCode },
        orderBy: { code: 'asc' },
      });
    },
  }),
  serviceStandard: t.field({
    type: PublicServiceStandard,
    description:
      'The service standard in force. Its completion time is computed from the SOP in force (so publishing a new SOP updates it) and its complaint answer time from complaintResponseDays.',
    resolve: async (_root, _args, ctx) => {
      const std = await ctx.prisma.serviceStandardVersion.findFirst({
        where: { status: 'published' },
        orderBy: { versionNo: 'desc' },
      });
      if (!std) throw notFound('published service standard');
      const sop = (await sopInForce(ctx)).definition;
      const standard = {
        components: std.components,
        maklumat: std.maklumat,
      } as unknown as ServiceStandard;
      return {
        id: std.id,
        versionNo: std.versionNo,
        effectiveAt: std.effectiveAt,
        maklumat: std.maklumat,
        components: publishedServiceStandard(standard, sop, ctx.lang, std.complaintResponseDays),
        workingDays: serviceJangkaWaktu(sop, ctx.lang).workingDays,
        complaintResponseDays: std.complaintResponseDays,
      };
    },
  }),
}));
