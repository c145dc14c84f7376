import type { ServiceStandardVersion, SopVersion } from '@blk/db';
import type { builder } from '../../graphql/builder';
import type { Context } from '../../graphql/context';
import { type ErrorClass, mutationErrors } from '../../graphql/error-types';

type MutationFieldBuilder = Parameters<Parameters<typeof builder.mutationFields>[0]>[0];

/** The two versioned documents that go draft → submitted → approved → published. */
export type VersionModel = 'SopVersion' | 'ServiceStandardVersion';

/** The argument naming the version a mutation works on. */
export const VERSION_ID_ARG = {
  SopVersion: { required: true, description: 'SOP version id.' },
  ServiceStandardVersion: { required: true, description: 'Service standard version id.' },
} as const satisfies Record<VersionModel, { required: true; description: string }>;

/** The version as it now stands, with the selection the client asked for. */
export function reloadVersion(
  model: 'SopVersion',
  ctx: Context,
  query: object,
  id: string,
): Promise<SopVersion>;
export function reloadVersion(
  model: 'ServiceStandardVersion',
  ctx: Context,
  query: object,
  id: string,
): Promise<ServiceStandardVersion>;
export function reloadVersion(
  model: VersionModel,
  ctx: Context,
  query: object,
  id: string,
): Promise<SopVersion | ServiceStandardVersion>;
export function reloadVersion(
  model: VersionModel,
  ctx: Context,
  query: object,
  id: string,
): Promise<SopVersion | ServiceStandardVersion> {
  return model === 'SopVersion'
    ? ctx.prisma.sopVersion.findUniqueOrThrow({ ...query, where: { id } })
    : ctx.prisma.serviceStandardVersion.findUniqueOrThrow({ ...query, where: { id } });
}

interface VersionStep {
  description: string;
  /** The roles that may take the step (from the capability table). */
  roles: readonly string[];
  /** Typed refusals the step can raise besides the defaults. */
  errors?: ErrorClass[];
  /** The use case: moves the version with this id one step on. */
  run: (ctx: Context, id: string) => Promise<unknown>;
}

/**
 * One step of a version's workflow (submit, approve, publish) as a mutation taking the version's
 * id and answering the version: the SOP's and the service standard's steps are all this shape.
 */
export function versionStepMutation(
  t: MutationFieldBuilder,
  model: VersionModel,
  step: VersionStep,
) {
  return t.prismaField({
    type: model,
    description: step.description,
    authScopes: { roles: [...step.roles] },
    errors: mutationErrors(...(step.errors ?? [])),
    args: { id: t.arg.id(VERSION_ID_ARG[model]) },
    resolve: async (query, _root, args, ctx) => {
      const id = String(args.id);
      await step.run(ctx, id);
      return reloadVersion(model, ctx, query, id);
    },
  });
}
