import type { SopDocument } from '@blk/sop';
import { startPdf } from './pdf';

/** Columns of the activity table (PermenPAN-RB 35/2012): uraian, pelaksana, then mutu baku. */
const COLUMNS = [
  { title: 'No', width: 26 },
  { title: 'Uraian Kegiatan', width: 200 },
  { title: 'Pelaksana', width: 88 },
  { title: 'Mutu Baku: Kelengkapan', width: 170 },
  { title: 'Mutu Baku: Waktu', width: 70 },
  { title: 'Mutu Baku: Output', width: 100 },
  { title: 'Keterangan', width: 120 },
] as const;
const PAD = 3;
const FONT_SIZE = 7.5;

/**
 * The SOP as a printable A4 landscape PDF: the identity block, then the activity table with its
 * mutu baku columns and the notes on actions that apply to several steps. Pass the document
 * rendered in Bahasa Indonesia: the signed SOP is an Indonesian government document, whatever
 * language the reader's browser asks for.
 */
export function renderSopPdf(document: SopDocument, meta: { versionNo: number; status: string }) {
  const { doc, done } = startPdf({
    size: 'A4',
    layout: 'landscape',
    margin: 28,
    title: `${document.number} ${document.name}`,
  });
  const left = doc.page.margins.left;
  const width = doc.page.width - left - doc.page.margins.right;
  const bottom = () => doc.page.height - doc.page.margins.bottom;

  doc.font('Helvetica-Bold').fontSize(13).text('STANDAR OPERASIONAL PROSEDUR', { align: 'center' });
  doc.fontSize(11).text(document.name, { align: 'center' });
  doc
    .font('Helvetica')
    .fontSize(8)
    .text(`Versi ${meta.versionNo} (${meta.status})`, { align: 'center' })
    .moveDown(0.8);

  // Identity block: label | value, one row each.
  const labelWidth = 170;
  for (const row of document.identity) {
    const value = Array.isArray(row.value)
      ? row.value.map((v, i) => `${i + 1}. ${v}`).join('\n')
      : String(row.value);
    doc.fontSize(FONT_SIZE);
    const height =
      Math.max(
        doc.heightOfString(row.label.id, { width: labelWidth - 2 * PAD }),
        doc.heightOfString(value, { width: width - labelWidth - 2 * PAD }),
      ) +
      2 * PAD;
    if (doc.y + height > bottom()) doc.addPage();
    const y = doc.y;
    doc
      .rect(left, y, labelWidth, height)
      .rect(left + labelWidth, y, width - labelWidth, height)
      .stroke();
    doc
      .font('Helvetica-Bold')
      .text(row.label.id, left + PAD, y + PAD, { width: labelWidth - 2 * PAD });
    doc.font('Helvetica').text(value, left + labelWidth + PAD, y + PAD, {
      width: width - labelWidth - 2 * PAD,
    });
    doc.x = left;
    doc.y = y + height;
  }

  doc.addPage();
  const scale = width / COLUMNS.reduce((sum, c) => sum + c.width, 0);
  const widths = COLUMNS.map((c) => c.width * scale);
  const row = (cells: readonly string[], bold: boolean) => {
    doc.font(bold ? 'Helvetica-Bold' : 'Helvetica').fontSize(FONT_SIZE);
    const height =
      Math.max(
        ...cells.map((text, i) => doc.heightOfString(text, { width: (widths[i] ?? 0) - 2 * PAD })),
      ) +
      2 * PAD;
    if (doc.y + height > bottom()) {
      doc.addPage();
      if (!bold)
        row(
          COLUMNS.map((c) => c.title),
          true,
        );
      doc.font('Helvetica').fontSize(FONT_SIZE);
    }
    const y = doc.y;
    let x = left;
    cells.forEach((text, i) => {
      const w = widths[i] ?? 0;
      doc.rect(x, y, w, height).stroke();
      doc.text(text, x + PAD, y + PAD, { width: w - 2 * PAD });
      x += w;
    });
    doc.x = left;
    doc.y = y + height;
  };
  row(
    COLUMNS.map((c) => c.title),
    true,
  );
  for (const a of document.activities) {
    row(
      [
        String(a.no),
        a.description,
        a.roleLabel,
        a.kelengkapan.map((k) => `- ${k}`).join('\n') || '-',
        a.waktu,
        a.output,
        a.next
          .map((n) => {
            const branch = n.branch ? `${n.branch === 'yes' ? 'Ya' : 'Tidak'}: ` : '';
            return `${branch}${n.label} (ke no. ${n.toNo})`;
          })
          .join('\n') || '-',
      ],
      false,
    );
  }
  if (document.notes.length) {
    doc.moveDown(0.5).font('Helvetica-Bold').fontSize(FONT_SIZE).text('Catatan', left);
    doc.font('Helvetica');
    for (const note of document.notes) doc.text(`- ${note}`, left, undefined, { width });
  }
  return done();
}
