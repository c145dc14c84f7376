import type {
  Complaint,
  Instructor,
  ServiceStandardVersion,
  SopReview,
  SopVersion,
  TrainingProgram,
  TrainingRequest,
  TrainingSchedule,
} from '@blk/db';
import type { Context } from '../../graphql/context';
import { type ErrorClass, mutationErrors } from '../../graphql/error-types';
import type { MutationFields, QueryFields } from '../../graphql/field-group';
import { isUuid } from '../../graphql/validate';
import { visibleRequests, visibleSchedules } from '../workflow/access';

/**
 * The records staff open by id (`sopVersion(id)`, `instructor(id)`, ...) and move one step at a
 * time by id (submit, approve and publish a version; archive and restore a program or an
 * instructor): one declaration of each kind of field, over this table. A request and a class are
 * found only where the viewer may see them (an instructor: their own classes).
 */
export type RecordModel =
  | 'SopVersion'
  | 'ServiceStandardVersion'
  | 'TrainingProgram'
  | 'Instructor'
  | 'SopReview'
  | 'Complaint'
  | 'TrainingRequest'
  | 'TrainingSchedule';
type AnyRecord =
  | SopVersion
  | ServiceStandardVersion
  | TrainingProgram
  | Instructor
  | SopReview
  | Complaint
  | TrainingRequest
  | TrainingSchedule;

const ID_DESCRIPTIONS: Record<RecordModel, string> = {
  SopVersion: 'SOP version id.',
  ServiceStandardVersion: 'Service standard version id.',
  TrainingProgram: 'Program id.',
  Instructor: 'Instructor id.',
  SopReview: 'Review id.',
  Complaint: 'Feedback id.',
  TrainingRequest: 'Request id.',
  TrainingSchedule: 'Schedule id.',
};

type ByIdArgs = { where: { id: string } };
const FIND: Record<RecordModel, (ctx: Context, args: ByIdArgs) => Promise<AnyRecord | null>> = {
  SopVersion: (ctx, args) => ctx.prisma.sopVersion.findUnique(args),
  ServiceStandardVersion: (ctx, args) => ctx.prisma.serviceStandardVersion.findUnique(args),
  TrainingProgram: (ctx, args) => ctx.prisma.trainingProgram.findUnique(args),
  Instructor: (ctx, args) => ctx.prisma.instructor.findUnique(args),
  SopReview: (ctx, args) => ctx.prisma.sopReview.findUnique(args),
  Complaint: (ctx, args) => ctx.prisma.complaint.findUnique(args),
  TrainingRequest: (ctx, { where, ...query }) =>
    ctx.prisma.trainingRequest.findFirst({
      ...query,
      relationLoadStrategy: 'join',
      where: { AND: [where, visibleRequests(ctx)] },
    }),
  TrainingSchedule: (ctx, { where, ...query }) =>
    ctx.prisma.trainingSchedule.findFirst({
      ...query,
      where: { AND: [where, visibleSchedules(ctx)] },
    }),
};

/**
 * Looks a record up by the id a client sent: an id that is not a UUID finds nothing (null, as an
 * unknown id does) instead of reaching the database, which would refuse it with an error.
 */
function findById<T>(id: string | number, find: (id: string) => T): T | null {
  const text = String(id);
  return isUuid(text) ? find(text) : null;
}

/** The argument naming the record a field works on. */
export function recordIdArg(model: RecordModel) {
  return { required: true, description: ID_DESCRIPTIONS[model] } as const;
}

/** The record with this id, with the selection the client asked for; null when there is none. */
function findRecord(
  model: RecordModel,
  ctx: Context,
  query: object,
  id: string,
): Promise<AnyRecord | null> {
  return FIND[model](ctx, { ...query, where: { id } });
}

/** The record as it now stands (after a step on it), with the selection the client asked for. */
export async function reloadRecord(
  model: RecordModel,
  ctx: Context,
  query: object,
  id: string,
): Promise<AnyRecord> {
  const row = await findRecord(model, ctx, query, id);
  if (!row) throw new Error(`${model} ${id} vanished during the request`);
  return row;
}

/** Who may use a field (Pothos `authScopes`). */
type Scopes =
  | { staff: true }
  | { read: string }
  | { roles: string[] }
  | ((parent: unknown, args: unknown, ctx: Context) => boolean);

/** One record by id as a query: null when unknown (or not an id at all). */
export function recordByIdQuery(
  t: QueryFields,
  model: RecordModel,
  field: { description: string; authScopes: Scopes },
) {
  return t.prismaField({
    type: model,
    nullable: true,
    description: field.description,
    authScopes: field.authScopes,
    args: { id: t.arg.id(recordIdArg(model)) },
    resolve: (query, _root, args, ctx) =>
      findById(args.id, (id) => findRecord(model, ctx, query, id)),
  });
}

interface RecordStep {
  description: string;
  /** Who may take the step (roles, or a capability check). */
  authScopes: Scopes;
  /** Typed refusals the step can raise besides the defaults. */
  errors?: ErrorClass[];
  /** The use case: moves the record with this id one step on. */
  run: (ctx: Context, id: string) => Promise<unknown>;
}

/** One step on a record as a mutation taking the record's id and answering the record. */
export function recordStepMutation(t: MutationFields, model: RecordModel, step: RecordStep) {
  return t.prismaField({
    type: model,
    description: step.description,
    authScopes: step.authScopes,
    errors: mutationErrors(...(step.errors ?? [])),
    args: { id: t.arg.id(recordIdArg(model)) },
    resolve: async (query, _root, args, ctx) => {
      const id = String(args.id);
      await step.run(ctx, id);
      return reloadRecord(model, ctx, query, id);
    },
  });
}
