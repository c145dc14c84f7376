import {
  IKM_WEIGHT_FRACTIONS,
  type IkmResult,
  ikmMethod,
  RESPONDENT_DIMENSION_LABELS,
  SKM_ELEMENTS,
} from '@blk/domain';
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

const days = (value: number | null) => (value === null ? null : Math.round(value * 100) / 100);

/** Element means to 6 decimals: enough for an auditor to redo the IKM to its 2 decimals. */
const NRR_DECIMALS = 1_000_000;
const nrr = (value: number | null) =>
  value === null ? null : Math.round(value * NRR_DECIMALS) / NRR_DECIMALS;

const IKM_HEADERS = [
  'Responden',
  'IKM',
  'Mutu',
  ...SKM_ELEMENTS.map((e) => `NRR ${e.key.toUpperCase()} ${e.name.id}`),
];
const ikmCells = (ikm: IkmResult) => [
  ikm.respondents,
  ikm.ikm,
  ikm.grade,
  ...ikm.elements.map((e) => nrr(e.nrr)),
];

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
        ['Standar sampai jadwal ditetapkan (hari kerja)', report.standardWorkingDaysToSchedule],
        [
          'Median waktu kantor sampai jadwal (hari kerja, jam berhenti saat menunggu pemohon)',
          days(report.timeToSchedule.medianOfficeWorkingDays),
        ],
        [
          'Median waktu menunggu pemohon sampai jadwal (hari kerja)',
          days(report.timeToSchedule.medianRequesterWorkingDays),
        ],
        [
          'Median waktu kantor sampai selesai (hari kerja)',
          days(report.timeToCompletion.medianOfficeWorkingDays),
        ],
        [
          'Median waktu menunggu pemohon sampai selesai (hari kerja)',
          days(report.timeToCompletion.medianRequesterWorkingDays),
        ],
        ['Langkah diukur', report.overall.total],
        ['Langkah tepat waktu', report.overall.onTime],
        ['Langkah terlambat', report.overall.late],
        ['Kepatuhan SLA (%)', percent(report.overall)],
        ['Responden SKM', report.satisfaction.respondents],
        ['IKM', report.satisfaction.ikm],
        ['Mutu pelayanan', report.satisfaction.grade],
        ['Bobot unsur IKM', IKM_WEIGHT_FRACTIONS[report.ikmWeight].text],
        ['Cara menghitung IKM', ikmMethod(report.ikmWeight).id],
      ],
    },
    slaTable('SLA per Langkah', report.byStep),
    slaTable('SLA per Jabatan', report.byRole),
    slaTable('SLA per Pegawai', report.byStaff),
    slaTable('SLA per Periode', report.byPeriod),
    {
      name: 'IKM per Periode',
      headers: ['Periode', ...IKM_HEADERS],
      rows: [
        ...report.satisfactionByPeriod.map(({ period, ikm }) => [period, ...ikmCells(ikm)]),
        ['Seluruh periode', ...ikmCells(report.satisfaction)],
      ],
    },
    {
      name: 'IKM per Profil Responden',
      headers: ['Profil', 'Kode', 'Uraian', ...IKM_HEADERS],
      rows: report.satisfactionByProfile.map((r) => [
        RESPONDENT_DIMENSION_LABELS[r.dimension].id,
        r.value,
        r.label.id,
        ...ikmCells(r.ikm),
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
