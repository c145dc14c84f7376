import { readFileSync } from 'node:fs';
import { isAbstractType } from 'graphql';
import { describe, expect, it } from 'vitest';
import { POSSIBLE_TYPES_MODULE, possibleTypesOf, possibleTypesPlugin } from './possible-types';
import { schema } from './schema';

const sdl = readFileSync(new URL('../../schema.graphql', import.meta.url), 'utf8');

describe("the web apps' possibleTypes", () => {
  it('lists every interface and union of the running schema with its members', () => {
    const live = Object.fromEntries(
      Object.values(schema.getTypeMap())
        .filter(isAbstractType)
        .map((t) => [
          t.name,
          schema
            .getPossibleTypes(t)
            .map((o) => o.name)
            .sort(),
        ]),
    );
    expect(Object.keys(live).length).toBeGreaterThan(40);
    expect(possibleTypesOf(sdl)).toEqual(live);
  });

  it('is the module the apps import, built from the committed schema.graphql', () => {
    const plugin = possibleTypesPlugin();
    const id = plugin.resolveId(POSSIBLE_TYPES_MODULE);
    expect(id).toBeDefined();
    expect(plugin.resolveId('./other')).toBeUndefined();
    const watched: string[] = [];
    const code = plugin.load.call({ addWatchFile: (f) => watched.push(f) }, id as string);
    expect(watched).toEqual([new URL('../../schema.graphql', import.meta.url).pathname]);
    expect(code).toBe(`export default ${JSON.stringify(possibleTypesOf(sdl))};\n`);
  });
});
