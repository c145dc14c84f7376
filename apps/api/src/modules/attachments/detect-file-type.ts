import { ATTACHMENT_FILE_TYPES, type AttachmentMimeType } from '@blk/domain';

/** The first bytes of each accepted type (the types themselves: @blk/domain attachment-files). */
const MAGIC: Record<AttachmentMimeType, readonly number[]> = {
  'application/pdf': [0x25, 0x50, 0x44, 0x46, 0x2d], // %PDF-
  'image/jpeg': [0xff, 0xd8, 0xff],
  'image/png': [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a],
};

/** The file types accepted as attachments, with the extension a stored file gets. */
export const ACCEPTED_FILE_TYPES = ATTACHMENT_FILE_TYPES.map((t) => ({
  mimeType: t.mimeType,
  extension: t.extensions[0],
  magic: MAGIC[t.mimeType],
}));

export type AcceptedFileType = (typeof ACCEPTED_FILE_TYPES)[number];

/**
 * The type of a file from its first bytes (magic numbers), or null when it is none of the
 * accepted types. The name and the declared Content-Type are never trusted: renaming a program
 * to .pdf does not make it one.
 */
export function detectFileType(head: Uint8Array): AcceptedFileType | null {
  return (
    ACCEPTED_FILE_TYPES.find((type) => type.magic.every((byte, i) => head[i] === byte)) ?? null
  );
}

/** Longest magic number: how many leading bytes {@link detectFileType} needs. */
export const SNIFF_BYTES = Math.max(...ACCEPTED_FILE_TYPES.map((t) => t.magic.length));

/**
 * A display name for a stored file: the last path segment of what the client sent, without
 * control characters, shortened, with the extension of the type actually detected.
 */
export function safeFileName(sent: string | undefined, type: AcceptedFileType): string {
  const base = (sent ?? '').split(/[\\/]/).pop() ?? '';
  // biome-ignore lint/suspicious/noControlCharactersInRegex: stripping control characters is the point
  const clean = base.replace(/[\u0000-\u001f\u007f"]/g, '').trim();
  const stem =
    clean
      .replace(/\.[^.]*$/, '')
      .slice(0, 120)
      .trim() || 'berkas';
  return `${stem}.${type.extension}`;
}
