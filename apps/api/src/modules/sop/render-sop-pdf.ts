import {
  A4_LANDSCAPE,
  type IdentityRow,
  identityPanels,
  type LaidText,
  layoutSopTable,
  type Point,
  type SopDocument,
} from '@blk/sop';
import { startPdf } from './pdf';

const PAD = 4;
const FONT_SIZE = 7.5;
/** Helvetica's ascender: pdfkit places text by the top of the line, the layout by its baseline. */
const ASCENDER = 0.718;

/** How the status of a version reads on the document (no English on a signed SOP). */
const STATUS_ID: Readonly<Record<string, string>> = {
  draft: 'draf',
  submitted: 'diajukan',
  approved: 'disahkan, belum berlaku',
  published: 'berlaku',
  superseded: 'tidak berlaku lagi',
};

/** Text of an identity value: one item per line, lists numbered. */
function valueText(row: IdentityRow): string {
  if (typeof row.value === 'string') return row.value;
  if (row.key === 'approvedBy') return row.value.join('\n');
  return row.value.map((v, i) => `${i + 1}. ${v}`).join('\n');
}

/**
 * The SOP as a printable A4 landscape PDF (PermenPAN-RB 35/2012): the identity block in two
 * panels, then the flow table with the flowchart drawn in its pelaksana columns, laid out by
 * `layoutSopTable` (the same layout the admin app shows). Pass the document rendered in Bahasa
 * Indonesia: the signed SOP is an Indonesian government document, whatever language the reader's
 * browser asks for.
 */
export async function renderSopPdf(
  document: SopDocument,
  meta: { versionNo: number; status: string },
) {
  const g = A4_LANDSCAPE;
  const { doc, done } = await startPdf({
    size: [g.width, g.height],
    margin: g.margin,
    title: `${document.number} ${document.name}`,
  });
  const left = g.margin;
  const width = g.width - 2 * g.margin;
  const bottom = g.height - g.margin;

  doc.font('Helvetica-Bold').fontSize(13).text('STANDAR OPERASIONAL PROSEDUR', { align: 'center' });
  doc.fontSize(11).text(document.name, { align: 'center' });
  doc
    .font('Helvetica')
    .fontSize(8)
    .text(`Versi ${meta.versionNo} (${STATUS_ID[meta.status] ?? meta.status})`, {
      align: 'center',
    })
    .moveDown(0.8);

  // Identity block: the organisation on the left, number/dates/approval on the right.
  const panels = identityPanels(document);
  const leftW = width * 0.42;
  const labelW = 110;
  const valueW = width - leftW - labelW;
  const top = doc.y;
  doc.fontSize(FONT_SIZE);
  let y = top;
  for (const row of panels.panel) {
    const value = valueText(row);
    const isSignature = row.key === 'approvedBy';
    const h =
      Math.max(
        doc.font('Helvetica-Bold').heightOfString(row.label.id, { width: labelW - 2 * PAD }),
        doc.font('Helvetica').heightOfString(value, { width: valueW - 2 * PAD }),
      ) +
      2 * PAD +
      (isSignature ? 18 : 0);
    doc
      .rect(left + leftW, y, labelW, h)
      .rect(left + leftW + labelW, y, valueW, h)
      .stroke();
    doc.font('Helvetica-Bold').text(row.label.id, left + leftW + PAD, y + PAD, {
      width: labelW - 2 * PAD,
    });
    doc.font('Helvetica').text(value, left + leftW + labelW + PAD, y + PAD, {
      width: valueW - 2 * PAD,
    });
    y += h;
  }
  doc.rect(left, top, leftW, y - top).stroke();
  const orgH = panels.organisation.length * 14;
  panels.organisation.forEach((line, i) => {
    doc
      .font('Helvetica-Bold')
      .fontSize(10)
      .text(line, left + PAD, top + (y - top - orgH) / 2 + i * 14, {
        width: leftW - 2 * PAD,
        align: 'center',
      });
  });

  // Below the panels: legal basis | qualifications, related SOPs | equipment, warnings | records.
  doc.fontSize(FONT_SIZE);
  const half = width / 2;
  for (const pair of panels.pairs) {
    const texts = pair.map((r) => valueText(r));
    const heights = pair.map(
      (r, i) =>
        doc.font('Helvetica-Bold').heightOfString(`${r.label.id}:`, { width: half - 2 * PAD }) +
        doc.font('Helvetica').heightOfString(texts[i] ?? '', { width: half - 2 * PAD }),
    );
    const h = Math.max(...heights) + 2 * PAD + 2;
    if (y + h > bottom) {
      doc.addPage();
      y = g.margin;
    }
    pair.forEach((r, i) => {
      const x = left + i * half;
      doc.rect(x, y, half, h).stroke();
      doc
        .font('Helvetica-Bold')
        .text(`${r.label.id}:`, x + PAD, y + PAD, { width: half - 2 * PAD });
      doc.font('Helvetica').text(texts[i] ?? '', x + PAD, doc.y + 2, { width: half - 2 * PAD });
    });
    y += h;
  }

  // The flow table, page by page, exactly as laid out.
  const layout = layoutSopTable(document, { geometry: g });
  const write = (t: LaidText) => {
    doc.font(t.weight === 'bold' ? 'Helvetica-Bold' : 'Helvetica').fontSize(t.size);
    const w = doc.widthOfString(t.text);
    const x = t.anchor === 'middle' ? t.x - w / 2 : t.anchor === 'end' ? t.x - w : t.x;
    doc.text(t.text, x, t.y - ASCENDER * t.size, { lineBreak: false });
  };
  const polygon = (points: readonly Point[]) => {
    const [first, ...rest] = points;
    if (!first) return;
    doc.moveTo(first[0], first[1]);
    for (const p of rest) doc.lineTo(p[0], p[1]);
    doc.closePath();
  };
  for (const page of layout.pages) {
    doc.addPage();
    doc.lineWidth(0.5).strokeColor('#000');
    for (const line of page.grid)
      doc
        .moveTo(...line.from)
        .lineTo(...line.to)
        .stroke();
    for (const t of page.heading) write(t);
    for (const cell of [...page.header, ...page.rows.flatMap((r) => r.cells)])
      for (const t of cell.lines) write(t);
    doc.lineWidth(0.8);
    for (const arrow of page.arrows) {
      const [first, ...rest] = arrow.points;
      if (!first) continue;
      if (arrow.dashed) doc.dash(2, { space: 1.5 });
      doc.moveTo(first[0], first[1]);
      for (const p of rest) doc.lineTo(p[0], p[1]);
      doc.stroke();
      doc.undash();
      polygon(arrow.head);
      doc.fill('#000');
      if (arrow.label) write(arrow.label);
    }
    for (const s of page.symbols) {
      if (s.kind === 'decision') polygon(s.points);
      else if (s.kind === 'process') doc.rect(s.x, s.y, s.w, s.h);
      else doc.roundedRect(s.x, s.y, s.w, s.h, s.radius);
      doc.fillAndStroke('#fff', '#000');
    }
    for (const c of page.connectors) {
      polygon(c.points);
      doc.fillAndStroke('#fff', '#000');
      doc.fillColor('#000');
      write(c.label);
    }
    doc.fillColor('#000');
  }

  if (document.notes.length) {
    const last = layout.pages[layout.pages.length - 1];
    const tableBottom = Math.max(
      ...(last?.grid.map((l) => Math.max(l.from[1], l.to[1])) ?? [g.margin]),
    );
    doc.font('Helvetica-Bold').fontSize(FONT_SIZE);
    const notesH =
      doc.heightOfString(document.notes.map((n) => `- ${n}`).join('\n'), { width }) + 20;
    if (tableBottom + 8 + notesH > bottom) doc.addPage();
    else doc.y = tableBottom + 8;
    doc.text('Catatan', left, doc.y);
    doc.font('Helvetica');
    for (const note of document.notes) doc.text(`- ${note}`, left, undefined, { width });
  }
  return done();
}
