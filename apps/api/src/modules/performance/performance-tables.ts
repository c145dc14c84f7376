import { SKM_ELEMENTS } from '@blk/domain';
import type { ComplianceRate } from '@blk/sop';
import type { PerformanceReport, SlaRow } from './compute-performance';
import type { Table } from './tables';

const SLA_HEADERS = [
  'Kode',
  'Uraian',
  'Jumlah Diukur',
  'Tepat Waktu',
  'Terlambat',
  'Kepatuhan (%)',
];

const percent = (rate: ComplianceRate) =>
  rate.share === null ? null : Math.round(rate.share * 10_000) / 100;

const slaTable = (name: string, rows: readonly SlaRow[]): Table => ({
  name,
  headers: SLA_HEADERS,
  rows: rows.map((r) => [
    r.key,
    r.label,
    r.rate.total,
    r.rate.onTime,
    r.rate.late,
    percent(r.rate),
  ]),
});

/** The performance report as downloadable tables, headed in Bahasa Indonesia. */
export function performanceTables(report: PerformanceReport): Table[] {
  const { query } = report;
  return [
    {
      name: 'Ringkasan',
      headers: ['Uraian', 'Nilai'],
      rows: [
        ['Periode laporan', `${query.from} s.d. ${query.to}`],
        ['Permohonan diterima', report.requests],
        ['Permohonan selesai', report.completedRequests],
        ['Median waktu penyelesaian (hari kerja)', report.medianCompletionWorkingDays],
        ['Langkah diukur', report.overall.total],
        ['Langkah tepat waktu', report.overall.onTime],
        ['Langkah terlambat', report.overall.late],
        ['Kepatuhan SLA (%)', percent(report.overall)],
        ['Responden SKM', report.satisfaction.respondents],
        ['IKM', report.satisfaction.ikm],
        ['Mutu pelayanan', report.satisfaction.grade],
      ],
    },
    slaTable('SLA per Langkah', report.byStep),
    slaTable('SLA per Jabatan', report.byRole),
    slaTable('SLA per Pegawai', report.byStaff),
    slaTable('SLA per Periode', report.byPeriod),
    {
      name: 'IKM per Periode',
      headers: [
        'Periode',
        'Responden',
        'IKM',
        'Mutu',
        ...SKM_ELEMENTS.map((e) => `NRR ${e.key.toUpperCase()} ${e.name.id}`),
      ],
      rows: report.satisfactionByPeriod.map(({ period, ikm }) => [
        period,
        ikm.respondents,
        ikm.ikm,
        ikm.grade,
        ...ikm.elements.map((e) => (e.nrr === null ? null : Math.round(e.nrr * 1000) / 1000)),
      ]),
    },
    {
      name: 'Permohonan per Wilayah',
      headers: ['Kode Wilayah', 'Kabupaten/Kota', 'Jumlah Permohonan'],
      rows: report.byKabupaten.map((r) => [r.key, r.label, r.count]),
    },
    {
      name: 'Permohonan per Jenis Pemohon',
      headers: ['Jenis Pemohon', 'Uraian', 'Jumlah Permohonan'],
      rows: report.byRequesterType.map((r) => [r.key, r.label, r.count]),
    },
    {
      name: 'Permohonan per Program',
      headers: ['ID Program', 'Program', 'Jumlah Permohonan'],
      rows: report.byProgram.map((r) => [r.key, r.label, r.count]),
    },
  ];
}
