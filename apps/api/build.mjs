// Bundles the API for plain Node: workspace packages inlined, npm packages kept external.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { bundleGraphiql } from './src/http/graphiql/bundle.mjs';

const pkg = (p) => JSON.parse(readFileSync(new URL(p, import.meta.url), 'utf8'));
const external = [
  ...Object.keys(pkg('./package.json').dependencies ?? {}),
  ...Object.keys(pkg('../../packages/db/package.json').dependencies ?? {}),
  ...Object.keys(pkg('../../packages/domain/package.json').dependencies ?? {}),
  ...Object.keys(pkg('../../packages/sop/package.json').dependencies ?? {}),
].filter((name) => !name.startsWith('@blk/'));

// The server, and the commands an operator runs next to it (docs/deploy.md).
await build({
  entryPoints: { main: 'src/main.ts', 'cli/create-admin': 'src/cli/create-admin.ts' },
  outdir: 'dist',
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  // Code behind a dynamic import (S3 storage, PDF rendering) goes to its own chunk, so its npm
  // packages load when first used instead of at start (docs/operations.md, memory).
  splitting: true,
  chunkNames: 'chunks/[name]-[hash]',
  sourcemap: true,
  external,
  logLevel: 'warning',
});

// GraphiQL as static files in dist/graphiql, served by the API with no CDN.
await bundleGraphiql({
  apiDir: fileURLToPath(new URL('.', import.meta.url)),
  outDir: fileURLToPath(new URL('./dist/graphiql', import.meta.url)),
  replace: true,
});
