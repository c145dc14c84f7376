import {
  SERVICE_STANDARD_COMPONENTS,
  type ServiceStandardComponentKey,
  type ServiceStandardInput,
} from '@blk/domain';
import { DEFAULT_SOP } from './default-sop';
import { type SopDefinition, scheduleSourceOf, type TimeStandard } from './definition';
import { formatTimeStandard, type Locale, stepTitleOf } from './format';
import { shortestPath, startStepKey } from './graph';
import { isReservedLane } from './roles';

/** Content of a service standard: the 14 components as text lists, plus the Maklumat Pelayanan. */
export type ServiceStandard = ServiceStandardInput;

/** A component as shown on the public page. */
export interface PublishedComponent {
  readonly key: ServiceStandardComponentKey;
  readonly no: number;
  readonly label: string;
  readonly items: readonly string[];
}

/** Working days to answer a complaint when nobody has set otherwise (as SP4N-LAPOR! does). */
export const DEFAULT_COMPLAINT_RESPONSE_DAYS = 5;

/** The complaints component's line on the answer time, from the setting that sets deadlines. */
export function complaintAnswerLine(days: number, locale: Locale = 'id'): string {
  return locale === 'id'
    ? `Setiap pengaduan dicatat, diberi nomor, dan ditanggapi paling lama ${days} hari kerja`
    : `Every complaint is recorded, numbered and answered within ${days} working day${days === 1 ? '' : 's'}`;
}

/**
 * The default service standard of BLK on the Spot. Its `jangka_waktu` is derived from the default
 * SOP; the published page always recomputes it from the SOP in force, so the promise and the rule
 * cannot drift apart.
 */
export const DEFAULT_SERVICE_STANDARD: ServiceStandard = {
  maklumat:
    'Dengan ini kami menyatakan sanggup menyelenggarakan pelayanan BLK on the Spot sesuai standar pelayanan yang telah ditetapkan, dan apabila tidak menepati janji ini kami siap menerima sanksi sesuai peraturan perundang-undangan yang berlaku.',
  components: {
    persyaratan: [
      'Surat permohonan pelatihan yang ditandatangani pimpinan instansi, lembaga atau kelompok pemohon (misalnya kepala desa, kepala lapas/bapas, kepala sekolah, ketua kelompok masyarakat, pimpinan perusahaan)',
      'Proposal singkat: kejuruan yang diminta, jumlah dan kriteria calon peserta (umumnya 16 orang per kelas), lokasi dan waktu yang diusulkan',
      'Daftar calon peserta dengan nama dan NIK sesuai KTP; untuk program reguler berusia 17-40 tahun (paling tinggi 35 tahun untuk kejuruan teknik), kecuali program bagi warga binaan pemasyarakatan',
      'Kesediaan pemohon menyediakan tempat pelatihan dan sarana pendukung (ruang praktik, listrik, air bersih)',
      'Nama dan nomor telepon penanggung jawab yang dapat dihubungi',
    ],
    sistem_mekanisme_prosedur: [
      'Pemohon mengajukan permohonan melalui aplikasi BLK on the Spot atau langsung di loket layanan Dinas Tenaga Kerja, lalu menerima kode pelacakan',
      'Petugas layanan memverifikasi kelengkapan berkas; berkas yang belum lengkap dikembalikan dan dapat dilengkapi paling lama 10 hari kerja',
      'Kepala seksi melakukan asesmen kebutuhan pelatihan dan survei lokasi',
      'Kepala bidang memutuskan persetujuan permohonan berdasarkan hasil asesmen',
      'Koordinator instruktur menetapkan jadwal pelatihan dan menugaskan instruktur',
      'Instruktur melaksanakan pelatihan di lokasi pemohon dan menyampaikan laporan pelaksanaan',
      'Pemohon mengisi survei kepuasan masyarakat, kemudian layanan dinyatakan selesai',
      'Status permohonan dapat dipantau setiap saat dengan kode pelacakan; permohonan dapat dibatalkan pemohon sebelum jadwal pelatihan ditetapkan',
    ],
    jangka_waktu: [...serviceJangkaWaktu(DEFAULT_SOP).lines],
    biaya_tarif: [
      'Tidak dipungut biaya (gratis). Biaya instruktur, peralatan dan bahan praktik ditanggung anggaran Dinas Tenaga Kerja Provinsi Kepulauan Bangka Belitung.',
    ],
    produk_pelayanan: [
      'Pelatihan kerja berbasis kompetensi yang dilaksanakan di lokasi pemohon',
      'Sertifikat pelatihan bagi peserta yang menyelesaikan pelatihan',
      'Rekomendasi uji kompetensi melalui LSP berlisensi BNSP bagi peserta yang memenuhi syarat',
      'Laporan pelaksanaan pelatihan bagi pemohon',
    ],
    penanganan_pengaduan: [
      'Pengaduan, saran dan masukan dapat disampaikan melalui aplikasi BLK on the Spot dengan kode pelacakan, SP4N-LAPOR!, surat, telepon, atau langsung di loket layanan',
      complaintAnswerLine(DEFAULT_COMPLAINT_RESPONSE_DAYS),
      'Pengaduan dikelola oleh petugas yang ditunjuk kepala dinas dan hasil tindak lanjutnya disampaikan kepada pelapor',
    ],
    dasar_hukum: DEFAULT_SOP.identity.legalBasis,
    sarana_prasarana: [
      'Ruang dan loket pelayanan di kantor Dinas Tenaga Kerja',
      'Aplikasi BLK on the Spot beserta komputer dan jaringan internet',
      'Kendaraan operasional untuk mengangkut instruktur dan peralatan',
      'Peralatan dan bahan praktik mobile training unit sesuai kejuruan',
    ],
    kompetensi_pelaksana: DEFAULT_SOP.identity.executorQualifications,
    pengawasan_internal: [
      'Pengawasan melekat oleh atasan langsung pada setiap langkah',
      'Pemantauan ketepatan waktu setiap langkah SOP melalui dasbor kinerja',
      'Pemeriksaan oleh aparat pengawas internal pemerintah daerah sesuai ketentuan',
    ],
    jumlah_pelaksana: [
      'Petugas layanan: 2 orang',
      'Kepala seksi: 1 orang',
      'Kepala bidang: 1 orang',
      'Koordinator instruktur: 1 orang',
      'Instruktur: sesuai kejuruan yang tersedia di BLK',
    ],
    jaminan_pelayanan: [
      'Pelayanan diberikan sesuai standar pelayanan ini sebagaimana dijanjikan dalam Maklumat Pelayanan',
      'Setiap langkah diproses sesuai jangka waktu yang ditetapkan dan dapat dipantau pemohon',
    ],
    jaminan_keamanan_keselamatan: [
      'Data pribadi pemohon dan peserta, termasuk NIK, dijaga kerahasiaannya dan hanya digunakan untuk penyelenggaraan pelatihan',
      'Instruktur menerapkan keselamatan dan kesehatan kerja (K3) serta menyediakan alat pelindung diri selama praktik',
      'Peralatan praktik diperiksa kelayakannya sebelum diberangkatkan',
    ],
    evaluasi_kinerja: [
      'Survei kepuasan masyarakat dilaksanakan sekurang-kurangnya sekali setahun dan hasilnya dipublikasikan',
      'Ketepatan waktu setiap langkah SOP dievaluasi setiap triwulan per langkah, jabatan dan pelaksana',
      'Penerapan SOP dievaluasi sekurang-kurangnya setiap 6 bulan',
    ],
  },
};

/** A line of the complaints component that states an answer time ("... 5 hari kerja"). */
const ANSWER_TIME = /\b\d+\s+(hari kerja|working days?)\b/i;

/**
 * The complaints component with its answer time taken from the setting that drives complaint
 * deadlines: a stored line stating an answer time is replaced by the derived one (in place), or
 * the derived line is added first when the text states none.
 */
export function complaintHandlingItems(
  items: readonly string[],
  responseDays: number,
  locale: Locale = 'id',
): string[] {
  const line = complaintAnswerLine(responseDays, locale);
  const at = items.findIndex((item) => ANSWER_TIME.test(item));
  if (at < 0) return [line, ...items];
  return items.map((item, i) => (i === at ? line : item));
}

/** Completion time derived from the SOP (jangka waktu penyelesaian). */
export interface JangkaWaktu {
  /** Working days from a complete request to a set schedule (main path). */
  readonly workingDays: number;
  /** Working hours on that path, for steps measured in hours. */
  readonly workingHours: number;
  /** Steps summed, in order. */
  readonly steps: readonly { readonly key: string; readonly standard: TimeStandard | null }[];
  /** Lines for the published standard. */
  readonly lines: readonly string[];
}

/**
 * Jangka waktu penyelesaian from the SOP's time standards: the working days of the steps on the
 * main path from the start to the scheduling step (inclusive), then one line per later step
 * (delivery follows the schedule). Steps of the requester are not the office's time and are left out.
 */
export function serviceJangkaWaktu(def: SopDefinition, locale: Locale = 'id'): JangkaWaktu {
  const start = startStepKey(def);
  const scheduleStep = scheduleSourceOf(def)?.step;
  const isEnd = (k: string) => def.steps.find((s) => s.key === k)?.kind === 'end';
  const main =
    (start && shortestPath(def, start, (k) => (scheduleStep ? k === scheduleStep : isEnd(k)))) ||
    [];
  const office = (k: string) => {
    const step = def.steps.find((s) => s.key === k);
    return step !== undefined && step.kind !== 'end' && !isReservedLane(step.role);
  };
  const steps = main.filter(office).map((key) => ({
    key,
    standard: def.steps.find((s) => s.key === key)?.timeStandard ?? null,
  }));
  let workingDays = 0;
  let workingHours = 0;
  for (const { standard } of steps) {
    if (standard?.unit === 'hari_kerja') workingDays += standard.value;
    if (standard?.unit === 'jam_kerja') workingHours += standard.value;
  }
  const total = [
    workingDays ? formatTimeStandard({ unit: 'hari_kerja', value: workingDays }, locale) : '',
    workingHours ? formatTimeStandard({ unit: 'jam_kerja', value: workingHours }, locale) : '',
  ]
    .filter(Boolean)
    .join(locale === 'id' ? ' dan ' : ' and ');
  const lines: string[] = [];
  if (total) {
    lines.push(
      locale === 'id'
        ? `Paling lama ${total} sejak permohonan diterima lengkap sampai jadwal pelatihan ditetapkan.`
        : `At most ${total} from a complete request to a fixed training schedule.`,
    );
  }
  if (scheduleStep && main.at(-1) === scheduleStep) {
    const after = (shortestPath(def, scheduleStep, isEnd) ?? []).slice(1).filter(office);
    for (const key of after) {
      const ts = def.steps.find((s) => s.key === key)?.timeStandard;
      const name = stepTitleOf(def, key, locale);
      if (ts?.unit === 'jadwal') {
        lines.push(
          locale === 'id'
            ? `${name}: sesuai jadwal pelatihan yang ditetapkan.`
            : `${name}: per the training schedule.`,
        );
      } else if (ts) {
        lines.push(
          locale === 'id'
            ? `${name}: paling lama ${formatTimeStandard(ts, locale)}.`
            : `${name}: at most ${formatTimeStandard(ts, locale)}.`,
        );
      }
    }
  }
  return { workingDays, workingHours, steps, lines };
}

/**
 * The six published components of a service standard, with jangka waktu computed from the SOP
 * in force (replacing whatever the stored draft says) and the complaint answer time from the
 * setting that drives complaint deadlines (`complaintResponseDays`).
 */
export function publishedServiceStandard(
  std: ServiceStandard,
  sop: SopDefinition,
  locale: Locale = 'id',
  complaintResponseDays: number = DEFAULT_COMPLAINT_RESPONSE_DAYS,
): PublishedComponent[] {
  return SERVICE_STANDARD_COMPONENTS.flatMap((c, i) =>
    c.published
      ? [
          {
            key: c.key,
            no: i + 1,
            label: c.name[locale],
            items:
              c.key === 'jangka_waktu'
                ? serviceJangkaWaktu(sop, locale).lines
                : c.key === 'penanganan_pengaduan'
                  ? complaintHandlingItems(std.components[c.key], complaintResponseDays, locale)
                  : std.components[c.key],
          },
        ]
      : [],
  );
}
