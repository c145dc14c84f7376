import { formatTrackingCode, toJakartaDate } from '@blk/domain';
import { formatIsoDate } from '@blk/sop';

/** A notification ready to send: e-mail subject and body, and the short SMS text. */
export interface RenderedNotification {
  subject: string;
  text: string;
  sms: string;
}

/** Where the requester follows the request (`BLK_PUBLIC_URL`), for the direct link. */
export interface RenderOptions {
  publicUrl?: string;
}

/**
 * What templates read from an outbox row's payload. Writers put in what they have; every field
 * but the tracking code is optional, and a missing one is left out of the text.
 */
interface Payload {
  trackingCode: string;
  organizationName?: string | undefined;
  note?: string | undefined;
  reason?: string | undefined;
  missingItems?: string | undefined;
  response?: string | undefined;
  /** When the requester's step closes (ISO instant): answer before it. */
  dueAt?: string | undefined;
  /** When the office's next step is due by its SOP standard (ISO instant). */
  officeDueAt?: string | undefined;
  startDate?: string | undefined;
  endDate?: string | undefined;
  venue?: string | undefined;
  instructors?: string | undefined;
  programName?: string | undefined;
}

/** One message: what happened, the facts, and what the requester must do next. */
interface Message {
  subject: string;
  /** One sentence on what happened. */
  meaning: string;
  /** What the requester should do now, if anything (else: nothing, and when the office is due). */
  todo?: string;
  /** The same in a few words for the SMS, with its date. */
  smsTodo?: string;
  /** Lines of the e-mail before the facts (e.g. the greeting of the receipt). */
  intro?: string[];
}

type Template = (p: Payload) => Message;

const SIGNATURE = [
  '',
  'Salam,',
  'BLK on the Spot',
  'Dinas Tenaga Kerja Provinsi Kepulauan Bangka Belitung',
  '',
  'Pesan ini dikirim otomatis; mohon tidak membalas e-mail ini.',
];

/** '18 Desember 2026 pukul 23.59 WIB' for an instant. */
export function formatWibDateTime(iso: string): string {
  const at = new Date(iso);
  if (Number.isNaN(at.getTime())) return iso;
  const wib = new Date(at.getTime() + 7 * 3_600_000);
  const hh = String(wib.getUTCHours()).padStart(2, '0');
  const mm = String(wib.getUTCMinutes()).padStart(2, '0');
  return `${formatIsoDate(toJakartaDate(at))} pukul ${hh}.${mm} WIB`;
}

function formatDay(value: string | undefined): string | undefined {
  return value ? formatIsoDate(value.slice(0, 10)) : undefined;
}

/** The facts of the payload, labelled, in the order a reader needs them. */
function facts(p: Payload): [label: string, value: string][] {
  const dates =
    p.startDate && p.endDate
      ? `${formatDay(p.startDate)} s.d. ${formatDay(p.endDate)}`
      : formatDay(p.startDate ?? p.endDate);
  const list: [string, string | undefined][] = [
    ['Kekurangan berkas', p.missingItems],
    ['Alasan', p.reason],
    ['Catatan petugas', p.note],
    ['Tanggapan', p.response],
    ['Program', p.programName],
    ['Jadwal', dates],
    ['Tempat', p.venue],
    ['Instruktur', p.instructors],
    ['Batas waktu', p.dueAt ? formatWibDateTime(p.dueAt) : undefined],
  ];
  return list.filter((f): f is [string, string] => Boolean(f[1]));
}

const simple =
  (subject: string, meaning: string, todo?: string): Template =>
  () => ({ subject, meaning, ...(todo ? { todo } : {}) });

/** ' sebelum 18 Desember 2026 pukul 23.59 WIB' for a deadline, '' without one. */
function by(
  value: string | undefined,
  word = 'sebelum',
  format: (v: string) => string | undefined = formatWibDateTime,
): string {
  const at = value ? format(value) : undefined;
  return at ? ` ${word} ${at}` : '';
}

/**
 * What to do when the template asks nothing of the requester: nothing for now, and by when the
 * office's next step is due, so a quiet week is not mistaken for a lost request.
 */
function nothingToDo(p: Payload): { todo: string; smsTodo: string } | undefined {
  if (!p.officeDueAt) return undefined;
  const at = formatWibDateTime(p.officeDueAt);
  return {
    todo: `Belum ada yang perlu Anda lakukan. Tahap berikutnya selesai paling lambat ${at}; kami kabari hasilnya.`,
    smsTodo: `Belum ada yang perlu Anda lakukan; tahap berikutnya selesai paling lambat ${at}.`,
  };
}

/**
 * Templates by key, in Bahasa Indonesia. `request_<state>` keys follow the SOP steps a
 * request can enter; a key not listed here gets {@link fallback}.
 */
const TEMPLATES: Record<string, Template> = {
  request_submitted: (p) => ({
    subject: `Permohonan pelatihan diterima: ${p.trackingCode}`,
    meaning: 'permohonan pelatihan BLK on the Spot Anda sudah kami terima.',
    intro: [
      `Terima kasih${p.organizationName ? `, ${p.organizationName}` : ''}. Permohonan pelatihan BLK on the Spot Anda sudah kami terima.`,
      '',
      `Kode pelacakan: ${p.trackingCode}`,
      '',
    ],
    todo: 'Simpan kode ini bersama token akses yang ditampilkan saat pengajuan. Petugas layanan memverifikasi permohonan dalam 1 hari kerja.',
  }),
  request_diterima: simple(
    'Berkas permohonan sedang diverifikasi',
    'berkas permohonan sedang diverifikasi oleh petugas layanan.',
  ),
  request_menunggu_kelengkapan: (p) => ({
    subject: 'Berkas permohonan perlu dilengkapi',
    meaning: 'berkas permohonan perlu dilengkapi.',
    todo: 'Buka halaman Lacak Permohonan, unggah berkas yang diminta, lalu tekan "Kirim kelengkapan" sebelum batas waktu. Bila tidak, permohonan ditutup otomatis.',
    smsTodo: `Unggah berkas lewat tautan ini${by(p.dueAt)}.`,
  }),
  request_asesmen_kebutuhan: (p) => ({
    subject: 'Permohonan lolos verifikasi',
    meaning:
      'permohonan lolos verifikasi. Petugas akan melakukan asesmen kebutuhan dan survei lokasi.',
    todo: `Petugas akan menghubungi nomor Anda untuk menyepakati tanggal survei lokasi; asesmen selesai${by(p.officeDueAt, 'paling lambat')}.`,
    smsTodo: `Petugas menghubungi Anda untuk survei lokasi${by(p.officeDueAt)}.`,
  }),
  request_persetujuan: simple(
    'Asesmen kebutuhan selesai',
    'asesmen kebutuhan selesai dan permohonan menunggu persetujuan pimpinan.',
  ),
  request_penjadwalan: simple(
    'Permohonan disetujui',
    'permohonan disetujui. Koordinator instruktur sedang menyusun jadwal pelatihan.',
  ),
  request_terjadwal: (p) => ({
    subject: 'Pelatihan sudah dijadwalkan',
    meaning: 'pelatihan sudah dijadwalkan.',
    todo: `Siapkan tempat dan calon peserta${by(p.startDate, 'sebelum hari pertama,', formatDay)}; instruktur mencatat peserta (nama dan NIK) pada hari pertama.`,
    smsTodo: `Siapkan tempat dan peserta${by(p.startDate, 'sebelum', formatDay)}.`,
  }),
  request_pelaksanaan: simple('Pelatihan dimulai', 'pelatihan sedang berlangsung.'),
  request_pelaporan: simple(
    'Pelatihan selesai',
    'pelatihan telah selesai. Instruktur sedang menyusun laporan pelaksanaan.',
  ),
  request_menunggu_survei: (p) => ({
    subject: 'Mohon isi Survei Kepuasan Masyarakat',
    meaning: 'layanan hampir selesai.',
    todo: 'Isi Survei Kepuasan Masyarakat (9 pertanyaan singkat) di halaman Lacak Permohonan sebelum batas waktu; penilaian Anda membantu kami memperbaiki layanan.',
    smsTodo: `Isi survei (9 pertanyaan) lewat tautan ini${by(p.dueAt)}.`,
  }),
  request_selesai: simple(
    'Layanan selesai',
    'layanan telah selesai. Terima kasih atas kepercayaan Anda.',
  ),
  request_ditolak: simple(
    'Permohonan tidak dapat diproses',
    'mohon maaf, permohonan tidak dapat kami proses.',
    'Bila ada pertanyaan atau keberatan, sampaikan pengaduan melalui halaman Pengaduan.',
  ),
  request_dibatalkan: simple('Permohonan dibatalkan', 'permohonan telah dibatalkan.'),
  request_cancelled: simple('Permohonan dibatalkan', 'permohonan telah Anda batalkan.'),
  request_ditutup_tidak_lengkap: simple(
    'Permohonan ditutup',
    'permohonan ditutup karena berkas tidak dilengkapi dalam 10 hari kerja.',
    'Anda dapat mengajukan permohonan baru kapan saja.',
  ),
  feedback_received: (p) => ({
    subject: `Pengaduan/saran diterima: ${p.trackingCode}`,
    meaning: 'pengaduan, saran, atau masukan Anda sudah kami terima dan akan ditindaklanjuti.',
    intro: [
      'Terima kasih. Pengaduan, saran, atau masukan Anda sudah kami terima dan akan ditindaklanjuti.',
      '',
      `Kode pelacakan: ${p.trackingCode}`,
      '',
    ],
  }),
  feedback_answered: (p) => ({
    subject: `Tanggapan atas pengaduan/saran ${p.trackingCode}`,
    meaning: 'pengaduan/saran Anda sudah ditanggapi.',
    intro: [
      `Pengaduan, saran, atau masukan Anda dengan kode ${p.trackingCode} sudah ditanggapi.`,
      '',
    ],
  }),
};

const fallback: Template = () => ({
  subject: 'Informasi layanan BLK on the Spot',
  meaning: 'ada informasi baru tentang layanan Anda.',
});

const SMS_MAX = 306; // two concatenated SMS segments

/** The tracking page of a code, or of a complaint. */
function trackLink(template: string, code: string, publicUrl: string | undefined): string {
  const base = (publicUrl ?? '').replace(/\/+$/, '');
  if (!base || code === '-') return '';
  const page = template.startsWith('feedback_') ? 'pengaduan' : 'lacak';
  return `${base}/${page}?kode=${encodeURIComponent(code)}`;
}

/**
 * Messages to staff (not about one request): by key, from their own payload. `sop_review_due`:
 * an SOP version in force went 6 months without a review (PermenPAN-RB 35/2012).
 */
const STAFF_TEMPLATES: Record<string, (p: Record<string, unknown>) => RenderedNotification> = {
  sop_review_due: (p) => {
    const sop = `${String(p.sopName ?? 'SOP')} versi ${String(p.versionNo ?? '-')}`;
    const due = typeof p.dueOn === 'string' ? formatIsoDate(p.dueOn) : '-';
    const subject = `Evaluasi SOP jatuh tempo: ${sop}`;
    const meaning = `${sop} belum dievaluasi dalam 6 bulan terakhir; evaluasi jatuh tempo ${due}.`;
    return {
      subject,
      text: [
        'Yth. Bapak/Ibu,',
        '',
        meaning,
        '',
        'Yang perlu dilakukan:',
        'Kepala seksi mencatat evaluasi SOP (monitoring dan evaluasi: berjalan baik / tidak berjalan baik per langkah, dengan tindakan perbaikan) di aplikasi admin BLK on the Spot, menu SOP > Evaluasi SOP. Data kinerja periode ini sudah terisi otomatis.',
        ...SIGNATURE,
      ].join('\n'),
      sms: `BLK on the Spot: ${subject}. Catat evaluasi di menu SOP > Evaluasi SOP.`,
    };
  },
};

/** Renders an outbox row's template and payload; never throws on odd payloads. */
export function renderNotification(
  template: string,
  payload: unknown,
  options: RenderOptions = {},
): RenderedNotification {
  const staff = Object.hasOwn(STAFF_TEMPLATES, template) ? STAFF_TEMPLATES[template] : undefined;
  if (staff) return staff(payload && typeof payload === 'object' ? (payload as never) : {});
  const p = readPayload(payload);
  const render = Object.hasOwn(TEMPLATES, template) ? TEMPLATES[template] : undefined;
  const rendered = (render ?? fallback)(p);
  const m = rendered.todo ? rendered : { ...rendered, ...nothingToDo(p) };
  const subject = m.subject.includes(p.trackingCode)
    ? m.subject
    : `${m.subject}: ${p.trackingCode}`;
  const link = trackLink(template, p.trackingCode, options.publicUrl);
  const factLines = facts(p).map(([label, value]) => `${label}: ${value}`);
  const text = [
    ...(m.intro ?? [
      `Permohonan pelatihan dengan kode ${p.trackingCode}${p.organizationName ? ` (${p.organizationName})` : ''}: ${m.meaning}`,
      '',
    ]),
    ...(factLines.length ? [...factLines, ''] : []),
    ...(m.todo ? ['Yang perlu Anda lakukan:', m.todo, ''] : []),
    link
      ? `Lacak permohonan: ${link}`
      : 'Pantau perkembangan di halaman Lacak Permohonan dengan kode di atas.',
    ...SIGNATURE,
  ].join('\n');
  return { subject, text, sms: smsText(p, m, link) };
}

/**
 * The SMS: what happened, the facts (dates, venue, note, deadline) and the link, within two
 * segments. The link is always kept whole; the middle is shortened if it must be.
 */
function smsText(p: Payload, m: Message, link: string): string {
  const head = `BLK on the Spot ${p.trackingCode}: ${m.subject.replace(`: ${p.trackingCode}`, '')}.`;
  // The to-do already carries its date: the deadline is not said twice in a short text,
  const body = facts(p)
    // nor the program the requester chose.
    .filter(([label]) => label !== 'Program' && !(m.smsTodo && label === 'Batas waktu'))
    .map(([label, value]) => `${label}: ${value}.`)
    .join(' ');
  const todo = m.smsTodo ? ` ${m.smsTodo}` : '';
  const tail = link ? ` ${link}` : '';
  let middle = `${todo}${body ? ` ${body}` : ''}`;
  const room = SMS_MAX - head.length - tail.length;
  if (middle.length > room) middle = `${middle.slice(0, Math.max(0, room - 3))}...`;
  return `${head}${middle}${tail}`;
}

function readPayload(payload: unknown): Payload {
  const raw = payload && typeof payload === 'object' ? (payload as Record<string, unknown>) : {};
  const text = (key: keyof Payload) => {
    const value = raw[key];
    if (Array.isArray(value))
      return value.filter((v) => typeof v === 'string').join(', ') || undefined;
    return typeof value === 'string' && value.trim() ? value.trim() : undefined;
  };
  const code = text('trackingCode');
  return {
    trackingCode: code ? (/^[0-9A-Z]{10}$/.test(code) ? formatTrackingCode(code) : code) : '-',
    organizationName: text('organizationName'),
    note: text('note'),
    reason: text('reason'),
    missingItems: text('missingItems'),
    response: text('response'),
    dueAt: text('dueAt'),
    officeDueAt: text('officeDueAt'),
    startDate: text('startDate'),
    endDate: text('endDate'),
    venue: text('venue'),
    instructors: text('instructors'),
    programName: text('programName'),
  };
}
