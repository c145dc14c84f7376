import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import express from 'express';
import type { Logger } from 'pino';
import { graphiqlSecurityHeaders } from '../security-headers';

/** The page: no inline script, every asset from this server. */
const PAGE = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>BLK on the Spot API · GraphiQL</title>
<link rel="stylesheet" href="/graphiql/graphiql.css">
<style>html, body, #graphiql { height: 100%; margin: 0; }</style>
</head>
<body>
<div id="graphiql">Loading GraphiQL…</div>
<script src="/graphiql/graphiql.js"></script>
</body>
</html>
`;

/** apps/api: found from this file whether it runs from src/ or bundled into dist/. */
function apiDir(): string {
  let dir = path.dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const manifest = path.join(dir, 'package.json');
    if (
      fs.existsSync(manifest) &&
      JSON.parse(fs.readFileSync(manifest, 'utf8')).name === '@blk/api'
    )
      return dir;
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error('cannot find the @blk/api package folder');
    dir = parent;
  }
}

let building: Promise<void> | undefined;

/**
 * The bundle folder, built on first use when running from source (dev server, tests). The
 * production build (build.mjs) writes it ahead, and the bundled server never builds.
 */
async function assetsDir(): Promise<string> {
  const root = apiDir();
  const dir = path.join(root, 'dist/graphiql');
  if (fs.existsSync(path.join(dir, 'graphiql.js')) || !import.meta.url.endsWith('.ts')) return dir;
  // A computed specifier keeps esbuild (a dev dependency) out of the production bundle.
  const bundler = './bundle.mjs';
  building ??= (import(bundler) as Promise<typeof import('./bundle.mjs')>)
    .then((m) => m.bundleGraphiql({ apiDir: root, outDir: dir }))
    .catch((error: unknown) => {
      building = undefined;
      throw error;
    });
  await building;
  return dir;
}

/** `GET /graphiql`: the GraphiQL IDE for this API, served entirely from this server. */
export function graphiqlRoutes(logger: Logger) {
  const router = express.Router();
  router.use('/graphiql', graphiqlSecurityHeaders());
  router.get('/graphiql', (_req, res) => {
    res.set({ 'Cache-Control': 'no-cache' }).type('html').send(PAGE);
  });
  router.get('/graphiql/:file', async (req, res) => {
    const file = req.params.file;
    if (file !== 'graphiql.js' && file !== 'graphiql.css') {
      res.status(404).end();
      return;
    }
    try {
      const dir = await assetsDir();
      res.sendFile(file, { root: dir, headers: { 'Cache-Control': 'no-cache' } }, (error) => {
        if (error && !res.headersSent) {
          logger.error(
            { err: error },
            'GraphiQL assets missing: run the API build (node build.mjs)',
          );
          res.status(503).type('text').send('GraphiQL is not built on this server.');
        }
      });
    } catch (error) {
      logger.error({ err: error }, 'building GraphiQL failed');
      res.status(503).type('text').send('GraphiQL is not built on this server.');
    }
  });
  return router;
}
