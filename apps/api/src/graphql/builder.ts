import { getPothosDatamodel, type PothosPrismaTypes } from '@blk/db';
import { localizeIssues } from '@blk/domain';
import SchemaBuilder from '@pothos/core';
import ErrorsPlugin from '@pothos/plugin-errors';
import PrismaPlugin from '@pothos/plugin-prisma';
import RelayPlugin from '@pothos/plugin-relay';
import ScopeAuthPlugin from '@pothos/plugin-scope-auth';
import ValidationPlugin from '@pothos/plugin-validation';
import type { z } from 'zod';
import { processEnv } from '../env';
import { noteResolvedError } from '../http/request-scope';
import { policyAllows } from '../modules/auth/policy';
import type { Context } from './context';
import { AppError, InputValidationError, unauthenticated } from './errors';
import { accessPolicyPlugin, declaredErrorsPlugin, inputTextPlugin } from './house-plugins';

/** The Pothos schema builder; each module adds its types to it. */
export const builder = new SchemaBuilder<{
  Context: Context;
  PrismaTypes: PothosPrismaTypes;
  DefaultFieldNullability: false;
  AuthScopes: {
    /** Any signed-in staff member. */
    staff: boolean;
    /** A staff member holding one of these roles. */
    roles: string[];
    /** An integrator's API key with this scope, or any staff member. */
    read: string;
    /** The access-policy row `key` (a mutation name or `Type.field`) admits the viewer. */
    policy: string;
  };
  Scalars: {
    DateTime: { Input: Date; Output: Date };
    Date: { Input: string; Output: string | Date };
    JSON: { Input: unknown; Output: unknown };
  };
}>({
  // Order matters: scope-auth first, errors before prisma (TOOLCHAIN.md). The access-policy
  // plugin only adds scopes from modules/auth/policy.ts for scope-auth to check; the
  // declared-errors plugin wraps inside the errors plugin, so it sees what a resolver raised.
  plugins: [
    ScopeAuthPlugin,
    accessPolicyPlugin,
    ErrorsPlugin,
    declaredErrorsPlugin,
    inputTextPlugin,
    ValidationPlugin,
    PrismaPlugin,
    RelayPlugin,
  ],
  defaultFieldNullability: false,
  scopeAuth: {
    treatErrorsAsUnauthorized: true,
    unauthorizedError: (_parent, context) =>
      context.viewer.kind === 'anonymous'
        ? unauthenticated(context.viewer)
        : new AppError('FORBIDDEN'),
    authScopes: (context) => ({
      staff: context.viewer.kind === 'staff',
      roles: (roles) =>
        context.viewer.kind === 'staff' && roles.includes(context.viewer.user.roleKey),
      read: (scope) =>
        context.viewer.kind === 'staff' ||
        (context.viewer.kind === 'integrator' && context.viewer.apiKey.scopes.includes(scope)),
      policy: (key) => policyAllows(context.viewer, key),
    }),
  },
  errors: {
    defaultTypes: [],
    directResult: true,
    defaultUnionOptions: {
      name: ({ fieldName }) => `${fieldName.charAt(0).toUpperCase()}${fieldName.slice(1)}Result`,
      description:
        'The outcome of a mutation: its success type, or one of the types implementing Error.',
    },
  },
  // Inside the errors plugin: a typed error missing from a field's union fails outside production.
  declaredErrors: {
    strict: processEnv().NODE_ENV !== 'production',
    // A refusal returned as a union member still decides the HTTP status (429 + Retry-After).
    onResolved: noteResolvedError,
  },
  validation: {
    validationError: (failure, _args, context) =>
      new InputValidationError(
        localizeIssues(failure.issues as unknown as z.core.$ZodIssue[], context.lang),
      ),
  },
  prisma: {
    maxConnectionSize: 100,
    defaultConnectionSize: 20,
    client: (context) => context.prisma,
    dmmf: getPothosDatamodel(),
    exposeDescriptions: true,
    filterConnectionTotalCount: true,
    onUnusedQuery: processEnv().NODE_ENV === 'production' ? null : 'warn',
  },
  relay: {
    clientMutationId: 'omit',
    cursorType: 'String',
    defaultConnectionTypeOptions: { description: 'One page of results (Relay cursor connection).' },
    defaultEdgeTypeOptions: { description: 'One result with its cursor.' },
    pageInfoTypeOptions: { description: 'Where this page sits in the whole list.' },
    edgesFieldOptions: { description: 'The results on this page.' },
    pageInfoFieldOptions: { description: 'Paging information.' },
    nodeFieldOptions: { description: 'The result.' },
    cursorFieldOptions: {
      description: 'Opaque cursor; pass as `after` to continue after this result.',
    },
    hasNextPageFieldOptions: { description: 'True when more results follow.' },
    hasPreviousPageFieldOptions: { description: 'True when results come before this page.' },
    startCursorFieldOptions: { description: 'Cursor of the first result on this page.' },
    endCursorFieldOptions: { description: 'Cursor of the last result on this page.' },
    firstArgOptions: { description: 'Page size from the start or after `after` (at most 100).' },
    afterArgOptions: { description: 'Return results after this cursor.' },
    lastArgOptions: { description: 'Page size from the end or before `before` (at most 100).' },
    beforeArgOptions: { description: 'Return results before this cursor.' },
    nodeQueryOptions: false,
    nodesQueryOptions: false,
  },
});

builder.queryType({
  description:
    'Read operations. Public ones need no login; staff ones need a session or an API key.',
});
builder.mutationType({
  description: 'Write operations. Each returns its result or a typed error.',
});
