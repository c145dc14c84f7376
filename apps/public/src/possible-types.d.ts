/** graphcache's possibleTypes from ../api/schema.graphql, made at build time (api/src/graphql/possible-types.ts). */
declare module 'virtual:possible-types' {
  /** Every interface and union of the schema with its object types. */
  const possibleTypes: Record<string, string[]>;
  export default possibleTypes;
}
