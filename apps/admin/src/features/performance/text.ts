import type { Localized } from '@blk/domain';
import { textHook } from '../../lib/i18n';

/** Words of the performance screen, kept beside it (the shared dictionary holds the nav label). */
export const PERF_TEXT = {
  title: { id: 'Evaluasi kinerja', en: 'Performance evaluation' },
  intro: {
    id: 'Kepatuhan waktu layanan (SLA), indeks kepuasan masyarakat (IKM) dan sebaran permohonan.',
    en: 'Service-time (SLA) compliance, the satisfaction index (IKM) and where requests come from.',
  },
  period: { id: 'Pembagian periode', en: 'Split by' },
  month: { id: 'Bulan', en: 'Month' },
  quarter: { id: 'Triwulan', en: 'Quarter' },
  semester: { id: 'Semester', en: 'Semester' },
  from: { id: 'Dari tanggal', en: 'From' },
  to: { id: 'Sampai tanggal', en: 'To' },
  badRange: {
    id: 'Tanggal akhir harus sama dengan atau sesudah tanggal awal.',
    en: 'The end date must be on or after the start date.',
  },
  csv: { id: 'Unduh CSV', en: 'Download CSV' },
  xlsx: { id: 'Unduh Excel', en: 'Download Excel' },
  requests: { id: 'Permohonan diterima', en: 'Requests received' },
  completed: { id: 'Permohonan selesai', en: 'Requests completed' },
  median: { id: 'Median penyelesaian (hari kerja)', en: 'Median completion (working days)' },
  officeTime: {
    id: 'Waktu kantor sampai jadwal ditetapkan (median, hari kerja)',
    en: 'Office time to a fixed schedule (median, working days)',
  },
  officeTimeNote: {
    id: 'Standar: paling lama {n} hari kerja. Jam berhenti selama permohonan menunggu pemohon.',
    en: 'Standard: at most {n} working days. The clock stops while the request waits on the requester.',
  },
  requesterWait: {
    id: 'Waktu menunggu pemohon sampai jadwal (median, hari kerja)',
    en: 'Time waiting on the requester to a fixed schedule (median, working days)',
  },
  requesterWaitNote: {
    id: 'Tidak dihitung sebagai waktu kantor. Sejak permohonan diajukan: {total} hari kerja.',
    en: 'Not counted as office time. From submission: {total} working days.',
  },
  slaOverall: { id: 'Kepatuhan SLA', en: 'SLA compliance' },
  ikm: { id: 'IKM', en: 'IKM' },
  slaByStep: { id: 'Kepatuhan SLA per tahap', en: 'SLA compliance by step' },
  slaByRole: { id: 'Kepatuhan SLA per peran', en: 'SLA compliance by role' },
  slaByStaff: { id: 'Kepatuhan SLA per petugas', en: 'SLA compliance by staff member' },
  trend: {
    id: 'Tren per periode: kepatuhan SLA dan IKM',
    en: 'Trend by period: SLA compliance and IKM',
  },
  trendSla: { id: 'Kepatuhan SLA (%)', en: 'SLA compliance (%)' },
  trendIkm: { id: 'IKM (25–100)', en: 'IKM (25–100)' },
  colStep: { id: 'Tahap', en: 'Step' },
  colRole: { id: 'Peran', en: 'Role' },
  colStaff: { id: 'Petugas', en: 'Staff member' },
  colPeriod: { id: 'Periode', en: 'Period' },
  colMeasured: { id: 'Diukur', en: 'Measured' },
  colOnTime: { id: 'Tepat waktu', en: 'On time' },
  colLate: { id: 'Terlambat', en: 'Late' },
  colShare: { id: 'Kepatuhan', en: 'Compliance' },
  satisfaction: { id: 'Indeks kepuasan masyarakat (IKM)', en: 'Satisfaction index (IKM)' },
  elements: { id: 'Nilai rata-rata per unsur', en: 'Mean per element' },
  colElement: { id: 'Unsur', en: 'Element' },
  colMean: { id: 'Rata-rata (1–4)', en: 'Mean (1–4)' },
  colGrade: { id: 'Mutu', en: 'Grade' },
  colRespondents: { id: 'Responden', en: 'Respondents' },
  ikmSummary: {
    id: 'IKM {ikm} · mutu {grade} ({label}) · {n} responden',
    en: 'IKM {ikm} · grade {grade} ({label}) · {n} respondents',
  },
  byProfile: { id: 'IKM per profil responden', en: 'IKM by respondent profile' },
  colProfile: { id: 'Profil', en: 'Profile' },
  colValue: { id: 'Uraian', en: 'Value' },
  weight: { id: 'Bobot unsur IKM', en: 'IKM element weight' },
  weightOneNinth: { id: '1/9 (tepat)', en: '1/9 (exact)' },
  weightRounded: { id: '0,111 (1/9 dibulatkan)', en: '0.111 (1/9 rounded)' },
  weightHelp: {
    id: 'Hanya kepala dinas yang dapat mengubah; perubahan tercatat di log audit.',
    en: 'Only the head of office can change it; each change is recorded in the audit log.',
  },
  weightSaved: { id: 'Bobot IKM disimpan.', en: 'IKM weight saved.' },
  noSurvey: { id: 'Belum ada survei pada rentang ini.', en: 'No survey in this window.' },
  byKabupaten: { id: 'Permohonan per kabupaten/kota', en: 'Requests by regency/city' },
  byRequesterType: { id: 'Permohonan per jenis pemohon', en: 'Requests by requester type' },
  byProgram: { id: 'Permohonan per program', en: 'Requests by programme' },
  colRegion: { id: 'Kabupaten/kota', en: 'Regency/city' },
  colType: { id: 'Jenis pemohon', en: 'Requester type' },
  colProgram: { id: 'Program', en: 'Programme' },
  colCount: { id: 'Jumlah', en: 'Count' },
  mapLabel: {
    id: 'Peta permohonan per kabupaten/kota, makin gelap makin banyak',
    en: 'Map of requests by regency/city, darker means more',
  },
  regionCount: { id: '{name}: {count} permohonan', en: '{name}: {count} requests' },
  empty: { id: 'Tidak ada data pada rentang ini.', en: 'No data in this window.' },
} as const satisfies Record<string, Localized>;

export type PerfTextKey = keyof typeof PERF_TEXT;

/** `t` for the performance screen, in the app's current language. */
export const usePerfText = textHook(PERF_TEXT);
