import net from 'node:net';
import type { Database } from '@blk/db';
import { createTestDatabase, testDatabaseKinds } from '@blk/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadEnv } from '../env';
import { createLogger } from '../logger';
import { createApp } from '../server';
import { type HttpServer, startHttpServer } from './http-server';

/** A raw HTTP/1.1 connection, so the test controls when each byte is sent. */
function connect(url: string) {
  const { hostname, port } = new URL(url);
  const socket = net.connect(Number(port), hostname);
  let received = '';
  socket.setEncoding('latin1');
  socket.on('data', (chunk: string) => {
    received += chunk;
  });
  const closed = new Promise<number>((resolve) => socket.once('close', () => resolve(Date.now())));
  const connected = new Promise<void>((resolve, reject) => {
    socket.once('connect', resolve);
    socket.once('error', reject);
  });
  return {
    socket,
    connected,
    closed,
    received: () => received,
    /** Waits until a whole response (headers and a Content-Length body) has arrived. */
    async response(): Promise<{ status: number; headers: string; body: string }> {
      for (;;) {
        const end = received.indexOf('\r\n\r\n');
        if (end >= 0) {
          const headers = received.slice(0, end);
          const length = Number(/content-length: (\d+)/i.exec(headers)?.[1] ?? 0);
          if (received.length >= end + 4 + length) {
            const body = received.slice(end + 4, end + 4 + length);
            received = received.slice(end + 4 + length);
            return { status: Number(headers.split(' ')[1]), headers, body };
          }
        }
        await new Promise((r) => setTimeout(r, 10));
      }
    },
  };
}

describe.each(testDatabaseKinds())('shutdown drain on %s', (kind) => {
  let db: Database;
  let http: HttpServer;
  let stopApollo: () => Promise<void>;

  beforeAll(async () => {
    db = await createTestDatabase(kind);
    const { app, stop } = await createApp(db, { logger: createLogger('silent') });
    stopApollo = stop;
    http = await startHttpServer(app, { ...loadEnv({}), port: 0, host: '127.0.0.1' });
  });
  afterAll(async () => {
    await http?.drain(1_000);
    await stopApollo?.();
    await db?.close();
  });

  it('finishes the upload in flight, closes keep-alive sockets and refuses new connections', async () => {
    // An idle keep-alive connection, as browsers and proxies hold them.
    const idle = connect(http.url);
    await idle.connected;
    idle.socket.write('GET /healthz HTTP/1.1\r\nHost: x\r\nConnection: keep-alive\r\n\r\n');
    expect((await idle.response()).status).toBe(200);
    // A keep-alive connection that will send its next request while the server drains.
    const busy = connect(http.url);
    await busy.connected;
    busy.socket.write('GET /healthz HTTP/1.1\r\nHost: x\r\nConnection: keep-alive\r\n\r\n');
    expect((await busy.response()).status).toBe(200);

    // An upload whose body is only half sent when the drain starts.
    const boundary = 'blkdrain';
    const head = `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="surat.pdf"\r\nContent-Type: application/pdf\r\n\r\n`;
    const tail = `\r\n--${boundary}--\r\n`;
    const pdf = `%PDF-1.4\n${'1 0 obj << >> endobj\n'.repeat(2_000)}%%EOF\n`;
    const body = head + pdf + tail;
    const upload = connect(http.url);
    await upload.connected;
    upload.socket.write(
      `POST /uploads HTTP/1.1\r\nHost: x\r\nConnection: keep-alive\r\nContent-Type: multipart/form-data; boundary=${boundary}\r\nContent-Length: ${Buffer.byteLength(body)}\r\n\r\n`,
    );
    upload.socket.write(body.slice(0, 10_000));
    await new Promise((r) => setTimeout(r, 200));

    const started = Date.now();
    const drained = http.drain(10_000);

    // New connections are refused at once.
    const refused = connect(http.url);
    await expect(refused.connected).rejects.toThrow(/ECONNREFUSED/);

    // A request that arrives on a kept-alive connection during the drain is answered, not
    // dropped, and the connection is told to close.
    busy.socket.write('GET /healthz HTTP/1.1\r\nHost: x\r\nConnection: keep-alive\r\n\r\n');
    const late = await busy.response();
    expect(late.status).toBe(200);
    expect(late.headers).toMatch(/connection: close/i);
    await busy.closed;

    // A connection that stays idle is closed after a short grace, long before the timeout.
    const idleClosedAfter = (await idle.closed) - started;
    expect(idleClosedAfter).toBeGreaterThanOrEqual(900);
    expect(idleClosedAfter).toBeLessThan(2_500);

    // The upload still completes, with 201, and its connection is told to close.
    await new Promise((r) => setTimeout(r, 300));
    upload.socket.write(body.slice(10_000));
    const answer = await upload.response();
    expect(answer.status).toBe(201);
    expect(answer.headers).toMatch(/connection: close/i);
    expect(JSON.parse(answer.body)).toMatchObject({ mimeType: 'application/pdf' });
    await upload.closed;

    const { forced } = await drained;
    expect(forced).toBe(false);
    expect(Date.now() - started).toBeLessThan(3_000);
  });
});
