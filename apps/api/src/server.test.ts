import type { AddressInfo } from 'node:net';
import type { Database } from '@blk/db';
import { createTestDatabase, testDatabaseKinds } from '@blk/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from './server';

describe.each(testDatabaseKinds())('health endpoints on %s', (kind) => {
  let db: Database;
  let base: string;
  let close: () => void;

  beforeAll(async () => {
    db = await createTestDatabase(kind);
    const server = createApp(db).listen(0, '127.0.0.1');
    await new Promise((resolve) => server.once('listening', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    close = () => server.close();
  });
  afterAll(async () => {
    close?.();
    await db?.close();
  });

  it('reports liveness', async () => {
    const res = await fetch(`${base}/healthz`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 'ok' });
  });

  it('reports readiness from the database', async () => {
    const res = await fetch(`${base}/readyz`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 'ready', database: kind });
  });

  it('reports not ready once the database is gone', async () => {
    const broken = { ...db, ping: async () => Promise.reject(new Error('gone')) };
    const server = createApp(broken).listen(0, '127.0.0.1');
    await new Promise((resolve) => server.once('listening', resolve));
    const res = await fetch(`http://127.0.0.1:${(server.address() as AddressInfo).port}/readyz`);
    server.close();
    expect(res.status).toBe(503);
  });
});
