import { ERROR_CODES, ERROR_MESSAGES } from '@blk/domain';
import { builder } from './builder';
import { enumValues } from './enum-values';
import { AppError, InputValidationError } from './errors';

/** Why a staff action was refused by the SOP (wrong role, wrong step, missing input, ...). */
export class TransitionRefusedError extends AppError {
  constructor(readonly reasons: { code: string; field?: string; message: string }[]) {
    super(
      reasons.some((r) => r.code === 'MISSING_INPUT' || r.code === 'INVALID_INPUT')
        ? 'MISSING_INPUT'
        : 'TRANSITION_NOT_ALLOWED',
      reasons.map((r) => r.code).join(', '),
    );
  }
}

export const ErrorCodeEnum = builder.enumType('ErrorCode', {
  description: 'Stable machine-readable error codes; the same values appear in `extensions.code`.',
  values: enumValues(ERROR_CODES, (code) => ERROR_MESSAGES[code].en),
});

export const ErrorInterface = builder.interfaceRef<AppError>('Error').implement({
  description: 'A failure the caller can act on, returned as a member of a mutation result union.',
  fields: (t) => ({
    code: t.expose('code', { type: ErrorCodeEnum, description: 'Stable error code.' }),
    message: t.string({
      description: 'Message for the user, in the language the request asked for (Accept-Language).',
      resolve: (e, _args, ctx) => e.userMessage(ctx.lang),
    }),
  }),
});

/** One invalid input field (also used by reports that check many rows at once). */
export const FieldIssue = builder
  .objectRef<{ path: string; code: string; message: string }>('FieldIssue')
  .implement({
    description: 'One invalid input field.',
    fields: (t) => ({
      path: t.exposeString('path', {
        description: 'Dotted path of the field in the input, e.g. "contactPhone".',
      }),
      code: t.exposeString('code', {
        description: 'Message key or zod issue code, stable for clients.',
      }),
      message: t.exposeString('message', {
        description: 'Localised message to show beside the field.',
      }),
    }),
  });

builder.objectType(InputValidationError, {
  name: 'ValidationError',
  description: 'The input failed the shared validation schema; `issues` says which fields and why.',
  interfaces: [ErrorInterface],
  fields: (t) => ({
    issues: t.expose('issues', { type: [FieldIssue], description: 'One entry per invalid field.' }),
  }),
});

const TransitionReason = builder
  .objectRef<{ code: string; field?: string; message: string }>('TransitionReason')
  .implement({
    description: 'One reason the SOP refused a step.',
    fields: (t) => ({
      code: t.exposeString('code', {
        description:
          'WRONG_ROLE, WRONG_STATE, UNKNOWN_ACTION, MISSING_INPUT, INVALID_INPUT, NOT_ASSIGNED or NOT_YET_DUE.',
      }),
      field: t.exposeString('field', {
        nullable: true,
        description: 'The input concerned, if any.',
      }),
      message: t.exposeString('message', { description: 'Localised explanation.' }),
    }),
  });

builder.objectType(TransitionRefusedError, {
  name: 'TransitionRefusedError',
  description: 'The SOP does not allow this step now, for this user, or with these inputs.',
  interfaces: [ErrorInterface],
  fields: (t) => ({
    reasons: t.expose('reasons', { type: [TransitionReason], description: 'Every reason found.' }),
  }),
});

builder.objectType(AppError, {
  name: 'OperationError',
  description:
    'Any other failure (not found, stale version, already exists, rate limited, ...); see `code`.',
  interfaces: [ErrorInterface],
});

/** A class whose instances a mutation may return as a member of its result union. */
// biome-ignore lint/suspicious/noExplicitAny: Pothos takes any error class, whatever its constructor.
export type ErrorClass = new (...args: any[]) => AppError;

/**
 * The errors of a mutation's result union: invalid input (`ValidationError`) and any other
 * refusal (`OperationError`, see its `code`), plus the typed refusals its use case can really
 * raise. A use case raising a typed error its union does not declare is refused outside
 * production (declared-errors-plugin.ts), so a union cannot silently lose its details.
 */
export function mutationErrors(...specific: ErrorClass[]): { types: ErrorClass[] } {
  return { types: [...specific, InputValidationError, AppError] };
}
