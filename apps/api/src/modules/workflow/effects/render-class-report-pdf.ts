import { COMPLETION_MIN_ATTENDANCE_PERCENT, participantCompletion } from '@blk/domain';
import { formatIsoDate, type ReportFigures } from '@blk/sop';
import { startPdf } from '../../sop/pdf';
import type { StandingClass } from './class-records';

/** What the class report (laporan pelaksanaan pelatihan) states. */
export interface ClassReportData {
  trackingCode: string;
  organizationName: string;
  class: StandingClass;
  figures: ReportFigures;
  /** When the report was filed (WIB day). */
  filedOn: string;
}

const num = (v: number | string | null) =>
  v === null ? '—' : typeof v === 'number' ? String(v).replace('.', ',') : v;

/**
 * The class report as an A4 PDF in Bahasa Indonesia: the class, its figures (computed from the
 * class records, as the request's report step records them) and one row per participant.
 */
export async function renderClassReportPdf(r: ClassReportData) {
  const { doc, done } = await startPdf({
    size: 'A4',
    margin: 48,
    title: `Laporan Pelaksanaan Pelatihan ${r.trackingCode}`,
  });
  const width = doc.page.width - 96;
  doc.font('Helvetica').fontSize(10);
  doc.text('DINAS TENAGA KERJA PROVINSI KEPULAUAN BANGKA BELITUNG', { align: 'center', width });
  doc.text('BALAI LATIHAN KERJA - BLK on the Spot', { align: 'center', width }).moveDown(0.6);
  doc.font('Helvetica-Bold').fontSize(16).text('LAPORAN PELAKSANAAN PELATIHAN', {
    align: 'center',
    width,
  });
  doc.moveDown(0.8).font('Helvetica').fontSize(10);
  const c = r.class;
  const rows: [string, string][] = [
    ['Kode permohonan', r.trackingCode],
    ['Pemohon', r.organizationName],
    ['Program', `${c.programName} (${c.programCode})`],
    ['Tanggal', `${formatIsoDate(c.startDate)} s.d. ${formatIsoDate(c.endDate)}`],
    ['Tempat', c.venue],
    ['Instruktur', c.instructors.join(', ') || '—'],
    ['Hari pelatihan', String(c.records.days.length)],
    ['Peserta terdaftar', num(r.figures.participants)],
    ['Peserta menyelesaikan', num(r.figures.completed)],
    [
      'Rata-rata kehadiran',
      r.figures.attendancePercent === null ? '—' : `${num(r.figures.attendancePercent)}%`,
    ],
    ['Rata-rata pre-test', num(r.figures.preTestMean)],
    ['Rata-rata post-test', num(r.figures.postTestMean)],
    ['Tanggal laporan', formatIsoDate(r.filedOn)],
  ];
  for (const [label, value] of rows) {
    const y = doc.y;
    doc.font('Helvetica-Bold').text(label, 48, y, { width: 150 });
    doc.font('Helvetica').text(value, 200, y, { width: width - 152 });
    doc.moveDown(0.2);
  }
  doc.moveDown(0.8).font('Helvetica-Bold').fontSize(11).text('Rekap peserta', 48);
  doc
    .font('Helvetica')
    .fontSize(8)
    .text(
      `Selesai: hadir sedikitnya ${COMPLETION_MIN_ATTENDANCE_PERCENT}% hari pelatihan dan memiliki nilai post-test.`,
      { width },
    );
  doc.moveDown(0.4).fontSize(9);
  const cols = [48, 70, 260, 320, 370, 420, 470];
  const header = ['No', 'Nama', 'Hadir', '%', 'Pre', 'Post', 'Hasil'];
  const line = (cells: string[], bold = false) => {
    if (doc.y > doc.page.height - 72) doc.addPage();
    const y = doc.y;
    doc.font(bold ? 'Helvetica-Bold' : 'Helvetica');
    cells.forEach((cell, i) => {
      doc.text(cell, cols[i], y, { width: (cols[i + 1] ?? 48 + width) - (cols[i] ?? 0) - 4 });
    });
    doc.moveDown(0.3);
  };
  line(header, true);
  const days = c.records.days.length;
  c.records.participants.forEach((p, i) => {
    const o = participantCompletion(days, p);
    line([
      String(i + 1),
      c.participantNames[i] ?? '',
      `${o.present}/${days}`,
      o.attendancePercent === null ? '—' : num(Math.round(o.attendancePercent * 10) / 10),
      num(p.preTestScore),
      num(p.postTestScore),
      o.completed ? 'Selesai' : 'Belum selesai',
    ]);
  });
  if (c.records.participants.length === 0) line(['', 'Belum ada peserta terdaftar']);
  return done();
}
