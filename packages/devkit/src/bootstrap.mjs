#!/usr/bin/env node
// The README's two commands start here: `npm start` and `npm test`. Plain Node with no
// dependencies, because it runs before anything is installed. It installs the workspace with the
// pinned pnpm (fetched from the npm registry by npx), then hands over to start.mjs or test.mjs.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const command = process.argv[2];
if (command !== 'start' && command !== 'test') {
  console.error('usage: node packages/devkit/src/bootstrap.mjs start|test');
  process.exit(2);
}

const [major, minor] = process.versions.node.split('.').map(Number);
if (major < 20 || (major === 20 && minor < 19)) {
  console.error(
    `Node ${process.versions.node} is too old: this project needs Node 20.19 or newer.`,
  );
  process.exit(1);
}

const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
const pnpmSpec = pkg.packageManager; // e.g. pnpm@10.34.9
const env = { ...process.env, TURBO_TELEMETRY_DISABLED: '1', DO_NOT_TRACK: '1' };

console.log(`\n▶ Installing dependencies with ${pnpmSpec} …`);
const install = spawnSync(
  'npx',
  ['--yes', pnpmSpec, 'install', '--frozen-lockfile', '--prefer-offline', '--reporter=append-only'],
  { cwd: root, stdio: 'inherit', env },
);
if (install.status !== 0) {
  console.error('\nInstalling dependencies failed (see above). Is the npm registry reachable?');
  process.exit(install.status ?? 1);
}

const { main } = await import(`./${command}.mjs`);
await main({
  root,
  env: { ...env, PATH: `${path.join(root, 'node_modules/.bin')}${path.delimiter}${env.PATH}` },
});
