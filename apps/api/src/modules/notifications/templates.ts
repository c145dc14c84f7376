import { formatTrackingCode } from '@blk/domain';

/** A notification ready to send: e-mail subject and body, and the short SMS text. */
export interface RenderedNotification {
  subject: string;
  text: string;
  sms: string;
}

/**
 * What templates read from an outbox row's payload. Writers put in what they have; every field
 * but the tracking code is optional, and a missing one is left out of the text.
 */
interface Payload {
  trackingCode?: string;
  organizationName?: string;
  note?: string;
  reason?: string;
  response?: string;
}

type Template = (p: Required<Pick<Payload, 'trackingCode'>> & Payload) => {
  subject: string;
  lines: string[];
};

const SIGNATURE = [
  '',
  'Salam,',
  'BLK on the Spot',
  'Dinas Tenaga Kerja Provinsi Kepulauan Bangka Belitung',
  '',
  'Pesan ini dikirim otomatis; mohon tidak membalas e-mail ini.',
];

const optionalLine = (label: string, value: string | undefined) =>
  value ? [`${label}: ${value}`] : [];

/** A state change of a request shown to the public: subject and what it means for them. */
const stateChange =
  (subject: string, meaning: string): Template =>
  (p) => ({
    subject,
    lines: [
      `Permohonan pelatihan dengan kode ${p.trackingCode}${p.organizationName ? ` (${p.organizationName})` : ''}: ${meaning}`,
      ...optionalLine('Catatan petugas', p.note),
      ...optionalLine('Alasan', p.reason),
      '',
      'Pantau perkembangan permohonan di halaman Lacak Permohonan dengan kode di atas.',
    ],
  });

/**
 * Templates by key, in Bahasa Indonesia. `request_<state>` keys follow the SOP steps a
 * request can enter; a key not listed here gets {@link fallback}.
 */
const TEMPLATES: Record<string, Template> = {
  request_submitted: (p) => ({
    subject: `Permohonan pelatihan diterima: ${p.trackingCode}`,
    lines: [
      `Terima kasih${p.organizationName ? `, ${p.organizationName}` : ''}. Permohonan pelatihan BLK on the Spot Anda sudah kami terima.`,
      '',
      `Kode pelacakan: ${p.trackingCode}`,
      '',
      'Simpan kode ini bersama token akses yang ditampilkan saat pengajuan. Keduanya diperlukan untuk melacak, melengkapi berkas, atau membatalkan permohonan.',
      'Petugas layanan akan memverifikasi permohonan Anda sesuai Standar Pelayanan.',
    ],
  }),
  request_diterima: stateChange(
    `Berkas permohonan sedang diverifikasi`,
    'berkas permohonan sedang diverifikasi oleh petugas layanan.',
  ),
  request_menunggu_kelengkapan: stateChange(
    'Berkas permohonan perlu dilengkapi',
    'berkas permohonan perlu dilengkapi. Lengkapi dalam 10 hari kerja agar permohonan tidak ditutup.',
  ),
  request_asesmen_kebutuhan: stateChange(
    'Permohonan lolos verifikasi',
    'permohonan lolos verifikasi. Petugas akan melakukan asesmen kebutuhan dan survei lokasi.',
  ),
  request_persetujuan: stateChange(
    'Asesmen kebutuhan selesai',
    'asesmen kebutuhan selesai dan permohonan menunggu persetujuan pimpinan.',
  ),
  request_penjadwalan: stateChange(
    'Permohonan disetujui',
    'permohonan disetujui. Koordinator instruktur sedang menyusun jadwal pelatihan.',
  ),
  request_terjadwal: stateChange(
    'Pelatihan sudah dijadwalkan',
    'pelatihan sudah dijadwalkan. Jadwal dan instruktur dapat dilihat di halaman Lacak Permohonan.',
  ),
  request_pelaksanaan: stateChange('Pelatihan dimulai', 'pelatihan sedang berlangsung.'),
  request_pelaporan: stateChange(
    'Pelatihan selesai',
    'pelatihan telah selesai. Instruktur sedang menyusun laporan pelaksanaan.',
  ),
  request_menunggu_survei: stateChange(
    'Mohon isi Survei Kepuasan Masyarakat',
    'layanan hampir selesai. Mohon isi Survei Kepuasan Masyarakat di halaman Lacak Permohonan; penilaian Anda membantu kami memperbaiki layanan.',
  ),
  request_selesai: stateChange(
    'Layanan selesai',
    'layanan telah selesai. Terima kasih atas kepercayaan Anda.',
  ),
  request_ditolak: stateChange(
    'Permohonan tidak dapat diproses',
    'mohon maaf, permohonan tidak dapat kami proses.',
  ),
  request_dibatalkan: stateChange('Permohonan dibatalkan', 'permohonan telah dibatalkan.'),
  request_ditutup_tidak_lengkap: stateChange(
    'Permohonan ditutup',
    'permohonan ditutup karena berkas tidak dilengkapi dalam 10 hari kerja. Anda dapat mengajukan permohonan baru.',
  ),
  feedback_received: (p) => ({
    subject: `Pengaduan/saran diterima: ${p.trackingCode}`,
    lines: [
      'Terima kasih. Pengaduan, saran, atau masukan Anda sudah kami terima dan akan ditindaklanjuti.',
      '',
      `Kode pelacakan: ${p.trackingCode}`,
    ],
  }),
  feedback_answered: (p) => ({
    subject: `Tanggapan atas pengaduan/saran ${p.trackingCode}`,
    lines: [
      `Pengaduan, saran, atau masukan Anda dengan kode ${p.trackingCode} sudah ditanggapi.`,
      ...(p.response ? ['', 'Tanggapan:', p.response] : []),
    ],
  }),
};

const fallback: Template = (p) => ({
  subject: `Informasi layanan BLK on the Spot: ${p.trackingCode}`,
  lines: [
    `Ada informasi baru tentang layanan dengan kode pelacakan ${p.trackingCode}.`,
    'Lihat rinciannya di halaman Lacak Permohonan.',
  ],
});

/** Renders an outbox row's template and payload; never throws on odd payloads. */
export function renderNotification(template: string, payload: unknown): RenderedNotification {
  const p = readPayload(payload);
  const render = Object.hasOwn(TEMPLATES, template) ? TEMPLATES[template] : undefined;
  const { subject, lines } = (render ?? fallback)(p);
  const sms = subject.includes(p.trackingCode)
    ? `BLK on the Spot: ${subject}.`
    : `BLK on the Spot: ${subject}. Kode ${p.trackingCode}.`;
  return {
    subject,
    text: [...lines, ...SIGNATURE].join('\n'),
    sms: sms.length <= 160 ? sms : `${sms.slice(0, 157)}...`,
  };
}

function readPayload(payload: unknown) {
  const raw = payload && typeof payload === 'object' ? (payload as Record<string, unknown>) : {};
  const text = (key: keyof Payload) => {
    const value = raw[key];
    return typeof value === 'string' && value.trim() ? value.trim() : undefined;
  };
  const code = text('trackingCode');
  return {
    trackingCode: code ? (/^[0-9A-Z]{10}$/.test(code) ? formatTrackingCode(code) : code) : '-',
    organizationName: text('organizationName'),
    note: text('note'),
    reason: text('reason'),
    response: text('response'),
  };
}
