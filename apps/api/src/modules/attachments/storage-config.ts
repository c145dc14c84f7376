import type { Database } from '@blk/db';
import type { Env } from '../../env';
import { DatabaseStorage } from './database-storage';
import {
  type AttachmentStorage,
  type AttachmentStoreKind,
  DEFAULT_ATTACHMENTS_DIR,
  LocalFolderStorage,
} from './storage';

type StorageSettings = Pick<
  Env,
  | 'BLK_ATTACHMENT_STORE'
  | 'BLK_ATTACHMENTS_DIR'
  | 'BLK_UPLOAD_MAX_BYTES'
  | 'BLK_S3_BUCKET'
  | 'BLK_S3_REGION'
  | 'BLK_S3_ENDPOINT'
  | 'BLK_S3_ACCESS_KEY_ID'
  | 'BLK_S3_SECRET_ACCESS_KEY'
  | 'BLK_S3_FORCE_PATH_STYLE'
  | 'BLK_S3_PREFIX'
>;

/** The store the settings name; unset: the database on PostgreSQL, the local folder on PGlite. */
export function attachmentStoreKind(
  env: Pick<Env, 'BLK_ATTACHMENT_STORE'>,
  databaseKind: Database['kind'],
): AttachmentStoreKind {
  return env.BLK_ATTACHMENT_STORE ?? (databaseKind === 'postgres' ? 'database' : 'local');
}

/** The local folder of attachments the settings name (the migration command's source). */
export function localAttachmentsDir(env: Pick<Env, 'BLK_ATTACHMENTS_DIR'>): string {
  return env.BLK_ATTACHMENTS_DIR ?? DEFAULT_ATTACHMENTS_DIR;
}

/**
 * Builds the attachment store the settings name, for the database `db`. Objects are allowed up
 * to the upload limit (a sidecar is far smaller). Rejects with a readable error on missing
 * settings.
 */
export async function createAttachmentStorage(
  db: Database,
  env: StorageSettings,
): Promise<AttachmentStorage> {
  const maxBytes = env.BLK_UPLOAD_MAX_BYTES;
  const kind = attachmentStoreKind(env, db.kind);
  if (kind === 'database') return new DatabaseStorage(db.prisma, { maxBytes });
  if (kind === 'local') return new LocalFolderStorage(localAttachmentsDir(env), { maxBytes });
  if (!env.BLK_S3_BUCKET)
    throw new Error(
      'BLK_S3_BUCKET: required with BLK_ATTACHMENT_STORE=s3 (the bucket that holds the attachments)',
    );
  if (Boolean(env.BLK_S3_ACCESS_KEY_ID) !== Boolean(env.BLK_S3_SECRET_ACCESS_KEY))
    throw new Error('BLK_S3_ACCESS_KEY_ID and BLK_S3_SECRET_ACCESS_KEY: give both, or neither');
  // The AWS SDK is loaded only by the offices that use it (it adds a second to every start).
  const { S3Storage } = await import('./s3-storage');
  return new S3Storage({
    bucket: env.BLK_S3_BUCKET,
    region: env.BLK_S3_REGION,
    endpoint: env.BLK_S3_ENDPOINT,
    accessKeyId: env.BLK_S3_ACCESS_KEY_ID,
    secretAccessKey: env.BLK_S3_SECRET_ACCESS_KEY,
    forcePathStyle: env.BLK_S3_FORCE_PATH_STYLE ?? Boolean(env.BLK_S3_ENDPOINT),
    keyPrefix: env.BLK_S3_PREFIX,
    maxBytes,
  });
}
