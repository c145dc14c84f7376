import type { Instructor, ServiceStandardVersion, SopVersion, TrainingProgram } from '@blk/db';
import type { Context } from '../../graphql/context';
import { type ErrorClass, mutationErrors } from '../../graphql/error-types';
import type { MutationFields } from '../../graphql/field-group';

/**
 * The records staff move one step at a time by id: the versioned documents (submit, approve,
 * publish) and the archivable records (archive, restore).
 */
export type StepRecordModel =
  | 'SopVersion'
  | 'ServiceStandardVersion'
  | 'TrainingProgram'
  | 'Instructor';

/** The argument naming the record a mutation works on. */
export const RECORD_ID_ARG = {
  SopVersion: { required: true, description: 'SOP version id.' },
  ServiceStandardVersion: { required: true, description: 'Service standard version id.' },
  TrainingProgram: { required: true, description: 'Program id.' },
  Instructor: { required: true, description: 'Instructor id.' },
} as const satisfies Record<StepRecordModel, { required: true; description: string }>;

type StepRecord = SopVersion | ServiceStandardVersion | TrainingProgram | Instructor;

/** The record as it now stands, with the selection the client asked for. */
export function reloadRecord(
  model: StepRecordModel,
  ctx: Context,
  query: object,
  id: string,
): Promise<StepRecord> {
  const where = { ...query, where: { id } };
  switch (model) {
    case 'SopVersion':
      return ctx.prisma.sopVersion.findUniqueOrThrow(where);
    case 'ServiceStandardVersion':
      return ctx.prisma.serviceStandardVersion.findUniqueOrThrow(where);
    case 'TrainingProgram':
      return ctx.prisma.trainingProgram.findUniqueOrThrow(where);
    case 'Instructor':
      return ctx.prisma.instructor.findUniqueOrThrow(where);
  }
}

interface RecordStep {
  description: string;
  /** Who may take the step (roles, or a capability check). */
  authScopes: { roles: string[] } | ((parent: unknown, args: unknown, ctx: Context) => boolean);
  /** Typed refusals the step can raise besides the defaults. */
  errors?: ErrorClass[];
  /** The use case: moves the record with this id one step on. */
  run: (ctx: Context, id: string) => Promise<unknown>;
}

/** One step on a record as a mutation taking the record's id and answering the record. */
export function recordStepMutation(t: MutationFields, model: StepRecordModel, step: RecordStep) {
  return t.prismaField({
    type: model,
    description: step.description,
    authScopes: step.authScopes,
    errors: mutationErrors(...(step.errors ?? [])),
    args: { id: t.arg.id(RECORD_ID_ARG[model]) },
    resolve: async (query, _root, args, ctx) => {
      const id = String(args.id);
      await step.run(ctx, id);
      return reloadRecord(model, ctx, query, id);
    },
  });
}
