import { createHash } from 'node:crypto';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { testDatabaseKinds } from '@blk/db/testing';
import { beforeAll, describe, expect, it } from 'vitest';
import type { TestApi } from '../../testing/api';
import { trainingRequestInput } from '../../testing/fixtures';
import { apiForSuite } from '../../testing/suite-api';
import { RATE_LIMITS } from '../rate-limit/rate-limit';
import { detectFileType } from './detect-file-type';
import { cleanUpStagedUploads, fileKey, STAGED_UPLOAD_TTL_MS, stageUpload } from './staged-uploads';
import { type AttachmentStorage, LocalFolderStorage } from './storage';

// The server reads its attachment settings from the environment (createApp → loadEnv): the local
// folder on PGlite, the database store on PostgreSQL (the defaults). Each test reads and alters
// the bytes through the store the server uses.
const attachmentsDir = await fs.mkdtemp(path.join(os.tmpdir(), 'blk-attachments-'));
process.env.BLK_ATTACHMENTS_DIR = attachmentsDir;

const PNG = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  Buffer.from('IHDR fake image body'),
]);
const PDF = Buffer.from('%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n');
const EXE = Buffer.concat([Buffer.from('MZ'), Buffer.alloc(200, 0x90)]);
const sha256 = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');

interface UploadBody {
  uploadId?: string;
  fileName?: string;
  mimeType?: string;
  sizeBytes?: number;
  sha256?: string;
  error?: { code: string; message: string };
}

async function upload(
  api: TestApi,
  bytes: Uint8Array,
  name: string,
  init: { declaredType?: string; lang?: string } = {},
) {
  const form = new FormData();
  form.append('file', new Blob([bytes], { type: init.declaredType ?? 'application/pdf' }), name);
  const res = await fetch(`${api.url}/uploads`, {
    method: 'POST',
    body: form,
    headers: init.lang ? { 'accept-language': init.lang } : {},
  });
  return { status: res.status, body: (await res.json()) as UploadBody };
}

const SUBMIT = /* GraphQL */ `
  mutation ($input: SubmitTrainingRequestInput!, $letter: ID) {
    submitTrainingRequest(input: $input, letterUploadId: $letter) {
      __typename
      ... on SubmitTrainingRequestSuccess { trackingCode accessToken }
      ... on ValidationError { issues { path code } }
      ... on Error { code }
    }
  }
`;
const ATTACH_PUBLIC = /* GraphQL */ `
  mutation ($code: String!, $token: String!, $upload: ID!, $kind: AttachmentKind!) {
    attachToTrainingRequest(trackingCode: $code, accessToken: $token, uploadId: $upload, kind: $kind) {
      __typename
      ... on RequestAttachment { id kind fileName mimeType sizeBytes sha256 downloadUrl }
      ... on ValidationError { issues { path code } }
      ... on Error { code }
    }
  }
`;
const ATTACH_STAFF = /* GraphQL */ `
  mutation ($request: ID!, $upload: ID!, $kind: AttachmentKind!) {
    attachFileToRequest(requestId: $request, uploadId: $upload, kind: $kind) {
      __typename
      ... on RequestAttachment { id kind downloadUrl }
      ... on ValidationError { issues { path code } }
      ... on Error { code }
    }
  }
`;

type Attached = {
  __typename: string;
  id?: string;
  kind?: string;
  fileName?: string;
  mimeType?: string;
  sha256?: string;
  downloadUrl?: string;
  code?: string;
  issues?: { path: string; code: string }[];
};

describe.each(testDatabaseKinds())('attachments on %s', (kind) => {
  const { api } = apiForSuite(kind);
  let storage: AttachmentStorage;
  let programId: string;
  const requestInput = () => trainingRequestInput(programId);
  /** A fresh request: its id, tracking code and access token. */
  async function submitRequest(letter?: string) {
    const res = await api.gql<{
      submitTrainingRequest: Attached & { trackingCode?: string; accessToken?: string };
    }>(SUBMIT, { input: requestInput(), letter });
    const result = res.data?.submitTrainingRequest;
    if (result?.__typename !== 'SubmitTrainingRequestSuccess') return { result };
    const request = await api.db.prisma.trainingRequest.findUniqueOrThrow({
      where: { trackingCode: result.trackingCode?.replace('-', '') ?? '' },
      include: { attachments: true },
    });
    return { result, request, code: result.trackingCode ?? '', token: result.accessToken ?? '' };
  }

  beforeAll(async () => {
    storage = api.storage;
    expect(storage.kind).toBe(kind === 'postgres' ? 'database' : 'local');
    const res = await api.gql<{ programs: { edges: { node: { id: string; code: string } }[] } }>(
      '{ programs(first: 50) { edges { node { id code } } } }',
    );
    programId = res.data?.programs.edges.find((e) => e.node.code === 'GAR-JHT-01')?.node.id ?? '';
  });

  describe('uploading', () => {
    it('accepts a PNG named .pdf as a PNG, whatever type the client declared', async () => {
      const { status, body } = await upload(api, PNG, 'surat permohonan.pdf');
      expect(status).toBe(201);
      expect(body).toEqual({
        uploadId: expect.stringMatching(/^[0-9a-f-]{36}$/),
        fileName: 'surat permohonan.png',
        mimeType: 'image/png',
        sizeBytes: PNG.byteLength,
        sha256: sha256(PNG),
      });
      expect(Buffer.from((await storage.get(fileKey(body.uploadId ?? ''))) ?? [])).toEqual(PNG);
    });

    it('accepts PDF and JPEG by their magic bytes and strips paths from names', async () => {
      const pdf = await upload(api, PDF, '..\\..\\etc/proposal.PDF', {
        declaredType: 'text/plain',
      });
      expect([pdf.status, pdf.body.mimeType, pdf.body.fileName]).toEqual([
        201,
        'application/pdf',
        'proposal.pdf',
      ]);
      const jpeg = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 16, 0x4a, 0x46, 0x49, 0x46]);
      const photo = await upload(api, jpeg, 'foto lokasi.jpeg');
      expect([photo.status, photo.body.mimeType, photo.body.fileName]).toEqual([
        201,
        'image/jpeg',
        'foto lokasi.jpg',
      ]);
    });

    it('refuses a program renamed .pdf, in the caller’s language', async () => {
      const id = await upload(api, EXE, 'surat.pdf');
      expect(id.status).toBe(415);
      expect(id.body.error).toEqual({
        code: 'UNSUPPORTED_FILE_TYPE',
        message: 'Jenis berkas tidak didukung.',
      });
      const en = await upload(api, EXE, 'surat.pdf', { lang: 'en-US,en;q=0.9' });
      expect(en.body.error?.message).toBe('This file type is not supported.');
      expect(detectFileType(EXE)).toBeNull();
    });

    it('refuses files over 5 MB, whether or not the size was declared up front', async () => {
      const justOver = Buffer.concat([PDF, Buffer.alloc(5 * 1024 * 1024 + 1 - PDF.byteLength)]);
      const over = await upload(api, justOver, 'besar.pdf');
      expect([over.status, over.body.error?.code]).toEqual([413, 'PAYLOAD_TOO_LARGE']);
      const farOver = await upload(
        api,
        Buffer.concat([PDF, Buffer.alloc(7 * 1024 * 1024)]),
        'x.pdf',
      );
      expect([farOver.status, farOver.body.error?.code]).toEqual([413, 'PAYLOAD_TOO_LARGE']);
    });

    it('refuses a request without a file', async () => {
      const form = new FormData();
      form.append('note', 'no file here');
      const res = await fetch(`${api.url}/uploads`, { method: 'POST', body: form });
      expect(res.status).toBe(400);
      expect(((await res.json()) as UploadBody).error?.code).toBe('VALIDATION_FAILED');
      const json = await fetch(`${api.url}/uploads`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: '{}',
      });
      expect(json.status).toBe(400);
    });
  });

  describe('attaching', () => {
    it('attaches the request letter within the submission', async () => {
      const letter = await upload(api, PDF, 'surat.pdf');
      const { request } = await submitRequest(letter.body.uploadId);
      expect(request?.attachments).toEqual([
        expect.objectContaining({
          kind: 'surat_permohonan',
          fileName: 'surat.pdf',
          mimeType: 'application/pdf',
          sizeBytes: PDF.byteLength,
          sha256: sha256(PDF),
          storageKey: fileKey(letter.body.uploadId ?? ''),
          uploadedById: null,
        }),
      ]);
      const query = `query ($id: ID!) { trainingRequest(id: $id) { attachments { kind fileName downloadUrl } } }`;
      const staff = await api.gql<{
        trainingRequest: { attachments: { kind: string; fileName: string; downloadUrl: string }[] };
      }>(query, { id: request?.id }, { cookie: await api.login('petugas@blk.example') });
      expect(staff.data?.trainingRequest.attachments).toEqual([
        {
          kind: 'surat_permohonan',
          fileName: 'surat.pdf',
          downloadUrl: `/attachments/${request?.attachments[0]?.id}`,
        },
      ]);
    });

    it('refuses a submission naming an unknown letter, and stores nothing', async () => {
      const before = await api.db.prisma.trainingRequest.count();
      const unknown = await submitRequest('0192f6a8-0000-7000-8000-000000000000');
      expect(unknown.result?.issues).toEqual([
        { path: 'letterUploadId', code: 'upload.not_found' },
      ]);
      const notUuid = await submitRequest('../../etc/passwd');
      expect(notUuid.result?.issues?.[0]?.path).toBe('letterUploadId');
      expect(await api.db.prisma.trainingRequest.count()).toBe(before);
    });

    it('lets the requester attach with the access token, once per upload', async () => {
      const { code, token, request } = await submitRequest();
      const file = await upload(api, PNG, 'berkas.png');
      const vars = { code, token, upload: file.body.uploadId, kind: 'berkas_pelengkap' };
      const res = await api.gql<{ attachToTrainingRequest: Attached }>(ATTACH_PUBLIC, vars);
      expect(res.data?.attachToTrainingRequest).toMatchObject({
        __typename: 'RequestAttachment',
        kind: 'berkas_pelengkap',
        mimeType: 'image/png',
        sha256: sha256(PNG),
        downloadUrl: expect.stringMatching(/^\/attachments\/[0-9a-f-]{36}$/),
      });
      expect(
        await api.db.prisma.requestAttachment.count({ where: { requestId: request?.id } }),
      ).toBe(1);
      const again = await api.gql<{ attachToTrainingRequest: Attached }>(ATTACH_PUBLIC, vars);
      expect(again.data?.attachToTrainingRequest.code).toBe('ALREADY_EXISTS');
    });

    it('refuses a wrong token, staff-only kinds and unknown uploads', async () => {
      const { code, token } = await submitRequest();
      const file = await upload(api, PDF, 'surat.pdf');
      const base = { code, token, upload: file.body.uploadId, kind: 'proposal' };
      const wrongToken = await api.gql<{ attachToTrainingRequest: Attached }>(ATTACH_PUBLIC, {
        ...base,
        token: 'AAAA-BBBB-CCCC-DDDD',
      });
      expect(wrongToken.data?.attachToTrainingRequest.code).toBe('NOT_FOUND');
      const notAToken = await api.gql<{ attachToTrainingRequest: Attached }>(ATTACH_PUBLIC, {
        ...base,
        token: 'not-the-right-token-at-all',
      });
      expect(notAToken.data?.attachToTrainingRequest.issues).toEqual([
        { path: 'accessToken', code: 'tracking.token_invalid' },
      ]);
      const staffKind = await api.gql<{ attachToTrainingRequest: Attached }>(ATTACH_PUBLIC, {
        ...base,
        kind: 'surat_tugas',
      });
      expect(staffKind.data?.attachToTrainingRequest.issues).toEqual([
        { path: 'kind', code: 'upload.kind_not_allowed' },
      ]);
      const unknown = await api.gql<{ attachToTrainingRequest: Attached }>(ATTACH_PUBLIC, {
        ...base,
        upload: 'f'.repeat(8),
      });
      expect(unknown.data?.attachToTrainingRequest.issues).toEqual([
        { path: 'uploadId', code: 'upload.not_found' },
      ]);
      const badCode = await api.gql<{ attachToTrainingRequest: Attached }>(ATTACH_PUBLIC, {
        ...base,
        code: 'nope',
      });
      expect(badCode.data?.attachToTrainingRequest.__typename).toBe('ValidationError');
    });

    it('never locks the requester out because strangers guessed wrong (proof checked as tracking does)', async () => {
      const { code, token } = await submitRequest();
      const file = await upload(api, PDF, 'surat bertanda tangan.pdf');
      const base = { code, upload: file.body.uploadId, kind: 'surat_permohonan' };
      // More wrong guesses at this code than the per-code limit, from as many addresses.
      for (let guess = 0; guess <= RATE_LIMITS.lookupPerCode.limit; guess++) {
        const wrong = await api.gql<{ attachToTrainingRequest: Attached }>(
          ATTACH_PUBLIC,
          { ...base, token: 'AAAA-BBBB-CCCC-DDDD' },
          { headers: { 'x-forwarded-for': `198.51.100.${guess + 1}` } },
        );
        expect(['NOT_FOUND', 'RATE_LIMITED']).toContain(wrong.data?.attachToTrainingRequest.code);
      }
      const owner = await api.gql<{ attachToTrainingRequest: Attached }>(ATTACH_PUBLIC, {
        ...base,
        token,
      });
      expect(owner.data?.attachToTrainingRequest.__typename).toBe('RequestAttachment');
    });

    it('refuses an upload older than 24 hours', async () => {
      const { code, token } = await submitRequest();
      const old = await stageUpload(
        storage,
        { bytes: PDF, fileName: 'lama.pdf', type: detectFileType(PDF) ?? never() },
        new Date(Date.now() - STAGED_UPLOAD_TTL_MS - 1000),
      );
      const res = await api.gql<{ attachToTrainingRequest: Attached }>(ATTACH_PUBLIC, {
        code,
        token,
        upload: old.uploadId,
        kind: 'proposal',
      });
      expect(res.data?.attachToTrainingRequest.issues?.[0]?.code).toBe('upload.not_found');
    });

    it('lets the step’s role attach its kinds; refuses the public and unknown requests', async () => {
      const { request } = await submitRequest();
      const file = await upload(api, PDF, 'surat.pdf');
      const vars = { request: request?.id, upload: file.body.uploadId, kind: 'surat_permohonan' };
      const anonymous = await api.gql<{ attachFileToRequest: Attached }>(ATTACH_STAFF, vars);
      expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
      // A new request is at verification: the kasi's step has not come yet.
      const kasi = await api.login('kasi@blk.example');
      const early = await api.gql<{ attachFileToRequest: Attached }>(ATTACH_STAFF, vars, {
        cookie: kasi,
      });
      expect(early.data?.attachFileToRequest.code).toBe('FORBIDDEN');
      const cookie = await api.login('petugas@blk.example');
      const unknown = await api.gql<{ attachFileToRequest: Attached }>(
        ATTACH_STAFF,
        { ...vars, request: '0192f6a8-0000-7000-8000-000000000000' },
        { cookie },
      );
      expect(unknown.data?.attachFileToRequest.code).toBe('NOT_FOUND');
      const ok = await api.gql<{ attachFileToRequest: Attached }>(ATTACH_STAFF, vars, { cookie });
      expect(ok.data?.attachFileToRequest).toMatchObject({ kind: 'surat_permohonan' });
      const row = await api.db.prisma.requestAttachment.findUniqueOrThrow({
        where: { id: ok.data?.attachFileToRequest.id ?? '' },
        include: { uploadedBy: true },
      });
      expect(row.uploadedBy?.email).toBe('petugas@blk.example');
      const other = await upload(api, PDF, 'laporan.pdf');
      const wrongKind = await api.gql<{ attachFileToRequest: Attached }>(
        ATTACH_STAFF,
        { ...vars, upload: other.body.uploadId, kind: 'laporan_asesmen' },
        { cookie },
      );
      expect(wrongKind.data?.attachFileToRequest).toMatchObject({
        __typename: 'ValidationError',
        issues: [{ path: 'kind', code: 'upload.kind_not_allowed' }],
      });
    });
  });

  describe('downloading', () => {
    let attachment: { id: string; token: string };
    beforeAll(async () => {
      const letter = await upload(api, PNG, 'surat-ä.png');
      const { request, token } = await submitRequest(letter.body.uploadId);
      attachment = { id: request?.attachments[0]?.id ?? '', token: token ?? '' };
    });
    const download = (query = '', headers: Record<string, string> = {}) =>
      fetch(`${api.url}/attachments/${attachment.id}${query}`, { headers });

    it('serves staff with a session, as a download that is never sniffed', async () => {
      const cookie = await api.login('petugas@blk.example');
      const res = await download('', { cookie });
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toBe('image/png');
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
      expect(res.headers.get('content-disposition')).toBe(
        `attachment; filename="surat-_.png"; filename*=UTF-8''surat-%C3%A4.png`,
      );
      expect(Buffer.from(await res.arrayBuffer())).toEqual(PNG);
    });

    it('serves the requester holding the access token', async () => {
      const res = await download(`?token=${encodeURIComponent(attachment.token)}`);
      expect(res.status).toBe(200);
      expect(Buffer.from(await res.arrayBuffer())).toEqual(PNG);
    });

    it('answers 404 to everyone else, as for an attachment that does not exist', async () => {
      const anonymous = await download();
      const wrongToken = await download('?token=aaaaaaaaaaaaaaaaaaaaaaaa');
      const otherRequestsToken = await download('?token=DEM0-2026-BABE-7K2M');
      const missing = await fetch(`${api.url}/attachments/0192f6a8-0000-7000-8000-000000000000`);
      const notUuid = await fetch(`${api.url}/attachments/..%2F..%2Fetc%2Fpasswd`);
      for (const res of [anonymous, wrongToken, otherRequestsToken, missing, notUuid]) {
        expect(res.status).toBe(404);
        expect(((await res.json()) as UploadBody).error?.code).toBe('NOT_FOUND');
      }
    });

    it('refuses to serve bytes that no longer match their checksum', async () => {
      const row = await api.db.prisma.requestAttachment.findUniqueOrThrow({
        where: { id: attachment.id },
      });
      await storage.put(row.storageKey, Buffer.concat([PNG, Buffer.from('tampered')]));
      const res = await download(`?token=${encodeURIComponent(attachment.token)}`);
      expect(res.status).toBe(500);
      expect(((await res.json()) as UploadBody).error?.code).toBe('INTERNAL');
      // Same size, other bytes: a small file is one piece, held back until it is checked.
      await storage.put(row.storageKey, flip(PNG, PNG.length - 1));
      const flipped = await download(`?token=${encodeURIComponent(attachment.token)}`);
      expect(flipped.status).toBe(500);
      expect(((await flipped.json()) as UploadBody).error?.code).toBe('INTERNAL');
      await storage.put(row.storageKey, PNG);
      expect((await download(`?token=${encodeURIComponent(attachment.token)}`)).status).toBe(200);
    });

    it('streams a file of many pieces whole, and cuts short one whose bytes were altered', async () => {
      // 600 KB: several reads from a folder, three chunks in the database store.
      const big = Buffer.concat([PDF, Buffer.alloc(600 * 1024, 0x20)]);
      const letter = await upload(api, big, 'besar.pdf');
      const { request, token } = await submitRequest(letter.body.uploadId);
      const row = request?.attachments[0] ?? never();
      const url = `${api.url}/attachments/${row.id}?token=${encodeURIComponent(token ?? '')}`;
      const whole = await fetch(url);
      expect(whole.status).toBe(200);
      expect(whole.headers.get('content-length')).toBe(String(big.length));
      // Compared by checksum: vitest's toEqual walks a 600 KB buffer byte by byte for seconds.
      expect(sha256(Buffer.from(await whole.arrayBuffer()))).toBe(sha256(big));
      // The headers are out before the checksum is known: the response stops short of its
      // Content-Length, so no client takes it for the file.
      await storage.put(row.storageKey, flip(big, 1000));
      const cut = await fetch(url);
      expect(cut.status).toBe(200);
      await expect(cut.arrayBuffer()).rejects.toThrow();
    });
  });

  it('cleans up uploads not attached within 24 hours, keeping attached ones', async () => {
    const type = detectFileType(PDF) ?? never();
    const now = new Date();
    const twoDaysAgo = new Date(now.getTime() - 2 * STAGED_UPLOAD_TTL_MS);
    const orphan = await stageUpload(storage, { bytes: PDF, fileName: 'a.pdf', type }, twoDaysAgo);
    const fresh = await stageUpload(storage, { bytes: PDF, fileName: 'b.pdf', type }, now);
    const attached = await stageUpload(storage, { bytes: PDF, fileName: 'c.pdf', type }, now);
    const { request } = await submitRequest(attached.uploadId);
    expect(request?.attachments).toHaveLength(1);
    // Age the attached upload's sidecar as if two days had passed.
    await storage.put(
      `staged/${attached.uploadId}.json`,
      Buffer.from(JSON.stringify({ ...attached, createdAt: twoDaysAgo.toISOString() })),
    );
    await cleanUpStagedUploads(api.db.prisma, storage, now);
    expect(await storage.get(fileKey(orphan.uploadId))).toBeNull();
    expect(await storage.get(`staged/${orphan.uploadId}.json`)).toBeNull();
    expect(await storage.get(fileKey(fresh.uploadId))).not.toBeNull();
    expect(await storage.get(`staged/${fresh.uploadId}.json`)).not.toBeNull();
    expect(await storage.get(fileKey(attached.uploadId))).not.toBeNull();
    expect(await storage.get(`staged/${attached.uploadId}.json`)).toBeNull();
  });
});

describe('local folder storage', () => {
  it('never maps a key outside its folder', async () => {
    const folder = new LocalFolderStorage(attachmentsDir);
    for (const key of ['../x', 'files/../../x', '/etc/passwd', 'files/a/../../b', 'FILES/x'])
      await expect(folder.get(key)).rejects.toThrow(/invalid storage key/);
  });
});

/** A copy of `bytes` with the byte at `at` inverted. */
function flip(bytes: Buffer, at: number): Buffer {
  const copy = Buffer.from(bytes);
  copy.writeUInt8(copy.readUInt8(at) ^ 0xff, at);
  return copy;
}

function never(): never {
  throw new Error('unreachable');
}
