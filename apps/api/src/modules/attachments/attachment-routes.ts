import { createHash } from 'node:crypto';
import { type Readable, Transform } from 'node:stream';
import type { Database } from '@blk/db';
import busboy from 'busboy';
import express, { type Request, type Response } from 'express';
import { AppError } from '../../graphql/errors';
import { isUuid } from '../../graphql/validate';
import { restRoute } from '../../http/rest-errors';
import { roleCan } from '../auth/capabilities';
import { resolveViewer } from '../auth/sessions';
import { consume, type RateLimit } from '../rate-limit/rate-limit';
import { visibleRequests } from '../workflow/access';
import { tokenMatches } from './access-token';
import { detectFileType, SNIFF_BYTES, safeFileName } from './detect-file-type';
import { stageUpload } from './staged-uploads';
import type { AttachmentStorage } from './storage';

/** Uploads per client IP: a requester sends a few documents, an office a few dozen a day. */
const UPLOAD_RATE_LIMIT: RateLimit = { limit: 30, windowMs: 60 * 60 * 1000 };

/** Configuration of {@link attachmentRoutes}. */
export interface AttachmentRoutesOptions {
  storage: AttachmentStorage;
  maxUploadBytes: number;
}

/**
 * `POST /uploads` (public, rate-limited) stages one file; `GET /attachments/:id` serves an
 * attached file to staff or to the requester holding the access token. The GraphQL attach
 * mutations reach the same storage through their context (`ctx.attachments()`).
 */
export function attachmentRoutes(db: Database, options: AttachmentRoutesOptions) {
  const now = () => new Date();
  const router = express.Router();

  router.post(
    '/uploads',
    restRoute(async (req, res) => {
      await consume({ prisma: db.prisma, now }, `upload:ip:${req.ip}`, UPLOAD_RATE_LIMIT);
      const file = await readSingleFile(req, options.maxUploadBytes);
      const type = detectFileType(file.bytes.subarray(0, SNIFF_BYTES));
      if (!type) throw new AppError('UNSUPPORTED_FILE_TYPE', `refused upload "${file.name}"`);
      const upload = await stageUpload(
        options.storage,
        { bytes: file.bytes, fileName: safeFileName(file.name, type), type },
        now(),
      );
      res.status(201).json({
        uploadId: upload.uploadId,
        fileName: upload.fileName,
        mimeType: upload.mimeType,
        sizeBytes: upload.sizeBytes,
        sha256: upload.sha256,
      });
    }),
  );

  router.get(
    '/attachments/:id',
    restRoute(async (req, res) => {
      const id = String(req.params.id);
      const attachment = isUuid(id)
        ? await db.prisma.requestAttachment.findUnique({
            where: { id },
            include: { request: { select: { id: true, accessTokenHash: true } } },
          })
        : null;
      // Unknown, or known but not the caller's: the same 404, so existence is never revealed.
      if (!attachment || !(await mayDownload(req, db, attachment.request, now())))
        throw new AppError('NOT_FOUND', `attachment ${id} not found or not allowed`);
      await sendStoredFile(res, options.storage, attachment);
    }),
  );

  // A consultation's berita acara (issue 13): any staff member, as SOP and standard drafts are.
  router.get(
    '/attachments/berita-acara/:id',
    restRoute(async (req, res) => {
      const id = String(req.params.id);
      const file = isUuid(id)
        ? await db.prisma.beritaAcaraFile.findUnique({ where: { id } })
        : null;
      const viewer = file ? await resolveViewer(req, db, now()) : null;
      if (!file || viewer?.kind !== 'staff')
        throw new AppError('NOT_FOUND', `berita acara ${id} not found or not allowed`);
      await sendStoredFile(res, options.storage, file);
    }),
  );

  return router;
}

/** A stored file's row: where its bytes are and what they must be. */
interface StoredFileRow {
  id: string;
  storageKey: string;
  sizeBytes: number;
  mimeType: string;
  fileName: string;
  sha256: string;
}

/** Streams a stored file to the client as a download, checked against its size and SHA-256. */
async function sendStoredFile(
  res: Response,
  storage: AttachmentStorage,
  attachment: StoredFileRow,
) {
  const id = attachment.id;
  const object = await storage.open(attachment.storageKey);
  if (!object || object.sizeBytes !== attachment.sizeBytes) {
    object?.body.destroy();
    throw new Error(`attachment ${id}: stored bytes are missing or of the wrong size`);
  }
  const headers = {
    'Content-Type': attachment.mimeType,
    'Content-Length': String(object.sizeBytes),
    'Content-Disposition': contentDisposition(attachment.fileName),
    'X-Content-Type-Options': 'nosniff',
    'Cache-Control': 'private, no-store',
    'Content-Security-Policy': "default-src 'none'; sandbox",
    ETag: `"${attachment.sha256}"`,
  };
  res.set(headers);
  try {
    // Streamed from the store; the last piece is held back until the checksum matches, so a
    // client never receives a complete file whose bytes were altered in storage.
    await streamVerified(object.body, verifyingSha256(attachment.sha256, id), res);
  } catch (error) {
    // Nothing sent yet (a small file is one piece): answer the error as JSON instead.
    if (!res.headersSent) for (const name of Object.keys(headers)) res.removeHeader(name);
    throw error;
  }
}

/**
 * Anyone presenting the request's access token as `?token=`, or staff with a session who may see
 * the request (need-to-know: an instructor only the requests of their own classes).
 */
async function mayDownload(
  req: Request,
  db: Database,
  request: { id: string; accessTokenHash: string },
  now: Date,
): Promise<boolean> {
  const token = req.query.token;
  if (typeof token === 'string' && tokenMatches(token, request.accessTokenHash)) return true;
  const viewer = await resolveViewer(req, db, now);
  if (viewer.kind !== 'staff' || !roleCan(viewer.user.roleKey, 'viewRequests')) return false;
  const visible = await db.prisma.trainingRequest.count({
    where: { AND: [{ id: request.id }, visibleRequests({ viewer })] },
  });
  return visible > 0;
}

/** Reads the one file of a multipart body into memory, refusing anything over `maxBytes`. */
function readSingleFile(req: Request, maxBytes: number): Promise<{ name: string; bytes: Buffer }> {
  return new Promise((resolve, reject) => {
    if (!req.is('multipart/form-data')) {
      reject(new AppError('VALIDATION_FAILED', 'upload is not multipart/form-data'));
      return;
    }
    // A declared body far over the limit is refused before reading it (the slack covers the
    // multipart boundaries and headers).
    if (Number(req.headers['content-length'] ?? 0) > maxBytes + 64 * 1024) {
      reject(new AppError('PAYLOAD_TOO_LARGE', 'declared upload size over the limit'));
      req.resume();
      return;
    }
    let parser: busboy.Busboy;
    try {
      parser = busboy({
        headers: req.headers,
        // Browsers send file names as UTF-8; busboy's default would read them as Latin-1.
        defParamCharset: 'utf8',
        limits: { files: 1, fileSize: maxBytes, fields: 10, fieldSize: 1024, parts: 12 },
      });
    } catch {
      reject(new AppError('VALIDATION_FAILED', 'malformed multipart headers'));
      return;
    }
    let file: Promise<{ name: string; bytes: Buffer }> | undefined;
    parser.on('file', (_field, stream, info) => {
      file = new Promise((done, fail) => {
        const chunks: Buffer[] = [];
        stream.on('data', (chunk: Buffer) => chunks.push(chunk));
        stream.on('limit', () => fail(new AppError('PAYLOAD_TOO_LARGE', 'upload over the limit')));
        stream.on('error', fail);
        stream.on('close', () => done({ name: info.filename, bytes: Buffer.concat(chunks) }));
      });
      // Settled through `file`; this only keeps an early rejection from being unhandled.
      file.catch(() => {});
    });
    parser.on('error', () => reject(new AppError('VALIDATION_FAILED', 'malformed multipart body')));
    parser.on('close', () => {
      if (!file) reject(new AppError('VALIDATION_FAILED', 'no file in the upload'));
      else file.then(resolve, reject);
    });
    req.pipe(parser);
  });
}

/**
 * Pipes `body` through `verifier` into the response. Rejects when the store or the verifier
 * fails, leaving the response open for an error answer if no byte went out; resolves when the
 * response is finished or the client went away.
 */
function streamVerified(body: Readable, verifier: Transform, res: Response): Promise<void> {
  return new Promise((resolve, reject) => {
    body.on('error', (error) => verifier.destroy(error));
    verifier.on('error', (error) => {
      body.destroy();
      verifier.unpipe(res);
      reject(error);
    });
    res.on('finish', () => resolve());
    res.on('close', () => {
      body.destroy();
      resolve();
    });
    body.pipe(verifier).pipe(res);
  });
}

/**
 * Passes bytes through while hashing them, keeping the latest piece back; at the end it sends
 * that piece only if the SHA-256 of everything equals `expected`, and fails the stream otherwise
 * (the response is then cut short of its Content-Length, which clients treat as a failure).
 */
function verifyingSha256(expected: string, id: string): Transform {
  const hash = createHash('sha256');
  let held: Buffer | null = null;
  return new Transform({
    transform(chunk: Buffer, _encoding, done) {
      hash.update(chunk);
      const previous = held;
      held = chunk;
      done(null, previous ?? undefined);
    },
    flush(done) {
      if (hash.digest('hex') !== expected)
        done(new Error(`attachment ${id}: stored bytes fail the checksum`));
      else done(null, held ?? undefined);
    },
  });
}

/** `attachment` with an ASCII fallback name and the exact UTF-8 name (RFC 6266 / 5987). */
function contentDisposition(fileName: string): string {
  const ascii = fileName.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}
