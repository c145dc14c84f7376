import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseCircular, parseDependencyTree } from 'dpdm';
import { describe, expect, it } from 'vitest';

const apiDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

describe('the API source', () => {
  // A cycle makes module evaluation order matter: a module sees another's exports as undefined
  // at import time (the schema, the auth module and the HTTP handler once formed one). Type-only
  // imports are erased at build time and do not count.
  it('has no runtime import cycle', { timeout: 60_000 }, async () => {
    const tree = await parseDependencyTree('src/**/*.ts', {
      cwd: apiDir,
      context: apiDir,
      tsconfig: path.join(apiDir, 'tsconfig.json'),
      transform: true,
      include: /\/(apps\/api\/src|packages\/(domain|sop|db)\/src)\//,
      exclude: /node_modules|\/generated\//,
    });
    const cycles = parseCircular(tree).map((cycle) => cycle.join(' -> '));
    expect(cycles).toEqual([]);
  });
});
