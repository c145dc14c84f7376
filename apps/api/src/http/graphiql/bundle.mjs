// Bundles GraphiQL, React and the GraphiQL styles into two static files, so /graphiql works with
// no internet access (no CDN). Used by build.mjs for production and, from source, on first use.
import fs from 'node:fs/promises';
import path from 'node:path';
import { build } from 'esbuild';

// The page's only script. It talks to /graphql with the session cookie and the header Apollo's
// CSRF prevention asks of non-simple requests.
const ENTRY = `
import { createElement } from 'react';
import { createRoot } from 'react-dom/client';
import { GraphiQL } from 'graphiql';
import 'graphiql/style.css';

async function fetcher(params, options) {
  const response = await fetch('/graphql', {
    method: 'POST',
    credentials: 'same-origin',
    headers: {
      ...(options && options.headers),
      'content-type': 'application/json',
      'apollo-require-preflight': 'true',
    },
    body: JSON.stringify(params),
  });
  return response.json();
}

createRoot(document.getElementById('graphiql')).render(createElement(GraphiQL, { fetcher }));
`;

/**
 * Writes graphiql.js and graphiql.css into `outDir`, resolving packages from `apiDir`. The files
 * are built in a temporary folder that is then renamed, so a reader never sees half a bundle.
 * With `replace`, an existing bundle is swapped for the new one; without, it is kept.
 */
export async function bundleGraphiql({ apiDir, outDir, replace = false }) {
  const temp = `${outDir}.${process.pid}.${Date.now()}.tmp`;
  await build({
    stdin: { contents: ENTRY, resolveDir: apiDir, sourcefile: 'graphiql-entry.js', loader: 'js' },
    bundle: true,
    minify: true,
    format: 'iife',
    target: 'es2020',
    platform: 'browser',
    outfile: path.join(temp, 'graphiql.js'),
    define: { 'process.env.NODE_ENV': '"production"' },
    legalComments: 'eof',
    logLevel: 'error',
  });
  if (replace) await fs.rm(outDir, { recursive: true, force: true });
  try {
    await fs.rename(temp, outDir);
  } catch (error) {
    // Another process finished the same build first; its files are as good as ours.
    await fs.rm(temp, { recursive: true, force: true });
    if (!['ENOTEMPTY', 'EEXIST'].includes(error.code)) throw error;
  }
}
