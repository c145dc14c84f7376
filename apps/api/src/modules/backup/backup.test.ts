import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { type Database, type DatabaseTarget, openDatabase, postgresConnection } from '@blk/db';
import { DEMO_ACCESS_TOKEN } from '@blk/db/seed';
import { testDatabaseKinds } from '@blk/db/testing';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { loadEnv } from '../../env';
import { createLogger } from '../../logger';
import { createApp } from '../../server';
import { trainingRequestInput } from '../../testing/fixtures';
import { createAttachmentStorage } from '../attachments/storage-config';
import { createBackup } from './backup';
import { RestoreRefusedError, restoreBackup } from './restore';

const sha256 = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');
const PDF_HEAD = Buffer.from('%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n');

const SUBMIT = /* GraphQL */ `
  mutation ($input: SubmitTrainingRequestInput!, $letter: ID) {
    submitTrainingRequest(input: $input, letterUploadId: $letter) {
      __typename
      ... on SubmitTrainingRequestSuccess { trackingCode accessToken }
      ... on Error { code }
    }
  }
`;
const TRACK = /* GraphQL */ `
  query ($code: String!, $token: String) {
    trackTrainingRequest(trackingCode: $code, accessToken: $token) { trackingCode stepKey }
  }
`;

/** A running API on `db` with the store the settings choose; `ip` varies the client address. */
async function serve(db: Database, env: ReturnType<typeof loadEnv>) {
  const { app, stop } = await createApp(db, { logger: createLogger('silent'), env });
  const server = app.listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  let client = 0;
  // Each call comes from its own address (trusted from loopback), so rate limits do not interfere.
  const headers = () => ({
    'x-forwarded-for': `10.9.${Math.floor(client / 250)}.${(client++ % 250) + 1}`,
  });
  return {
    url,
    headers,
    gql: async <T>(query: string, variables: Record<string, unknown>) => {
      const res = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers() },
        body: JSON.stringify({ query, variables }),
      });
      return (await res.json()) as { data?: T; errors?: unknown[] };
    },
    close: async () => {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
      await stop();
    },
  };
}

/** Where each database kind lives for the round trip, and how to wipe it. */
interface Place {
  target: Extract<DatabaseTarget, { kind: 'pglite' | 'postgres' }>;
  /** The database gone, as after losing the server (the attachments folder too). */
  wipe(): Promise<void>;
  dispose(): Promise<void>;
}

async function makePlace(
  kind: 'pglite' | 'postgres',
  root: string,
  attachmentsDir: string,
): Promise<Place> {
  const templates = inject('testTemplates');
  if (kind === 'pglite') {
    const dataDir = path.join(root, 'pglite');
    const dump = await fs.readFile(templates.pgliteDumpFile ?? never());
    const db = await openDatabase({ kind: 'pglite', dataDir }, { loadDataDir: new Blob([dump]) });
    await db.close();
    const wipe = async () => {
      await fs.rm(dataDir, { recursive: true, force: true });
      await fs.rm(attachmentsDir, { recursive: true, force: true });
    };
    return { target: { kind: 'pglite', dataDir }, wipe, dispose: async () => {} };
  }
  const adminUrl = process.env.BLK_TEST_PG_URL ?? never();
  const name = `blk_backup_${Date.now().toString(36)}_${randomBytes(3).toString('hex')}`;
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const admin = await postgresConnection(adminUrl);
  await admin.exec(`CREATE DATABASE "${name}" TEMPLATE "${templates.postgresTemplate ?? never()}"`);
  return {
    target: { kind: 'postgres', url: url.toString() },
    wipe: async () => {
      await admin.exec(`DROP DATABASE "${name}" WITH (FORCE)`);
      await admin.exec(`CREATE DATABASE "${name}"`);
      await fs.rm(attachmentsDir, { recursive: true, force: true });
    },
    dispose: async () => {
      await admin.exec(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await admin.close();
    },
  };
}

describe.each(testDatabaseKinds())('backup and restore on %s', (kind) => {
  let root: string;
  let place: Place;
  let env: ReturnType<typeof loadEnv>;
  const archive = () => path.join(root, 'backups', 'nightly.tar.gz');
  /** Requests submitted with a letter: their tracking code, token and letter bytes. */
  const submitted: { code: string; token: string; letter: Buffer }[] = [];
  let before: { requests: number; attachments: number };

  beforeAll(async () => {
    root = await fs.mkdtemp(path.join(os.tmpdir(), 'blk-backup-test-'));
    const attachmentsDir = path.join(root, 'attachments');
    env = loadEnv({ ...process.env, BLK_ATTACHMENTS_DIR: attachmentsDir });
    place = await makePlace(kind, root, attachmentsDir);
    const db = await openDatabase(place.target);
    const api = await serve(db, env);
    try {
      const programs = await api.gql<{ programs: { edges: { node: { id: string } }[] } }>(
        '{ programs(first: 1) { edges { node { id } } } }',
        {},
      );
      const programId = programs.data?.programs.edges[0]?.node.id ?? never();
      // Three letters; the last spans several chunks of the database store.
      for (const size of [2_000, 40_000, 700_000]) {
        const letter = Buffer.concat([PDF_HEAD, randomBytes(size), Buffer.from('\n%%EOF\n')]);
        const form = new FormData();
        form.append('file', new Blob([letter], { type: 'application/pdf' }), 'surat.pdf');
        const up = await fetch(`${api.url}/uploads`, {
          method: 'POST',
          body: form,
          headers: api.headers(),
        });
        const { uploadId } = (await up.json()) as { uploadId: string };
        const res = await api.gql<{
          submitTrainingRequest: { trackingCode: string; accessToken: string };
        }>(SUBMIT, {
          input: trainingRequestInput(programId),
          letter: uploadId,
        });
        const ok = (res.data?.submitTrainingRequest ?? never()) as {
          trackingCode: string;
          accessToken: string;
        };
        expect(ok).toMatchObject({ __typename: 'SubmitTrainingRequestSuccess' });
        submitted.push({ code: ok.trackingCode, token: ok.accessToken, letter });
      }
      before = {
        requests: await db.prisma.trainingRequest.count(),
        attachments: await db.prisma.requestAttachment.count(),
      };
    } finally {
      await api.close();
      await db.close();
    }
  }, 300_000);
  afterAll(async () => {
    await place?.dispose();
    await fs.rm(root, { recursive: true, force: true });
  });

  it('backs up, wipes, restores; then every request tracks and every attachment downloads', async () => {
    const db = await openDatabase(place.target);
    const storage = await createAttachmentStorage(db, env);
    try {
      const manifest = await createBackup({
        db,
        databaseUrl: place.target.kind === 'postgres' ? place.target.url : undefined,
        storage,
        outFile: archive(),
      });
      expect(manifest.counts.trainingRequests).toBe(before.requests);
      expect(manifest.counts.requestAttachments).toBe(3);
      expect(manifest.schemaVersion).toMatch(/^\d{14}_/);
      // PGlite's files travel in the archive; PostgreSQL's are inside the dump.
      expect(manifest.attachments.inDatabase).toBe(kind === 'postgres');
      expect(manifest.attachments.files).toHaveLength(kind === 'postgres' ? 0 : 3 + 3);
      expect((await fs.stat(archive())).mode & 0o077).toBe(0);
    } finally {
      await storage.close();
      await db.close();
    }

    // Into the database it came from: refused, nothing changed.
    await expect(
      restoreBackup({
        archive: archive(),
        target: place.target,
        openStorage: (d) => createAttachmentStorage(d, env),
        attachmentsDir: env.BLK_ATTACHMENTS_DIR,
      }),
    ).rejects.toBeInstanceOf(RestoreRefusedError);

    await place.wipe();
    const report = await restoreBackup({
      archive: archive(),
      target: place.target,
      openStorage: (d) => createAttachmentStorage(d, env),
      attachmentsDir: env.BLK_ATTACHMENTS_DIR,
    });
    expect(report.movedAside).toEqual([]);
    await expectEverythingServed();
  }, 300_000);

  it('replaces a database that holds data only with force, and then serves it all the same', async () => {
    const report = await restoreBackup({
      archive: archive(),
      target: place.target,
      force: true,
      openStorage: (d) => createAttachmentStorage(d, env),
      attachmentsDir: env.BLK_ATTACHMENTS_DIR,
    });
    // PGlite's folder and the attachments folder are kept aside; PostgreSQL's schema is replaced.
    expect(report.movedAside).toHaveLength(kind === 'pglite' ? 2 : 0);
    await expectEverythingServed();
  }, 300_000);

  it('refuses a damaged archive before touching anything', async () => {
    const bytes = await fs.readFile(archive());
    const damaged = path.join(root, 'damaged.tar.gz');
    bytes.writeUInt8(bytes.readUInt8(bytes.length >> 1) ^ 0xff, bytes.length >> 1);
    await fs.writeFile(damaged, bytes);
    await place.wipe();
    await expect(
      restoreBackup({
        archive: damaged,
        target: place.target,
        openStorage: (d) => createAttachmentStorage(d, env),
      }),
    ).rejects.toBeInstanceOf(RestoreRefusedError);
  }, 120_000);

  async function expectEverythingServed() {
    const db = await openDatabase(place.target);
    const api = await serve(db, env);
    try {
      const requests = await db.prisma.trainingRequest.findMany({
        select: { trackingCode: true, state: true, attachments: true },
      });
      expect(requests).toHaveLength(before.requests);
      const tokens = new Map(submitted.map((s) => [s.code.replace('-', ''), s.token]));
      for (const request of requests) {
        const token = tokens.get(request.trackingCode) ?? DEMO_ACCESS_TOKEN;
        const res = await api.gql<{
          trackTrainingRequest: { trackingCode: string; stepKey: string } | null;
        }>(TRACK, { code: request.trackingCode, token });
        expect(res.errors).toBeUndefined();
        expect(res.data?.trackTrainingRequest?.stepKey).toBe(request.state);
        for (const attachment of request.attachments) {
          const download = await fetch(
            `${api.url}/attachments/${attachment.id}?token=${encodeURIComponent(token)}`,
            { headers: api.headers() },
          );
          expect(download.status).toBe(200);
          expect(sha256(Buffer.from(await download.arrayBuffer()))).toBe(attachment.sha256);
        }
      }
      const letters = requests.flatMap((r) => r.attachments).map((a) => a.sha256);
      expect(letters.sort()).toEqual(submitted.map((s) => sha256(s.letter)).sort());
    } finally {
      await api.close();
      await db.close();
    }
  }
});

function never(): never {
  throw new Error('unreachable');
}
