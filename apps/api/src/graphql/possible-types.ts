import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildSchema, isAbstractType } from 'graphql';

/**
 * Every interface and union of a schema (SDL) with the object types that can stand for it,
 * sorted: graphcache's `possibleTypes`, so the web apps, which carry no schema, match
 * fragments on abstract types (`... on Error`) exactly instead of guessing.
 */
export function possibleTypesOf(sdl: string): Record<string, string[]> {
  const schema = buildSchema(sdl);
  return Object.fromEntries(
    Object.values(schema.getTypeMap())
      .filter(isAbstractType)
      .filter((type) => !type.name.startsWith('__'))
      .map((type) => [type.name, schema.getPossibleTypes(type).map((t) => t.name)] as const)
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([name, members]) => [name, [...members].sort()]),
  );
}

/** The module id the web apps import: `import possibleTypes from 'virtual:possible-types'`. */
export const POSSIBLE_TYPES_MODULE = 'virtual:possible-types';

/**
 * A Vite plugin for the web apps' build, dev and test configs (like security-headers.ts, this
 * file is imported by them): it answers `virtual:possible-types` with {@link possibleTypesOf}
 * the committed schema.graphql at build time, and reloads when the schema is printed again.
 * No hand-kept list to forget when a type or union is added.
 */
export function possibleTypesPlugin(
  schemaFile = fileURLToPath(new URL('../../schema.graphql', import.meta.url)),
) {
  const resolved = `\0${POSSIBLE_TYPES_MODULE}`;
  return {
    name: 'blk-possible-types',
    resolveId: (id: string) => (id === POSSIBLE_TYPES_MODULE ? resolved : undefined),
    load(this: { addWatchFile(file: string): void }, id: string) {
      if (id !== resolved) return undefined;
      this.addWatchFile(schemaFile);
      const types = possibleTypesOf(readFileSync(schemaFile, 'utf8'));
      return `export default ${JSON.stringify(types)};\n`;
    },
  };
}
