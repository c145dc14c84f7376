import PDFDocument from 'pdfkit';

/** A PDF being written; `done()` ends it and resolves to its bytes. */
export function startPdf(options: PDFKit.PDFDocumentOptions & { title: string }) {
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
