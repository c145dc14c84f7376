import type { ServiceStandardVersion, SopVersion } from '@blk/db';
import type { Context } from '../../graphql/context';
import type { ErrorClass } from '../../graphql/error-types';
import type { MutationFields } from '../../graphql/field-group';
import { recordIdArg, recordStepMutation, reloadRecord } from '../shared/record-by-id';

/** The two versioned documents that go draft → submitted → approved → published. */
export type VersionModel = 'SopVersion' | 'ServiceStandardVersion';

/** The argument naming the version a mutation works on. */
export const VERSION_ID_ARG = {
  SopVersion: recordIdArg('SopVersion'),
  ServiceStandardVersion: recordIdArg('ServiceStandardVersion'),
};

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
