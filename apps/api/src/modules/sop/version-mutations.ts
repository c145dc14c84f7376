import type { ServiceStandardVersion, SopVersion } from '@blk/db';
import type { InputObjectRef } from '@pothos/core';
import type { z } from 'zod';
import type { builder } from '../../graphql/builder';
import type { Context } from '../../graphql/context';
import { type ErrorClass, mutationErrors } from '../../graphql/error-types';
import type { MutationFields } from '../../graphql/field-group';
import { validated } from '../../graphql/validate';
import { recordIdArg, recordStepMutation, reloadRecord } from '../shared/record-by-id';
import { staffOf } from '../workflow/access';

/** The two versioned documents that go draft → submitted → approved → published. */
export type VersionModel = 'SopVersion' | 'ServiceStandardVersion';

/** The argument naming the version a mutation works on. */
export const VERSION_ID_ARG = {
  SopVersion: recordIdArg('SopVersion'),
  ServiceStandardVersion: recordIdArg('ServiceStandardVersion'),
};

/** The optional guard of a draft save against overwriting someone else's save (both documents). */
export const EXPECTED_UPDATED_AT_ARG = {
  type: 'DateTime',
  required: false,
  description:
    'The `updatedAt` the editor loaded; when given, a draft saved by someone else since is not overwritten.',
} as const;

/** The description of a draft save, for both documents. */
export const draftSaveDescription = (what: string) =>
  `Change a draft ${what} (only drafts can change). Refused with CONFLICT_STALE_VERSION when it changed since \`expectedUpdatedAt\`.`;

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
  return reloadRecord(model, ctx, query, id) as Promise<SopVersion | ServiceStandardVersion>;
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
export function versionStepMutation(t: MutationFields, model: VersionModel, step: VersionStep) {
  return recordStepMutation(t, model, { ...step, authScopes: { roles: [...step.roles] } });
}

interface DraftStart<S extends z.ZodType> {
  description: string;
  /** The roles that draft this document (from the capability table). */
  roles: readonly string[];
  /** The input type of a new draft, and the shared schema that validates it. */
  input: InputObjectRef<typeof builder.$inferSchemaTypes, unknown>;
  schema: S;
  /** The use case: writes the draft, by this staff member, and answers its id. */
  run: (ctx: Context, input: z.output<S>, staffId: string) => Promise<{ id: string }>;
}

/** Starting a new draft of either versioned document, answered as it now stands. */
export function startDraftMutation<S extends z.ZodType>(
  t: MutationFields,
  model: VersionModel,
  draft: DraftStart<S>,
) {
  return t.prismaField({
    type: model,
    description: draft.description,
    authScopes: { roles: [...draft.roles] },
    errors: mutationErrors(),
    args: { input: t.arg({ type: draft.input, required: true, description: 'The draft.' }) },
    resolve: async (query, _root, args, ctx) => {
      const input = validated(draft.schema, args.input, ctx);
      const { id } = await draft.run(ctx, input, staffOf(ctx).id);
      return reloadVersion(model, ctx, query, id);
    },
  });
}
