import { formatIsoDate } from '@blk/sop';
import { startPdf } from './pdf';

/** What a participant's certificate states. */
export interface CertificateData {
  certificateNo: string;
  name: string;
  /** Null once the participant's data is anonymised (retention); the line is then left out. */
  nik: string | null;
  programName: string;
  kejuruanName: string;
  startDate: string;
  endDate: string;
  venue: string;
  jp: number;
}

/** The NIK with all but its last 4 digits hidden: enough to tell people apart, not to misuse. */
export function maskNik(nik: string): string {
  return `${'*'.repeat(Math.max(0, nik.length - 4))}${nik.slice(-4)}`;
}

/** A participant's training certificate as an A4 landscape PDF, in Bahasa Indonesia. */
export async function renderCertificatePdf(c: CertificateData) {
  const { doc, done } = await startPdf({
    size: 'A4',
    layout: 'landscape',
    margin: 56,
    title: `Sertifikat Pelatihan ${c.certificateNo}`,
  });
  const width = doc.page.width - 112;
  doc
    .lineWidth(3)
    .rect(28, 28, doc.page.width - 56, doc.page.height - 56)
    .stroke();
  doc.moveDown(1.5);
  doc.font('Helvetica').fontSize(12).text('DINAS TENAGA KERJA PROVINSI KEPULAUAN BANGKA BELITUNG', {
    align: 'center',
    width,
  });
  doc.text('BALAI LATIHAN KERJA - BLK on the Spot', { align: 'center', width }).moveDown(1.2);
  doc.font('Helvetica-Bold').fontSize(28).text('SERTIFIKAT PELATIHAN', { align: 'center', width });
  doc.font('Helvetica').fontSize(12).text(`Nomor: ${c.certificateNo}`, { align: 'center', width });
  doc.moveDown(1.2).text('Diberikan kepada', { align: 'center', width }).moveDown(0.4);
  doc.font('Helvetica-Bold').fontSize(22).text(c.name, { align: 'center', width });
  doc.font('Helvetica').fontSize(12);
  if (c.nik !== null) doc.text(`NIK: ${maskNik(c.nik)}`, { align: 'center', width });
  doc.moveDown(1);
  doc.text('yang telah mengikuti pelatihan berbasis kompetensi', { align: 'center', width });
  doc.font('Helvetica-Bold').fontSize(16).text(c.programName, { align: 'center', width });
  doc.font('Helvetica').fontSize(12).text(`Kejuruan ${c.kejuruanName}`, { align: 'center', width });
  doc.moveDown(0.6);
  doc.text(`pada ${formatIsoDate(c.startDate)} s.d. ${formatIsoDate(c.endDate)} di ${c.venue}`, {
    align: 'center',
    width,
  });
  doc.text(`selama ${c.jp} jam pelajaran (JP)`, { align: 'center', width });
  return done();
}
