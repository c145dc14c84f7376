import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ENV_VARIABLES } from './env';

const docsDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../docs');

/** The variables of the table in docs/deploy.md ("| `NAME` | …"). */
function documented(file: string): string[] {
  const text = fs.readFileSync(path.join(docsDir, file), 'utf8');
  return [...text.matchAll(/^\| `([A-Z][A-Z0-9_]+)`\s*\|/gm)].map((m) => m[1] ?? '');
}

describe('the environment variables in docs/deploy.md', () => {
  it('has a row, once, for every variable of the env module', () => {
    const listed = documented('deploy.md');
    expect(new Set(listed).size).toBe(listed.length);
    expect(ENV_VARIABLES.filter((name) => !listed.includes(name))).toEqual([]);
  });
});
