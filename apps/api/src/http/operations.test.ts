import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { testDatabaseKinds } from '@blk/db/testing';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadEnv } from '../env';
import { type OutboxHeartbeat, startOutboxWorker } from '../modules/notifications/outbox-worker';
import { createApp } from '../server';
import { startTestApi, type TestApi } from '../testing/api';
import { apiForSuite } from '../testing/suite-api';
import { startHttpServer } from './http-server';
import { inlineScriptHashes } from './security-headers';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

describe('the trace id', () => {
  const lines: Record<string, unknown>[] = [];
  const logger = pino(
    { level: 'info' },
    { write: (line: string) => lines.push(JSON.parse(line) as Record<string, unknown>) },
  );
  const { api } = apiForSuite('pglite', { app: () => ({ logger }) });

  it('is on every response, in the request log line and in GraphQL errors', async () => {
    const health = await fetch(`${api.url}/healthz`);
    expect(health.headers.get('x-request-id')).toMatch(UUID);

    const res = await api.gql('query { trainingRequest(id: "x") { id } }');
    const id = res.headers.get('x-request-id');
    expect(id).toMatch(UUID);
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'UNAUTHENTICATED', requestId: id });
    // GraphQL answers are never cached (Apollo's cache-control plugin is off; we say it).
    expect(res.headers.get('cache-control')).toBe('no-store');
    await expect
      .poll(() => lines.find((l) => (l.req as { id?: string } | undefined)?.id === id))
      .toMatchObject({ reqId: id, res: { statusCode: res.status } });

    const syntax = await api.gql('query {');
    expect(syntax.errors?.[0]?.extensions).toMatchObject({
      code: 'GRAPHQL_PARSE_FAILED',
      requestId: syntax.headers.get('x-request-id'),
    });
    const missing = await fetch(`${api.url}/no-such-route`);
    expect(await missing.json()).toMatchObject({
      error: { code: 'NOT_FOUND', requestId: missing.headers.get('x-request-id') },
    });
  });

  it('reports /readyz with the outbox off when this process runs no worker', async () => {
    const res = await fetch(`${api.url}/readyz`);
    expect([res.status, await res.json()]).toEqual([
      200,
      { status: 'ready', database: 'pglite', outbox: 'off' },
    ]);
  });

  it("keeps a proxy's sane id and replaces anything else", async () => {
    const sane = 'f3a9c2e1b7d64a0e9c1b2a3d4e5f6a7b';
    const kept = await api.gql('{ __typename }', {}, { headers: { 'x-request-id': sane } });
    expect(kept.headers.get('x-request-id')).toBe(sane);
    for (const bad of ['short', 'a b c d e f g h', 'x'.repeat(65), 'abc;def;ghi', 'a,b-c.d:e']) {
      const res = await fetch(`${api.url}/healthz`, { headers: { 'x-request-id': bad } });
      expect(res.headers.get('x-request-id')).toMatch(UUID);
    }
  });
});

describe.each(testDatabaseKinds())('/readyz and the outbox worker on %s', (kind) => {
  let api: TestApi;
  let worker: { stop(): Promise<void>; heartbeat: OutboxHeartbeat } | undefined;
  let release: () => void = () => {};
  const held = new Promise<void>((resolve) => {
    release = resolve;
  });
  beforeAll(async () => {
    api = await startTestApi(kind, {
      app: (db) => {
        // A transport that hangs until the test lets it go: the worker stops beating inside it.
        worker = startOutboxWorker(db.prisma, {
          transport: { deliver: async (m) => held.then(() => `test:${m.id}`) },
          maxAttempts: 3,
          // 2 × 250 ms + 1 s: short for the test, yet above a pass's duration on a busy machine.
          pollMs: 250,
          stalePolls: 2,
          deliveryAllowanceMs: 1_000,
        });
        return { outbox: worker.heartbeat };
      },
    });
  });
  afterAll(async () => {
    release();
    await worker?.stop();
    await api?.close();
  });

  const ready = async () => {
    const res = await fetch(`${api.url}/readyz`);
    return { status: res.status, body: (await res.json()) as Record<string, unknown> };
  };

  it('is ready while the worker beats, not ready when it hangs, ready again after', {
    timeout: 120_000,
  }, async () => {
    await api.db.prisma.notificationOutbox.deleteMany();
    await expect.poll(ready).toMatchObject({
      status: 200,
      body: { status: 'ready', outbox: { staleAfterMs: 1_500 } },
    });
    await api.db.prisma.notificationOutbox.create({
      data: {
        channel: 'sms',
        recipient: '+6281234567890',
        template: 'request_submitted',
        payload: { trackingCode: '7K3M9Q2XWR', organizationName: 'Pemerintah Desa Kace' },
      },
    });
    await expect
      .poll(ready, { timeout: 30_000 })
      .toMatchObject({ status: 503, body: { status: 'outbox worker stalled' } });
    release();
    await expect.poll(ready, { timeout: 30_000 }).toMatchObject({ status: 200 });
    expect(await api.db.prisma.notificationOutbox.count({ where: { status: 'sent' } })).toBe(1);
  });
});

/**
 * A built app as vite leaves it: a page with an inline script, hashed assets, a static file, and
 * for the public app the prerendered pages (program.html) and the shell for other paths.
 */
function fakeBuild(dir: string, title: string, withBase: boolean, pages: string[] = []) {
  fs.mkdirSync(path.join(dir, 'assets'), { recursive: true });
  for (const page of ['index', ...pages])
    fs.writeFileSync(
      path.join(dir, `${page}.html`),
      `<!doctype html><html><head>${withBase ? '<base href="/" />' : ''}<title>${title}</title><script>window.x=1</script><script type="module" src="./assets/index-AbC123.js"></script></head><body><div id="root">${page}</div></body></html>`,
    );
  fs.writeFileSync(
    path.join(dir, 'assets', 'index-AbC123.js'),
    `console.log(${JSON.stringify(title)})`,
  );
  fs.writeFileSync(path.join(dir, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
}

describe('the built apps served by the API', () => {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'blk-apps-'));
  const publicDir = path.join(root, 'public');
  const adminDir = path.join(root, 'admin');
  fakeBuild(publicDir, 'Publik', false, ['program', 'shell']);
  fakeBuild(adminDir, 'Admin', true);
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi('pglite', {
      app: () => ({
        apps: { publicDir, adminDir, adminPath: '/admin', adminHost: 'admin.blk.test' },
      }),
    });
  });
  afterAll(async () => {
    await api?.close();
    fs.rmSync(root, { recursive: true, force: true });
  });

  const get = async (p: string, headers: Record<string, string> = {}) => {
    const res = await fetch(`${api.url}${p}`, { headers });
    return { res, text: await res.text() };
  };

  it('serves the public app at / with its page for every client-side route', async () => {
    const pages: [path: string, page: string][] = [
      ['/', 'index'],
      ['/lacak/ABCD-EFGH', 'shell'],
      ['/program?kejuruan=TIK', 'program'],
      ['/program/TIK-01', 'shell'],
      ['/index.html', 'index'],
    ];
    for (const [p, page] of pages) {
      const { res, text } = await get(p);
      expect([p, text]).toEqual([p, expect.stringContaining(`<div id="root">${page}</div>`)]);
      expect([p, res.status, res.headers.get('content-type')]).toEqual([
        p,
        200,
        'text/html; charset=utf-8',
      ]);
      expect(text).toContain('<title>Publik</title>');
      expect(res.headers.get('cache-control')).toBe('no-cache');
      const csp = res.headers.get('content-security-policy') ?? '';
      expect(csp).toContain(`'${inlineScriptHashes(text)[0]}'`);
      expect(csp).toContain("frame-ancestors 'none'");
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
      expect(res.headers.get('x-request-id')).toMatch(UUID);
    }
  });

  it('caches hashed assets for a year and revalidates the rest', async () => {
    const asset = await get('/assets/index-AbC123.js');
    expect(asset.text).toBe('console.log("Publik")');
    expect(asset.res.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    const icon = await get('/favicon.svg');
    expect([icon.res.status, icon.res.headers.get('cache-control')]).toEqual([200, 'no-cache']);
  });

  it('serves the admin app under /admin, its page pointing its base there', async () => {
    for (const p of ['/admin', '/admin/', '/admin/permohonan/0193', '/admin/login?next=%2F']) {
      const { res, text } = await get(p);
      expect([p, res.status]).toEqual([p, 200]);
      expect(text).toContain('<title>Admin</title>');
      expect(text).toContain('<base href="/admin/" />');
    }
    const asset = await get('/admin/assets/index-AbC123.js');
    expect(asset.text).toBe('console.log("Admin")');
    expect(asset.res.headers.get('cache-control')).toContain('immutable');
  });

  it('serves the admin app at / of its own host name', async () => {
    // Behind the proxy on this machine (trust proxy: loopback), the host it was asked for.
    const { text } = await get('/permohonan', { 'x-forwarded-host': 'admin.blk.test' });
    expect(text).toContain('<title>Admin</title>');
    expect(text).toContain('<base href="/" />');
  });

  it('answers a missing file, an API path and a POST with the JSON 404, never a page', async () => {
    for (const [method, p] of [
      ['GET', '/assets/index-Old999.js'],
      ['GET', '/admin/assets/gone.css'],
      ['GET', '/healthz/extra'],
      ['POST', '/lacak'],
    ] as const) {
      const res = await fetch(`${api.url}${p}`, { method });
      expect([method, p, res.status, res.headers.get('content-type')]).toEqual([
        method,
        p,
        404,
        'application/json; charset=utf-8',
      ]);
    }
    const gql = await api.gql('{ __typename }');
    expect(gql.data).toEqual({ __typename: 'Query' });
  });

  it('refuses to start with an admin build that cannot live under a path, or no build', async () => {
    await expect(
      startTestApi('pglite', {
        app: () => ({ apps: { publicDir: null, adminDir: publicDir, adminPath: '/admin' } }),
      }),
    ).rejects.toThrow(/no <base href="\/">/);
    await expect(
      startTestApi('pglite', {
        app: () => ({ apps: { publicDir: root, adminDir: null, adminPath: '/admin' } }),
      }),
    ).rejects.toThrow(/index.html is missing: build the apps first/);
  }, 120_000);
});

describe('timeouts and body limits from the env module', () => {
  const env = loadEnv({
    NODE_ENV: 'test',
    HTTP_HEADERS_TIMEOUT_S: '1',
    HTTP_REQUEST_TIMEOUT_S: '2',
    HTTP_KEEP_ALIVE_TIMEOUT_S: '1',
    BLK_BODY_MAX_BYTES: String(20 * 1024),
    BLK_UPLOAD_MAX_BYTES: '2048',
  });
  let api: TestApi;
  let server: Awaited<ReturnType<typeof startHttpServer>>;
  beforeAll(async () => {
    api = await startTestApi('pglite');
    const { app } = await createApp(api.db, { logger: pino({ level: 'silent' }), env });
    server = await startHttpServer(app, { ...env, port: 0, host: '127.0.0.1' });
  });
  afterAll(async () => {
    await server?.drain(1_000);
    await api?.close();
  });

  it('are the documented defaults when nothing is set', () => {
    const defaults = loadEnv({});
    expect([
      defaults.HTTP_REQUEST_TIMEOUT_S,
      defaults.HTTP_HEADERS_TIMEOUT_S,
      defaults.HTTP_KEEP_ALIVE_TIMEOUT_S,
      defaults.BLK_BODY_MAX_BYTES,
      defaults.BLK_UPLOAD_MAX_BYTES,
    ]).toEqual([300, 60, 5, 1024 * 1024, 5 * 1024 * 1024]);
    expect(server.server.headersTimeout).toBe(1_000);
    expect(server.server.requestTimeout).toBe(2_000);
    expect(server.server.keepAliveTimeout).toBe(1_000);
  });

  it('refuses out-of-range values at start', () => {
    expect(() => loadEnv({ HTTP_HEADERS_TIMEOUT_S: '0' })).toThrow(/HTTP_HEADERS_TIMEOUT_S/);
    expect(() => loadEnv({ BLK_BODY_MAX_BYTES: '100' })).toThrow(/BLK_BODY_MAX_BYTES/);
    expect(() => loadEnv({ BLK_UPLOAD_MAX_BYTES: 'lots' })).toThrow(/BLK_UPLOAD_MAX_BYTES/);
  });

  it('answers a client that never finishes its headers with 408', async () => {
    const socket = net.connect(Number(new URL(server.url).port), '127.0.0.1');
    let answer = '';
    socket.setEncoding('latin1');
    socket.on('data', (chunk: string) => {
      answer += chunk;
    });
    socket.on('error', () => {});
    const closed = new Promise((resolve) => socket.once('close', resolve));
    socket.write('POST /graphql HTTP/1.1\r\nHost: x\r\n');
    const started = Date.now();
    await closed;
    expect(answer).toMatch(/^HTTP\/1\.1 408/);
    expect(Date.now() - started).toBeLessThan(5_000);
  });

  it('refuses a GraphQL body and an upload over their limits with 413', async () => {
    const big = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: `{ __typename }${' '.repeat(25 * 1024)}` }),
    });
    expect(big.status).toBe(413);
    const small = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: `{ __typename }${' '.repeat(15 * 1024)}` }),
    });
    expect(small.status).toBe(200);
    const form = new FormData();
    form.append(
      'file',
      new Blob(['%PDF-1.4\n', 'x'.repeat(4096)], { type: 'application/pdf' }),
      'surat.pdf',
    );
    const upload = await fetch(`${server.url}/uploads`, { method: 'POST', body: form });
    expect(upload.status).toBe(413);
  });
});
