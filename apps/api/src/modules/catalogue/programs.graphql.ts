import { kejuruanSchema, parseInput, programSchema } from '@blk/domain';
import { builder } from '../../graphql/builder';
import type { Context } from '../../graphql/context';
import { mutationErrors } from '../../graphql/error-types';
import { InputValidationError } from '../../graphql/errors';
import { validated } from '../../graphql/validate';
import { requireCapability } from '../auth/capability';
import { setArchived } from '../shared/archive-record';
import { recordStepMutation } from '../shared/record-by-id';
import { forgetCatalogue } from './catalogue-cache';
import { createProgram } from './create-program';
import { createKejuruan, renameKejuruan } from './save-kejuruan';
import { updateProgram } from './update-program';

builder.prismaObjectFields('TrainingProgram', (t) => ({
  updatedAt: t.expose('updatedAt', { type: 'DateTime', authScopes: { staff: true } }),
  archivedAt: t.expose('archivedAt', { type: 'DateTime', nullable: true }),
}));

const CompetencyUnitInput = builder.inputType('CompetencyUnitInput', {
  description: 'A competency unit (unit kompetensi) of a program.',
  fields: (t) => ({
    code: t.string({ required: true, description: 'Unit code; stored upper-case.' }),
    title: t.string({ required: true, description: 'What the participant becomes able to do.' }),
    jp: t.int({ required: true, description: 'Lesson hours (JP, 45 minutes each).' }),
  }),
});

const ProgramInput = builder.inputType('ProgramInput', {
  description: 'A catalogue program, validated with the shared program schema.',
  fields: (t) => ({
    code: t.string({ required: true, description: 'Catalogue code, e.g. GAR-JHT-02; unique.' }),
    name: t.string({ required: true, description: 'Program name in Bahasa Indonesia.' }),
    kejuruan: t.string({ required: true, description: 'Kejuruan code, e.g. GAR.' }),
    description: t.string({ required: false, description: 'What the training covers.' }),
    durationDays: t.int({ required: true, description: 'Length in training days (1-60).' }),
    durationJp: t.int({ required: true, description: 'Length in lesson hours (JP).' }),
    classSizeMin: t.int({ required: true, description: 'Fewest participants for a class.' }),
    classSizeDefault: t.int({ required: true, description: 'Usual class size.' }),
    classSizeMax: t.int({ required: true, description: 'Most participants for a class.' }),
    ageMin: t.int({
      required: false,
      description: 'Youngest participant age on the first day; null for no limit.',
    }),
    ageMax: t.int({
      required: false,
      description: 'Oldest participant age on the first day; null for no limit.',
    }),
    requirements: t.stringList({
      required: true,
      description: 'What participants must meet or bring.',
    }),
    siteRequirements: t.stringList({
      required: true,
      description: 'What the requester must provide on site.',
    }),
    competencyUnits: t.field({
      type: [CompetencyUnitInput],
      required: true,
      description: 'Competency units in teaching order; their JP may not exceed the program’s.',
    }),
  }),
});

/**
 * Validates a program with the shared schema. Unlike other inputs, a null age limit is kept:
 * the schema reads null as "no limit", which is not the same as leaving the field out.
 */
function parseProgramInput(input: typeof ProgramInput.$inferInput, ctx: Context) {
  const result = parseInput(
    programSchema,
    {
      ...input,
      description: input.description ?? undefined,
      ageMin: input.ageMin ?? null,
      ageMax: input.ageMax ?? null,
    },
    ctx.lang,
  );
  if (!result.ok) throw new InputValidationError(result.issues);
  return result.data;
}

const KejuruanInput = builder.inputType('KejuruanInput', {
  description: 'A vocational field (kejuruan).',
  fields: (t) => ({
    code: t.string({
      required: true,
      description: 'Short code of 2-10 letters or digits, e.g. LAS.',
    }),
    name: t.string({ required: true, description: 'Name in Bahasa Indonesia.' }),
  }),
});

const manageCatalogue = requireCapability('manageCatalogue');

builder.queryFields((t) => ({
  allPrograms: t.prismaConnection({
    type: 'TrainingProgram',
    cursor: 'id',
    description: 'Every program for staff, archived ones included, by name.',
    authScopes: { staff: true },
    args: {
      search: t.arg.string({ required: false, description: 'Words in the name or code.' }),
      kejuruan: t.arg.string({ required: false, description: 'Kejuruan code.' }),
      archived: t.arg.boolean({
        required: false,
        description: 'Only archived (true) or only offered (false) programs; both when absent.',
      }),
    },
    resolve: (query, _root, args, ctx) => {
      const search = args.search?.trim();
      return ctx.prisma.trainingProgram.findMany({
        ...query,
        where: {
          ...(args.kejuruan ? { kejuruanCode: args.kejuruan } : {}),
          ...(args.archived == null ? {} : { active: !args.archived }),
          ...(search
            ? {
                OR: [
                  { name: { contains: search, mode: 'insensitive' } },
                  { code: { contains: search, mode: 'insensitive' } },
                ],
              }
            : {}),
        },
        orderBy: [{ name: 'asc' }, { id: 'asc' }],
      });
    },
  }),
}));

/** Archives or restores a program; the public catalogue's kept answers go at once. */
const setProgramArchived = (ctx: Context, id: string, archived: boolean) =>
  setArchived(ctx, 'TrainingProgram', id, archived).finally(() => forgetCatalogue(ctx.prisma));

builder.mutationFields((t) => ({
  createProgram: t.prismaField({
    type: 'TrainingProgram',
    description: 'Add a program to the catalogue (capability manageCatalogue).',
    authScopes: manageCatalogue,
    errors: mutationErrors(),
    args: { input: t.arg({ type: ProgramInput, required: true, description: 'The program.' }) },
    resolve: async (query, _root, args, ctx) => {
      const program = await createProgram(ctx, parseProgramInput(args.input, ctx));
      return ctx.prisma.trainingProgram.findUniqueOrThrow({ ...query, where: { id: program.id } });
    },
  }),
  updateProgram: t.prismaField({
    type: 'TrainingProgram',
    description:
      'Replace a program’s fields and units (capability manageCatalogue). Refused with CONFLICT_STALE_VERSION when it changed since `expectedUpdatedAt`.',
    authScopes: manageCatalogue,
    errors: mutationErrors(),
    args: {
      id: t.arg.id({ required: true, description: 'Program id.' }),
      expectedUpdatedAt: t.arg({
        type: 'DateTime',
        required: true,
        description: 'The `updatedAt` the editor loaded.',
      }),
      input: t.arg({ type: ProgramInput, required: true, description: 'The new content.' }),
    },
    resolve: async (query, _root, args, ctx) => {
      const input = parseProgramInput(args.input, ctx);
      const program = await updateProgram(ctx, String(args.id), args.expectedUpdatedAt, input);
      return ctx.prisma.trainingProgram.findUniqueOrThrow({ ...query, where: { id: program.id } });
    },
  }),
  archiveProgram: recordStepMutation(t, 'TrainingProgram', {
    description:
      'Take a program out of the public catalogue (capability manageCatalogue); requests made for it keep it.',
    authScopes: manageCatalogue,
    run: (ctx, id) => setProgramArchived(ctx, id, true),
  }),
  restoreProgram: recordStepMutation(t, 'TrainingProgram', {
    description: 'Offer an archived program again (capability manageCatalogue).',
    authScopes: manageCatalogue,
    run: (ctx, id) => setProgramArchived(ctx, id, false),
  }),
  createKejuruan: t.prismaField({
    type: 'Kejuruan',
    description: 'Add a vocational field (capability manageCatalogue).',
    authScopes: manageCatalogue,
    errors: mutationErrors(),
    args: { input: t.arg({ type: KejuruanInput, required: true, description: 'The kejuruan.' }) },
    resolve: async (query, _root, args, ctx) => {
      const kejuruan = await createKejuruan(ctx, validated(kejuruanSchema, args.input, ctx));
      return ctx.prisma.kejuruan.findUniqueOrThrow({ ...query, where: { code: kejuruan.code } });
    },
  }),
  updateKejuruan: t.prismaField({
    type: 'Kejuruan',
    description: 'Rename a vocational field; its code stays (capability manageCatalogue).',
    authScopes: manageCatalogue,
    errors: mutationErrors(),
    args: {
      input: t.arg({
        type: KejuruanInput,
        required: true,
        description: 'The code of the kejuruan to rename and its new name.',
      }),
    },
    resolve: async (query, _root, args, ctx) => {
      const kejuruan = await renameKejuruan(ctx, validated(kejuruanSchema, args.input, ctx));
      return ctx.prisma.kejuruan.findUniqueOrThrow({ ...query, where: { code: kejuruan.code } });
    },
  }),
}));
