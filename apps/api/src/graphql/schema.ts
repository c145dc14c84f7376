import { lexicographicSortSchema, printSchema } from 'graphql';
import { builder } from './builder';
import './scalars';
import './error-types';
import '../modules/auth/auth.graphql';
import '../modules/catalogue/catalogue';
import '../modules/requests/submit.graphql';

/** The executable GraphQL schema. */
export const schema = builder.toSchema({ sortSchema: true });

/** The SDL as committed in schema.graphql (sorted, so diffs stay small). */
export function printedSchema(): string {
  return `${printSchema(lexicographicSortSchema(schema))}\n`;
}
