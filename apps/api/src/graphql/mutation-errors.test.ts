import SchemaBuilder from '@pothos/core';
import ErrorsPlugin from '@pothos/plugin-errors';
import { getNullableType, graphql, isObjectType, isUnionType } from 'graphql';
import { describe, expect, it } from 'vitest';
import { AppError, InputValidationError } from './errors';
import { declaredErrorsPlugin } from './house-plugins';
import { schema } from './schema';

/**
 * The typed refusals each mutation's use case can raise, besides ValidationError and
 * OperationError, which every mutation has. A mutation missing here returns only those two.
 * The schema must say the same; a use case raising a typed error its union lacks fails the
 * integration test that reaches it (declared-errors-plugin.ts, checked below).
 */
const SPECIFIC_ERRORS: Record<string, string[]> = {
  // The SOP refuses the step (role, state, inputs); scheduling finds the instructor booked.
  transitionTrainingRequest: ['ScheduleConflictError', 'TransitionRefusedError'],
  // The requester's own actions go through the same SOP check (takeRequesterAction).
  cancelTrainingRequest: ['TransitionRefusedError'],
  answerRequesterTask: ['TransitionRefusedError'],
  submitSatisfactionSurvey: ['TransitionRefusedError'],
  // Public submissions with an idempotency key used before for other data.
  submitTrainingRequest: ['IdempotencyKeyReusedError'],
  submitFeedback: ['IdempotencyKeyReusedError'],
  // Class changes after the training finished; the queued ones also carry a client id.
  addParticipant: ['ClassFinishedError', 'IdempotencyKeyReusedError'],
  recordAttendance: ['ClassFinishedError', 'IdempotencyKeyReusedError'],
  recordTestScores: ['ClassFinishedError', 'IdempotencyKeyReusedError'],
  removeParticipant: ['ClassFinishedError'],
  importParticipants: ['ClassFinishedError'],
  // The version still breaks SOP rules when the head of office signs it.
  approveSopVersion: ['SopProblemsError'],
};

const DEFAULT_ERRORS = ['OperationError', 'ValidationError'];

describe('mutation result unions', () => {
  const mutations = Object.values(schema.getMutationType()?.getFields() ?? {});
  const unionOf = (name: string) => {
    const type = getNullableType(schema.getMutationType()?.getFields()[name]?.type);
    return isUnionType(type) ? type : null;
  };

  it('declare the default errors plus what the use case can raise, nothing else', () => {
    expect(mutations.length).toBeGreaterThan(40);
    const errorType = schema.getType('Error');
    const found: Record<string, string[]> = {};
    const expected: Record<string, string[]> = {};
    for (const field of mutations) {
      const union = unionOf(field.name);
      if (!union) continue;
      const errors = union
        .getTypes()
        .filter((t) => t.getInterfaces().some((i) => i === errorType))
        .map((t) => t.name);
      found[field.name] = errors.sort();
      expected[field.name] = [...DEFAULT_ERRORS, ...(SPECIFIC_ERRORS[field.name] ?? [])].sort();
    }
    expect(Object.keys(found).length).toBeGreaterThan(40);
    expect(found).toEqual(expected);
  });

  it('lists only mutations that exist and return a union', () => {
    expect(Object.keys(SPECIFIC_ERRORS).filter((name) => !unionOf(name))).toEqual([]);
  });

  it('give login only its result and the two default errors', () => {
    const login = unionOf('login')
      ?.getTypes()
      .map((t) => t.name);
    expect(login).toEqual(['OperationError', 'StaffUser', 'ValidationError']);
  });
});

/** A throwaway schema whose mutation raises a typed error its union does or does not declare. */
function probeSchema(strict: boolean) {
  class SpecificError extends AppError {
    constructor() {
      super('TRANSITION_NOT_ALLOWED', 'specific');
    }
  }
  // Only two plugins; the options of the app's others (prisma, scope-auth) are typed globally.
  const options = {
    plugins: [ErrorsPlugin, declaredErrorsPlugin],
    defaultFieldNullability: false,
    errors: { directResult: true },
    declaredErrors: { strict },
  } as const;
  const builder = new SchemaBuilder<{ DefaultFieldNullability: false }>(options as never);
  const ErrorRef = builder.interfaceRef<AppError>('Error').implement({
    fields: (t) => ({ code: t.exposeString('code') }),
  });
  for (const [cls, name] of [
    [AppError, 'OperationError'],
    [InputValidationError, 'ValidationError'],
    [SpecificError, 'SpecificError'],
  ] as const)
    builder.objectType(cls, { name, interfaces: [ErrorRef] });
  const Ok = builder.objectRef<{ ok: boolean }>('Ok').implement({
    fields: (t) => ({ ok: t.exposeBoolean('ok') }),
  });
  builder.queryType({ fields: (t) => ({ ping: t.boolean({ resolve: () => true }) }) });
  builder.mutationType({
    fields: (t) => ({
      declared: t.field({
        type: Ok,
        errors: { types: [SpecificError, AppError] },
        resolve: () => {
          throw new SpecificError();
        },
      }),
      undeclared: t.field({
        type: Ok,
        errors: { types: [InputValidationError, AppError] },
        resolve: () => {
          throw new SpecificError();
        },
      }),
      untyped: t.field({
        type: Ok,
        errors: { types: [AppError] },
        resolve: () => {
          throw new AppError('NOT_FOUND');
        },
      }),
    }),
  });
  const built = builder.toSchema();
  expect(isObjectType(built.getType('SpecificError'))).toBe(true);
  return (field: string) =>
    graphql({
      schema: built,
      source: `mutation { ${field} { __typename ... on Error { code } } }`,
    });
}

describe('the declared-errors plugin', () => {
  it('lets a declared typed error through as its own type', async () => {
    const result = await probeSchema(true)('declared');
    expect(result.errors).toBeUndefined();
    expect(result.data?.declared).toEqual({
      __typename: 'SpecificError',
      code: 'TRANSITION_NOT_ALLOWED',
    });
  });

  it('fails (strict) when a typed error is missing from the union, naming the field and type', async () => {
    const result = await probeSchema(true)('undeclared');
    expect(result.data).toBeNull();
    expect(result.errors?.[0]?.message).toBe(
      "Mutation.undeclared raised SpecificError, which its result union does not declare; add it to the field's errors (mutationErrors)",
    );
  });

  it('leaves an error without a type of its own to its base type', async () => {
    const result = await probeSchema(true)('untyped');
    expect(result.data?.untyped).toEqual({ __typename: 'OperationError', code: 'NOT_FOUND' });
  });

  it('in production, falls back to the base type (its code and message survive)', async () => {
    const warnings: string[] = [];
    const onWarning = (w: Error) => warnings.push(w.message);
    process.on('warning', onWarning);
    try {
      const result = await probeSchema(false)('undeclared');
      expect(result.data?.undeclared).toEqual({
        __typename: 'OperationError',
        code: 'TRANSITION_NOT_ALLOWED',
      });
      await new Promise((resolve) => setImmediate(resolve));
      expect(warnings.some((w) => w.startsWith('Mutation.undeclared raised SpecificError'))).toBe(
        true,
      );
    } finally {
      process.off('warning', onWarning);
    }
  });
});
