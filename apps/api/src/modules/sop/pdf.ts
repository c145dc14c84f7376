/**
 * A PDF being written; `done()` ends it and resolves to its bytes. pdfkit (with its fonts, about
 * 25 MB of memory) loads with the first document, not when the server starts.
 */
export async function startPdf(options: PDFKit.PDFDocumentOptions & { title: string }) {
  const { default: PDFDocument } = await import('pdfkit');
  const { title, ...rest } = options;
  const doc = new PDFDocument({
    ...rest,
    info: {
      Title: title,
      Author: 'BLK on the Spot, Dinas Tenaga Kerja Provinsi Kepulauan Bangka Belitung',
    },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const finished = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  return {
    doc,
    done: () => {
      doc.end();
      return finished;
    },
  };
}
