import type { ObjectRef } from '@pothos/core';
import type { builder } from './builder';

type Types = typeof builder.$inferSchemaTypes;

/**
 * The `t` an object type's `fields` receive, for a field group: a function that returns fields
 * several object types share, so that each field and its description is written once.
 */
export type ObjectFields<Shape> = PothosSchemaTypes.ObjectFieldBuilder<Types, Shape>;

/** An object type whose values have this shape, for a field group that refers to it. */
export type ObjectType<Shape> = ObjectRef<Types, Shape>;

/** The `t` of `builder.mutationFields`, for a function that declares a mutation several share. */
export type MutationFields = Parameters<Parameters<typeof builder.mutationFields>[0]>[0];

/** The `t` of an input type's `fields`, for a group of input fields several inputs share. */
export type InputFields = PothosSchemaTypes.InputFieldBuilder<Types, 'InputObject'>;

/** The `t` of `builder.queryFields`, for a function that declares a query several share. */
export type QueryFields = Parameters<Parameters<typeof builder.queryFields>[0]>[0];

/**
 * The `t` of an object or a Prisma object type's `fields`, for a field group both kinds share
 * (Prisma models among themselves, or a model and the plain object the public sees of it). The
 * `expose*` helpers are typed per model, so a shared group resolves its fields itself.
 */
export type RecordFields<Shape> = Pick<
  PothosSchemaTypes.RootFieldBuilder<Types, Shape, 'Object' | 'PrismaObject'>,
  'boolean' | 'field' | 'int' | 'string'
>;
