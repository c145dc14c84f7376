import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { openDatabase } from '@blk/db';
import { createEmptyPostgresDatabase } from '@blk/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { trainingRequestInput } from './testing/fixtures';

const apiDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const adminUrl = process.env.BLK_TEST_PG_URL;
const PASSWORD = 'Kantor#Disnaker2026';
const MESSAGES = 60;

/** The environment of a production-like process on the test database (no demo data). */
function processEnv(databaseUrl: string, dir: string, extra: Record<string, string> = {}) {
  return {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    DATABASE_URL: databaseUrl,
    BLK_TOKEN_SECRET: 'two-processes-test-secret-0123456789abcdef',
    BLK_ATTACHMENTS_DIR: path.join(dir, 'attachments'),
    BLK_OUTBOX_DIR: path.join(dir, 'outbox'),
    BLK_SERVE_APPS: '0',
    LOG_LEVEL: 'info',
    ...extra,
  };
}

/** Runs a command of the API (tsx) to its end; resolves with its exit code and output. */
function run(args: string[], env: NodeJS.ProcessEnv, stdin = '') {
  return new Promise<{ code: number | null; out: string }>((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', ...args], {
      cwd: apiDir,
      env,
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let out = '';
    child.stdout.on('data', (c: Buffer) => {
      out += c.toString();
    });
    child.stderr.on('data', (c: Buffer) => {
      out += c.toString();
    });
    child.stdin.end(stdin);
    child.once('exit', (code) => resolve({ code, out }));
  });
}

/** Starts src/main.ts and resolves once it listens, with its URL and its log so far. */
async function startApi(env: NodeJS.ProcessEnv) {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    cwd: apiDir,
    env: { ...env, PORT: '0' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const state = { child, log: '', url: '' };
  const onData = (c: Buffer) => {
    state.log += c.toString();
  };
  child.stdout?.on('data', onData);
  child.stderr?.on('data', onData);
  for (let waited = 0; !state.url; waited += 200) {
    if (waited > 170_000 || child.exitCode !== null)
      throw new Error(`did not start:\n${state.log}`);
    const port = /listening on http:\/\/127\.0\.0\.1:(\d+)/.exec(state.log)?.[1];
    if (port) state.url = `http://127.0.0.1:${port}`;
    await new Promise((r) => setTimeout(r, 200));
  }
  return state;
}

// Two API processes on one PostgreSQL, as behind the proxy of docs/deploy.md: the first admin
// made by the command, a session opened on one process used on the other, and every queued
// message delivered exactly once by the two outbox workers together, and a letter uploaded
// through one process downloaded through the other (attachments live in PostgreSQL by default).
describe.skipIf(!adminUrl)('two API processes on one PostgreSQL', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'blk-two-'));
  let database: Awaited<ReturnType<typeof createEmptyPostgresDatabase>> | undefined;
  const children: ChildProcess[] = [];
  const delivered: { id: string; to: string }[] = [];
  let gateway: http.Server;

  beforeAll(async () => {
    database = await createEmptyPostgresDatabase();
    // The SMS gateway both workers send to: it records each message it is given.
    gateway = http.createServer((req, res) => {
      let body = '';
      req.on('data', (c: Buffer) => {
        body += c.toString();
      });
      req.on('end', () => {
        const sms = JSON.parse(body) as { id: string; to: string };
        delivered.push({ id: sms.id, to: sms.to });
        res.writeHead(200, { 'content-type': 'application/json' }).end('{"ok":true}');
      });
    });
    await new Promise<void>((resolve) => gateway.listen(0, '127.0.0.1', resolve));
  }, 60_000);

  afterAll(async () => {
    for (const child of children) if (child.exitCode === null) child.kill('SIGKILL');
    gateway?.close();
    await database?.drop();
    fs.rmSync(dir, { recursive: true, force: true });
  }, 60_000);

  it('share the first admin, its session, the outbox (each message sent once) and the attachments', async () => {
    const databaseUrl = database?.url ?? '';
    const env = processEnv(databaseUrl, dir);
    // The first admin, by the command (password on stdin); it migrates the empty database.
    const created = await run(
      ['src/cli/create-admin.ts', '--email', 'admin@disnaker.example.go.id', '--name', 'Admin TU'],
      env,
      `${PASSWORD}\n`,
    );
    expect(created).toMatchObject({ code: 0 });
    expect(created.out).toContain('Created admin@disnaker.example.go.id (admin_sistem)');
    const again = await run(
      ['src/cli/create-admin.ts', '--email', 'admin@disnaker.example.go.id'],
      env,
      'short\n',
    );
    expect(again.code).toBe(1);

    const gatewayUrl = `http://127.0.0.1:${(gateway.address() as AddressInfo).port}/sms`;
    const workerEnv = {
      ...env,
      NODE_ENV: 'production',
      BLK_INSECURE_COOKIES: '',
      BLK_SMS_GATEWAY_URL: gatewayUrl,
      BLK_OUTBOX_POLL_MS: '100',
    };
    // Each process has its own folder, as on two machines: only the database is shared.
    const a = await startApi({ ...workerEnv, BLK_ATTACHMENTS_DIR: path.join(dir, 'files-a') });
    const b = await startApi({ ...workerEnv, BLK_ATTACHMENTS_DIR: path.join(dir, 'files-b') });
    children.push(a.child, b.child);

    // Signed in through A, the session cookie works on B (sessions live in the database).
    const login = await fetch(`${a.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query:
          'mutation($input: LoginInput!) { login(input: $input) { __typename ... on Error { code } } }',
        variables: { input: { email: 'admin@disnaker.example.go.id', password: PASSWORD } },
      }),
    });
    const setCookie = login.headers.get('set-cookie') ?? '';
    expect(setCookie).toMatch(/blk_session=.*HttpOnly.*Secure/i);
    const cookie = setCookie.split(';')[0] ?? '';
    const viewer = await fetch(`${b.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie },
      body: JSON.stringify({ query: '{ viewer { kind user { email role { key } } } }' }),
    });
    expect(await viewer.json()).toEqual({
      data: {
        viewer: {
          kind: 'staff',
          user: { email: 'admin@disnaker.example.go.id', role: { key: 'admin_sistem' } },
        },
      },
    });

    const db = await openDatabase({ kind: 'postgres', url: databaseUrl });
    try {
      // Messages queued while both workers poll: each reaches the gateway exactly once.
      await db.prisma.notificationOutbox.createMany({
        data: Array.from({ length: MESSAGES }, (_, i) => ({
          channel: 'sms' as const,
          recipient: `+62812${String(10_000_000 + i)}`,
          template: 'request_submitted',
          payload: { trackingCode: '7K3M9Q2XWR', organizationName: `Desa ${i}` },
        })),
      });
      await expect
        .poll(() => db.prisma.notificationOutbox.count({ where: { status: 'sent' } }), {
          timeout: 60_000,
          interval: 250,
        })
        .toBe(MESSAGES);
    } finally {
      await db.close();
    }
    expect(delivered).toHaveLength(MESSAGES);
    expect(new Set(delivered.map((d) => d.id)).size).toBe(MESSAGES);
    const sentBy = (log: string) =>
      [...log.matchAll(/"sent":(\d+)/g)].reduce((sum, m) => sum + Number(m[1]), 0);
    // How the work split (both workers claim with SKIP LOCKED; the split varies per run).
    console.info(`outbox split: A ${sentBy(a.log)}, B ${sentBy(b.log)}`);
    expect(sentBy(a.log) + sentBy(b.log)).toBe(MESSAGES);

    // A letter uploaded and submitted through A downloads, byte for byte, through B.
    const letter = Buffer.concat([
      Buffer.from('%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n'),
      randomBytes(300_000),
      Buffer.from('\n%%EOF\n'),
    ]);
    const form = new FormData();
    form.append('file', new Blob([letter], { type: 'application/pdf' }), 'surat.pdf');
    const upload = await fetch(`${a.url}/uploads`, { method: 'POST', body: form });
    expect(upload.status).toBe(201);
    const { uploadId } = (await upload.json()) as { uploadId: string };
    const day = (d: number) => new Date(Date.now() + d * 86_400_000).toISOString().slice(0, 10);
    const submitted = await fetch(`${a.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: `mutation($input: SubmitTrainingRequestInput!, $letter: ID) {
          submitTrainingRequest(input: $input, letterUploadId: $letter) {
            __typename ... on SubmitTrainingRequestSuccess { accessToken } ... on Error { code }
          } }`,
        variables: {
          letter: uploadId,
          input: trainingRequestInput(undefined, {
            needDescription: 'Pelatihan menjahit untuk ibu-ibu PKK',
            preferredStart: day(40),
            preferredEnd: day(100),
          }),
        },
      }),
    });
    const outcome = (
      (await submitted.json()) as {
        data: { submitTrainingRequest: { __typename: string; accessToken?: string } };
      }
    ).data.submitTrainingRequest;
    expect(outcome.__typename).toBe('SubmitTrainingRequestSuccess');
    const check = await openDatabase({ kind: 'postgres', url: databaseUrl });
    try {
      const attachment = await check.prisma.requestAttachment.findFirstOrThrow();
      const download = await fetch(
        `${b.url}/attachments/${attachment.id}?token=${encodeURIComponent(outcome.accessToken ?? '')}`,
      );
      expect(download.status).toBe(200);
      expect(Buffer.from(await download.arrayBuffer()).equals(letter)).toBe(true);
    } finally {
      await check.close();
    }

    // Both ready, and both report their own worker's heartbeat.
    for (const p of [a, b]) {
      const ready = await fetch(`${p.url}/readyz`);
      expect(ready.status).toBe(200);
      expect(await ready.json()).toMatchObject({ status: 'ready', database: 'postgres' });
    }
  }, 400_000);
});
