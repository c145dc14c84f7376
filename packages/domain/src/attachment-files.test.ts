import { describe, expect, it } from 'vitest';
import { ATTACHMENT_ACCEPT, ATTACHMENT_MAX_BYTES, isAttachmentFile } from './attachment-files';

describe('attachment files', () => {
  it('takes PDF, JPEG and PNG by declared type, or by name when none is declared', () => {
    expect(
      [
        { type: 'application/pdf', name: 'surat' },
        { type: 'image/jpeg', name: 'foto.bin' },
        { type: 'image/png', name: 'x' },
        { type: '', name: 'SURAT.PDF' },
        { type: '', name: 'foto.jpeg' },
        { type: '', name: 'foto.jpg' },
      ].map(isAttachmentFile),
    ).toEqual([true, true, true, true, true, true]);
  });

  it('refuses anything else, whatever its name says when a type is declared', () => {
    expect(
      [
        { type: 'application/x-msdownload', name: 'surat.pdf' },
        { type: 'image/gif', name: 'a.gif' },
        { type: '', name: 'surat.docx' },
        { type: '', name: 'tanpa-ekstensi' },
      ].map(isAttachmentFile),
    ).toEqual([false, false, false, false]);
  });

  it('names every extension and type for a file input, and 5 MB by default', () => {
    expect(ATTACHMENT_ACCEPT).toBe('.pdf,.jpg,.jpeg,.png,application/pdf,image/jpeg,image/png');
    expect(ATTACHMENT_MAX_BYTES).toBe(5_242_880);
  });
});
