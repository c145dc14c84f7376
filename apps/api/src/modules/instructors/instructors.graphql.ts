import {
  addCalendarDays,
  certificateValidOn,
  certificationSchema,
  ISLAND_LABELS,
  ISLANDS,
  instructorSchema,
  toJakartaDate,
} from '@blk/domain';
import { z } from 'zod';
import { builder } from '../../graphql/builder';
import type { Context } from '../../graphql/context';
import { enumValues } from '../../graphql/enum-values';
import { mutationErrors } from '../../graphql/error-types';
import type { InputFields } from '../../graphql/field-group';
import { isUuid, validated } from '../../graphql/validate';
import { requireCapability } from '../auth/capability';
import { TrainingProgram } from '../catalogue/catalogue';
import { setArchived } from '../shared/archive-record';
import { dateColumn } from '../shared/date-column';
import { recordByIdQuery, recordStepMutation } from '../shared/record-by-id';
import { addInstructorCertification } from './add-instructor-certification';
import { createInstructor } from './create-instructor';
import { islandKey, storedIsland } from './instructor-data';
import { removeInstructorCertification } from './remove-instructor-certification';
import { updateInstructor } from './update-instructor';

export const IslandEnum = builder.enumType('Island', {
  description: 'A main island of the province; instructors cannot hop between them day to day.',
  values: enumValues(ISLANDS, (i) => ISLAND_LABELS[i].en),
});

/** Today in WIB, the office's time zone, as 'YYYY-MM-DD'. */
const today = (ctx: Context) => toJakartaDate(ctx.now());

/** A certificate's last valid day as stored (`@db.Date`), or null when it never expires. */
const expiryDay = (expiresOn: Date | null) => expiresOn?.toISOString().slice(0, 10) ?? null;

export const InstructorCertification = builder.prismaObject('InstructorCertification', {
  description: 'A certificate an instructor holds (BNSP/LSP competency, instructor methodology).',
  fields: (t) => ({
    id: t.exposeID('id'),
    name: t.exposeString('name'),
    issuer: t.exposeString('issuer'),
    number: t.exposeString('number'),
    issuedOn: t.expose('issuedOn', { type: 'Date' }),
    expiresOn: t.expose('expiresOn', { type: 'Date', nullable: true }),
    program: t.relation('program', { nullable: true }),
    expired: t.boolean({
      description: 'True when the expiry day has passed (WIB).',
      resolve: (c, _args, ctx) => !certificateValidOn(expiryDay(c.expiresOn), today(ctx)),
    }),
    expiresWithinDays: t.boolean({
      description: 'True when it has expired or expires within the given number of days.',
      args: { days: t.arg.int({ required: true, description: 'Days from today (WIB).' }) },
      resolve: (c, args, ctx) =>
        !certificateValidOn(expiryDay(c.expiresOn), addCalendarDays(today(ctx), args.days + 1)),
    }),
  }),
});

export const Instructor = builder.prismaObject('Instructor', {
  description: 'A BLK instructor (instruktur) who travels to teach on site.',
  fields: (t) => ({
    id: t.exposeID('id'),
    name: t.exposeString('name'),
    nip: t.exposeString('nip', { nullable: true, authScopes: { staff: true } }),
    phone: t.exposeString('phone', { nullable: true, authScopes: { staff: true } }),
    email: t.exposeString('email', { nullable: true, authScopes: { staff: true } }),
    homeIsland: t.field({
      type: IslandEnum,
      description: 'The island the instructor lives on.',
      resolve: (i) => islandKey(i.homeIsland),
    }),
    active: t.exposeBoolean('active'),
    archivedAt: t.expose('archivedAt', { type: 'DateTime', nullable: true }),
    competencies: t.field({
      type: [TrainingProgram],
      description: 'Programs the instructor may teach, by name.',
      select: (_args, _ctx, nestedSelection) => ({
        competencies: {
          select: { program: nestedSelection() },
          orderBy: { program: { name: 'asc' } },
        },
      }),
      resolve: (i) => i.competencies.map((c) => c.program),
    }),
    certifications: t.relation('certifications', {
      query: { orderBy: [{ expiresOn: { sort: 'asc', nulls: 'last' } }, { issuedOn: 'asc' }] },
    }),
  }),
});

const CertificationInput = builder.inputType('CertificationInput', {
  description: 'A certificate of competence.',
  fields: (t) => ({
    name: t.string({ required: true, description: 'Certificate name.' }),
    issuer: t.string({ required: true, description: 'Issuing body.' }),
    number: t.string({ required: true, description: 'Certificate number; unique per issuer.' }),
    issuedOn: t.field({ type: 'Date', required: true, description: 'Day of issue.' }),
    expiresOn: t.field({
      type: 'Date',
      required: false,
      description: 'Last valid day; leave out when it never expires.',
    }),
  }),
});

const instructorFields = (t: InputFields) => ({
  name: t.string({ required: true, description: 'Full name.' }),
  nip: t.string({ required: false, description: 'NIP (18 digits), for civil servants.' }),
  phone: t.string({ required: true, description: 'Phone; any Indonesian format.' }),
  email: t.string({ required: false, description: 'E-mail.' }),
  homeIsland: t.field({ type: IslandEnum, required: true, description: 'Home island.' }),
  competencies: t.idList({
    required: true,
    description: 'Ids of the programs the instructor may teach.',
  }),
});

const CreateInstructorInput = builder.inputType('CreateInstructorInput', {
  description: 'A new instructor, validated with the shared instructor schema.',
  fields: (t) => ({
    ...instructorFields(t),
    certifications: t.field({
      type: [CertificationInput],
      required: false,
      description: 'Certificates held now.',
    }),
  }),
});

const UpdateInstructorInput = builder.inputType('UpdateInstructorInput', {
  description: 'An instructor’s details; certificates are added and removed separately.',
  fields: (t) => instructorFields(t),
});

const instructorUpdateSchema = instructorSchema.omit({ certifications: true });
const manageInstructors = requireCapability('manageInstructors');

builder.queryFields((t) => ({
  instructors: t.prismaConnection({
    type: 'Instructor',
    cursor: 'id',
    description:
      'Instructors by name, for staff and API keys with schedules:read. Archived ones only on request.',
    authScopes: { read: 'schedules:read' },
    args: {
      search: t.arg.string({ required: false, description: 'Words in the name.' }),
      programId: t.arg.id({ required: false, description: 'Only those who may teach it.' }),
      island: t.arg({ type: IslandEnum, required: false, description: 'Only those living there.' }),
      certificateExpiringWithinDays: t.arg.int({
        required: false,
        description:
          'Only those holding a certificate that has expired or expires within this many days (0-3650).',
      }),
      includeArchived: t.arg.boolean({
        required: false,
        description: 'Include archived instructors (default false).',
      }),
    },
    resolve: (query, _root, args, ctx) => {
      const within =
        args.certificateExpiringWithinDays == null
          ? null
          : validated(z.int().min(0).max(3650), args.certificateExpiringWithinDays, ctx);
      const search = args.search?.trim();
      const programId = args.programId == null ? null : String(args.programId);
      // A non-UUID id names no program, so it matches no instructor.
      const programFilter =
        programId === null
          ? {}
          : isUuid(programId)
            ? { competencies: { some: { programId } } }
            : { id: { in: [] } };
      return ctx.prisma.instructor.findMany({
        ...query,
        where: {
          ...(args.includeArchived ? {} : { active: true }),
          ...(search ? { name: { contains: search, mode: 'insensitive' } } : {}),
          ...programFilter,
          ...(args.island
            ? { homeIsland: { equals: storedIsland(args.island), mode: 'insensitive' } }
            : {}),
          ...(within === null
            ? {}
            : {
                certifications: {
                  some: { expiresOn: { lte: dateColumn(addCalendarDays(today(ctx), within)) } },
                },
              }),
        },
        orderBy: [{ name: 'asc' }, { id: 'asc' }],
      });
    },
  }),
  instructor: recordByIdQuery(t, 'Instructor', {
    description: 'One instructor by id, archived or not.',
    authScopes: { read: 'schedules:read' },
  }),
}));

builder.mutationFields((t) => ({
  createInstructor: t.prismaField({
    type: 'Instructor',
    description: 'Register an instructor (capability manageInstructors).',
    authScopes: manageInstructors,
    errors: mutationErrors(),
    args: {
      input: t.arg({ type: CreateInstructorInput, required: true, description: 'The instructor.' }),
    },
    resolve: async (query, _root, args, ctx) => {
      const input = validated(
        instructorSchema,
        { ...args.input, certifications: args.input.certifications ?? [] },
        ctx,
      );
      const instructor = await createInstructor(ctx, input);
      return ctx.prisma.instructor.findUniqueOrThrow({ ...query, where: { id: instructor.id } });
    },
  }),
  updateInstructor: t.prismaField({
    type: 'Instructor',
    description: 'Update an instructor and the programs they teach (capability manageInstructors).',
    authScopes: manageInstructors,
    errors: mutationErrors(),
    args: {
      id: t.arg.id({ required: true, description: 'Instructor id.' }),
      input: t.arg({ type: UpdateInstructorInput, required: true, description: 'New details.' }),
    },
    resolve: async (query, _root, args, ctx) => {
      const input = validated(instructorUpdateSchema, args.input, ctx);
      const instructor = await updateInstructor(ctx, String(args.id), input);
      return ctx.prisma.instructor.findUniqueOrThrow({ ...query, where: { id: instructor.id } });
    },
  }),
  archiveInstructor: recordStepMutation(t, 'Instructor', {
    description:
      'Retire an instructor from new assignments; past ones keep them (capability manageInstructors).',
    authScopes: manageInstructors,
    run: (ctx, id) => setArchived(ctx, 'Instructor', id, true),
  }),
  restoreInstructor: recordStepMutation(t, 'Instructor', {
    description: 'Make an archived instructor available again (capability manageInstructors).',
    authScopes: manageInstructors,
    run: (ctx, id) => setArchived(ctx, 'Instructor', id, false),
  }),
  addInstructorCertification: t.prismaField({
    type: 'Instructor',
    description: 'Record a certificate an instructor holds (capability manageInstructors).',
    authScopes: manageInstructors,
    errors: mutationErrors(),
    args: {
      instructorId: t.arg.id({ required: true, description: 'Instructor id.' }),
      input: t.arg({ type: CertificationInput, required: true, description: 'The certificate.' }),
      programId: t.arg.id({
        required: false,
        description: 'The program it qualifies for, when it is specific to one.',
      }),
    },
    resolve: async (query, _root, args, ctx) => {
      const certification = validated(certificationSchema, args.input, ctx);
      const programId = args.programId == null ? null : String(args.programId);
      const row = await addInstructorCertification(
        ctx,
        String(args.instructorId),
        certification,
        programId,
      );
      return ctx.prisma.instructor.findUniqueOrThrow({ ...query, where: { id: row.instructorId } });
    },
  }),
  removeInstructorCertification: t.prismaField({
    type: 'Instructor',
    description:
      'Remove a certificate recorded by mistake; returns its instructor (capability manageInstructors).',
    authScopes: manageInstructors,
    errors: mutationErrors(),
    args: { id: t.arg.id({ required: true, description: 'Certificate id.' }) },
    resolve: async (query, _root, args, ctx) => {
      const instructorId = await removeInstructorCertification(ctx, String(args.id));
      return ctx.prisma.instructor.findUniqueOrThrow({ ...query, where: { id: instructorId } });
    },
  }),
}));
