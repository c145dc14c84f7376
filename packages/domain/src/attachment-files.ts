/**
 * The upload policy's file half, one definition for both apps and the API (issue 12 §2): which
 * files an attachment may be (a scanned letter or proposal, a photo) and how large. Which kinds
 * of document each SOP step takes is the SOP's part (packages/sop attachment-policy.ts).
 * The apps check a chosen file before sending it over a weak link; the API checks the bytes
 * again (apps/api detect-file-type.ts, by magic number) and never trusts a name or a header.
 */
export const ATTACHMENT_FILE_TYPES = [
  { mimeType: 'application/pdf', extensions: ['pdf'] },
  { mimeType: 'image/jpeg', extensions: ['jpg', 'jpeg'] },
  { mimeType: 'image/png', extensions: ['png'] },
] as const;

export type AttachmentMimeType = (typeof ATTACHMENT_FILE_TYPES)[number]['mimeType'];

/** Largest attachment by default, in bytes (5 MB); an office may set another on the API. */
export const ATTACHMENT_MAX_BYTES = 5 * 1024 * 1024;

/** The `accept` attribute of a file input for attachments: extensions and types. */
export const ATTACHMENT_ACCEPT = [
  ...ATTACHMENT_FILE_TYPES.flatMap((t) => t.extensions.map((e) => `.${e}`)),
  ...ATTACHMENT_FILE_TYPES.map((t) => t.mimeType),
].join(',');

/**
 * Whether a chosen file is of an accepted type: by its declared type, or by its name where the
 * device declares none (some Android file pickers).
 */
export function isAttachmentFile(file: { type: string; name: string }): boolean {
  if (file.type !== '') return ATTACHMENT_FILE_TYPES.some((t) => t.mimeType === file.type);
  const extension = file.name.split('.').pop()?.toLowerCase() ?? '';
  return ATTACHMENT_FILE_TYPES.some((t) => (t.extensions as readonly string[]).includes(extension));
}
