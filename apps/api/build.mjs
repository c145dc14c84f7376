// Bundles the API for plain Node: workspace packages inlined, npm packages kept external.
import { readFileSync } from 'node:fs';
import { build } from 'esbuild';

const pkg = (p) => JSON.parse(readFileSync(new URL(p, import.meta.url), 'utf8'));
const external = [
  ...Object.keys(pkg('./package.json').dependencies ?? {}),
  ...Object.keys(pkg('../../packages/db/package.json').dependencies ?? {}),
  ...Object.keys(pkg('../../packages/domain/package.json').dependencies ?? {}),
  ...Object.keys(pkg('../../packages/sop/package.json').dependencies ?? {}),
].filter((name) => !name.startsWith('@blk/'));

await build({
  entryPoints: ['src/main.ts'],
  outfile: 'dist/main.js',
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  sourcemap: true,
  external,
  logLevel: 'warning',
});
