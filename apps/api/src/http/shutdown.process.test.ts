import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const apiDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

// The real server process on its embedded database: main.ts's order (HTTP drain, jobs, database,
// exit) is what is under test. The drain itself is tested on both databases in http-server.test.ts.
describe('the server process on SIGTERM', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'blk-shutdown-'));
  let child: ChildProcess | undefined;
  afterAll(() => {
    if (child?.exitCode === null) child.kill('SIGKILL');
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('answers the upload in flight, then stops the jobs and the database and exits 0', async () => {
    let log = '';
    child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
      cwd: apiDir,
      env: {
        PATH: process.env.PATH,
        HOME: process.env.HOME,
        PORT: '0',
        LOG_LEVEL: 'info',
        BLK_PGLITE_DIR: path.join(dir, 'pglite'),
        BLK_ATTACHMENTS_DIR: path.join(dir, 'attachments'),
        BLK_OUTBOX_DIR: path.join(dir, 'outbox'),
        BLK_OUTBOX_POLL_MS: '100',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout?.on('data', (chunk: Buffer) => {
      log += chunk.toString();
    });
    child.stderr?.on('data', (chunk: Buffer) => {
      log += chunk.toString();
    });
    const exited = new Promise<number | null>((resolve) => child?.once('exit', resolve));
    let port = 0;
    for (let waited = 0; !port; waited += 100) {
      if (waited > 140_000 || child.exitCode !== null) throw new Error(`did not start:\n${log}`);
      port = Number(/listening on http:\/\/127\.0\.0\.1:(\d+)/.exec(log)?.[1] ?? 0);
      await new Promise((r) => setTimeout(r, 100));
    }

    const boundary = 'blkstop';
    const body = `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="surat.pdf"\r\nContent-Type: application/pdf\r\n\r\n%PDF-1.4\n${'%'.repeat(50_000)}\n%%EOF\n\r\n--${boundary}--\r\n`;
    const upload = net.connect(port, '127.0.0.1');
    let answer = '';
    upload.setEncoding('latin1');
    upload.on('data', (chunk: string) => {
      answer += chunk;
    });
    const uploadClosed = new Promise((resolve) => upload.once('close', resolve));
    await new Promise((resolve) => upload.once('connect', resolve));
    upload.write(
      `POST /uploads HTTP/1.1\r\nHost: x\r\nContent-Type: multipart/form-data; boundary=${boundary}\r\nContent-Length: ${body.length}\r\n\r\n${body.slice(0, 1_000)}`,
    );
    await new Promise((r) => setTimeout(r, 300));

    const signalled = Date.now();
    child.kill('SIGTERM');
    await new Promise((r) => setTimeout(r, 500));
    upload.write(body.slice(1_000));
    await uploadClosed;
    expect(answer).toMatch(/^HTTP\/1\.1 201 Created/);
    expect(answer).toMatch(/connection: close/i);

    expect(await exited).toBe(0);
    expect(Date.now() - signalled).toBeLessThan(8_000);
    expect(log).toMatch(/SIGTERM: finishing in-flight requests[\s\S]*stopped in \d+ ms/);
    expect(log).not.toMatch(/shutdown timed out|"level":50/);
  }, 150_000);
});
