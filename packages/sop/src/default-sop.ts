import { OVERRIDE_REASON_INPUT } from './compat';
import type { InputSpec, SopDefinition } from './definition';
import { REQUESTER_LANE, SYSTEM_LANE } from './roles';

const reasonInput: InputSpec = {
  key: 'reason',
  label: { id: 'Alasan', en: 'Reason' },
  type: 'text',
  required: true,
};

/**
 * Code of the SOP that governs training requests: the one row of `SopDefinition` whose versions
 * the request pages, the submission and the editors use.
 */
export const REQUEST_SOP_CODE = 'SOP-BLK-OTS';

/**
 * The default SOP of BLK on the Spot: one request from the letter or proposal to the closing
 * satisfaction survey. Admins copy and adjust it; each request stays under the version it was
 * submitted under. Decree numbers are only cited where they are public and certain.
 */
export const DEFAULT_SOP: SopDefinition = {
  identity: {
    number: 'SOP/BLK-OTS/01',
    name: 'Pelayanan Pelatihan Kerja BLK on the Spot',
    unit: 'Balai Latihan Kerja (BLK), Dinas Tenaga Kerja Provinsi Kepulauan Bangka Belitung',
    createdOn: '2025-01-02',
    legalBasis: [
      'Undang-Undang Nomor 13 Tahun 2003 tentang Ketenagakerjaan',
      'Undang-Undang Nomor 25 Tahun 2009 tentang Pelayanan Publik',
      'Peraturan Pemerintah Nomor 31 Tahun 2006 tentang Sistem Pelatihan Kerja Nasional',
      'Peraturan Menteri PAN-RB Nomor 35 Tahun 2012 tentang Pedoman Penyusunan Standar Operasional Prosedur Administrasi Pemerintahan',
      'Peraturan Menteri PAN-RB Nomor 15 Tahun 2014 tentang Pedoman Standar Pelayanan',
      'Peraturan Menteri PAN-RB Nomor 14 Tahun 2017 tentang Pedoman Penyusunan Survei Kepuasan Masyarakat Unit Penyelenggara Pelayanan Publik',
      'Peraturan Menteri Ketenagakerjaan yang mengatur pelatihan berbasis kompetensi dan standardisasi Balai Latihan Kerja',
      'Peraturan Gubernur Kepulauan Bangka Belitung tentang kedudukan, susunan organisasi, tugas dan fungsi Dinas Tenaga Kerja',
    ],
    executorQualifications: [
      'Petugas layanan memahami persyaratan, alur dan standar pelayanan BLK on the Spot',
      'Kepala seksi mampu melakukan analisis kebutuhan pelatihan (training need analysis) dan survei lokasi',
      'Kepala bidang memahami program dan anggaran pelatihan berbasis kompetensi',
      'Koordinator instruktur mampu menyusun jadwal pelatihan dan menugaskan instruktur sesuai kejuruan',
      'Instruktur memiliki sertifikat kompetensi teknis sesuai kejuruan dan sertifikat metodologi pelatihan',
    ],
    relatedSops: [
      'SOP Penanganan Pengaduan, Saran dan Masukan',
      'SOP Survei Kepuasan Masyarakat',
      'SOP Uji Kompetensi melalui Lembaga Sertifikasi Profesi (LSP)',
      'SOP Peminjaman dan Pengangkutan Peralatan Praktik',
    ],
    equipment: [
      'Komputer, jaringan internet dan aplikasi BLK on the Spot',
      'Formulir asesmen kebutuhan pelatihan',
      'Kendaraan operasional',
      'Peralatan dan bahan praktik sesuai kejuruan',
      'Alat tulis kantor',
    ],
    warnings: [
      'Apabila SOP ini tidak dilaksanakan, permohonan tertunda tanpa kepastian waktu dan kepercayaan masyarakat menurun',
      'Pelatihan tidak boleh dilaksanakan sebelum disetujui kepala bidang dan dijadwalkan',
      'Penugasan instruktur ke Pulau Belitung memerlukan perencanaan perjalanan antarpulau',
    ],
    records: [
      'Register permohonan pelatihan',
      'Laporan asesmen kebutuhan pelatihan',
      'Keputusan persetujuan atau penolakan permohonan',
      'Jadwal pelatihan dan surat tugas instruktur',
      'Daftar hadir serta nilai pre-test dan post-test peserta',
      'Laporan pelaksanaan pelatihan',
      'Hasil survei kepuasan masyarakat',
    ],
  },
  steps: [
    {
      key: 'diterima',
      kind: 'start',
      name: { id: 'Verifikasi permohonan', en: 'Request verification' },
      description: {
        id: 'Menerima surat permohonan atau proposal pelatihan, mencatatnya dalam register, dan memeriksa kelengkapan berkas',
        en: 'Receive the request letter or proposal, register it, and check that the documents are complete',
      },
      role: 'petugas_layanan',
      documents: [
        'Surat permohonan dari pimpinan instansi/lembaga/kelompok pemohon',
        'Proposal pelatihan (kejuruan, jumlah dan kriteria calon peserta, lokasi)',
        'Identitas dan nomor kontak penanggung jawab',
      ],
      requiredInputs: [],
      timeStandard: { unit: 'hari_kerja', value: 1 },
      output: 'Permohonan tercatat dalam register',
      keterangan:
        'Kesesuaian dengan program BLK on the Spot dinilai pada asesmen kebutuhan dan diputuskan kepala bidang; petugas layanan tidak menolak permohonan',
      decision: {
        question: { id: 'Lengkap?', en: 'Complete?' },
        description: {
          id: 'Memutuskan apakah berkas permohonan lengkap',
          en: 'Decide whether the request documents are complete',
        },
        output: 'Permohonan terverifikasi atau catatan kekurangan berkas',
      },
      actions: [
        {
          key: 'verify',
          label: { id: 'Nyatakan lengkap', en: 'Mark complete' },
          publicLabel: {
            id: 'Permohonan lengkap dan diteruskan untuk asesmen',
            en: 'Request complete, forwarded for assessment',
          },
          to: 'asesmen_kebutuhan',
          branch: 'yes',
          inputs: [
            { key: 'note', label: { id: 'Catatan', en: 'Note' }, type: 'text', required: false },
          ],
        },
        {
          key: 'return_for_completion',
          label: { id: 'Kembalikan untuk dilengkapi', en: 'Return for completion' },
          publicLabel: { id: 'Berkas perlu dilengkapi', en: 'Documents need completing' },
          to: 'menunggu_kelengkapan',
          branch: 'no',
          skipStepInputs: true,
          inputs: [
            {
              key: 'missingItems',
              label: { id: 'Kekurangan berkas', en: 'Missing items' },
              type: 'text',
              required: true,
            },
          ],
        },
      ],
    },
    {
      key: 'menunggu_kelengkapan',
      kind: 'process',
      name: { id: 'Melengkapi berkas', en: 'Completing documents' },
      description: {
        id: 'Pemohon melengkapi berkas permohonan sesuai catatan petugas layanan',
        en: 'The requester completes the documents as noted by the service officer',
      },
      role: REQUESTER_LANE,
      requiredInputs: [
        {
          key: 'documents',
          label: { id: 'Berkas pelengkap', en: 'Supplementary documents' },
          type: 'file',
          required: true,
        },
        { key: 'note', label: { id: 'Keterangan', en: 'Note' }, type: 'text', required: false },
      ],
      timeStandard: { unit: 'hari_kerja', value: 10 },
      output: 'Berkas permohonan lengkap',
      actions: [
        {
          key: 'complete',
          label: { id: 'Kirim kelengkapan', en: 'Submit missing documents' },
          to: 'diterima',
          actor: 'requester',
          effects: [{ type: 'requireAttachment', input: 'documents', kind: 'berkas_pelengkap' }],
        },
        {
          key: 'auto_close',
          label: { id: 'Tutup otomatis', en: 'Close automatically' },
          publicLabel: {
            id: 'Ditutup karena berkas tidak dilengkapi dalam 10 hari kerja',
            en: 'Closed: documents not completed within 10 working days',
          },
          to: 'ditutup_tidak_lengkap',
          actor: 'system',
          skipStepInputs: true,
          effects: [],
        },
      ],
    },
    {
      key: 'asesmen_kebutuhan',
      kind: 'process',
      name: { id: 'Asesmen kebutuhan', en: 'Needs assessment' },
      description: {
        id: 'Melakukan asesmen kebutuhan dan survei lokasi: mengidentifikasi kebutuhan pelatihan, potensi lokal dan sarana prasarana di lokasi pemohon, lalu merekomendasikan program pelatihan',
        en: 'Assess needs and survey the site: training needs, local potential and facilities at the requester, then recommend a programme',
      },
      role: 'kepala_seksi',
      documents: ['Formulir asesmen kebutuhan pelatihan', 'Dokumentasi survei lokasi'],
      requiredInputs: [
        {
          key: 'surveyDate',
          label: { id: 'Tanggal survei', en: 'Survey date' },
          type: 'date',
          required: true,
        },
        {
          key: 'findings',
          label: { id: 'Hasil survei', en: 'Findings' },
          type: 'text',
          required: true,
        },
        {
          key: 'localPotential',
          label: { id: 'Potensi lokal', en: 'Local potential' },
          type: 'text',
          required: true,
        },
        {
          key: 'facilities',
          label: { id: 'Sarana prasarana tersedia', en: 'Facilities available' },
          type: 'text',
          required: true,
        },
        {
          key: 'recommendedProgramme',
          label: { id: 'Program pelatihan yang direkomendasikan', en: 'Recommended programme' },
          type: 'text',
          required: true,
        },
      ],
      timeStandard: { unit: 'hari_kerja', value: 5 },
      output: 'Laporan asesmen kebutuhan dan rekomendasi program pelatihan',
      actions: [
        {
          key: 'submit_assessment',
          label: { id: 'Kirim hasil asesmen', en: 'Submit assessment' },
          publicLabel: { id: 'Asesmen kebutuhan selesai', en: 'Needs assessment done' },
          to: 'persetujuan',
          effects: [
            {
              type: 'recordAssessment',
              surveyDateInput: 'surveyDate',
              findingsInput: 'findings',
              localPotentialInput: 'localPotential',
              facilitiesInput: 'facilities',
              programmeInput: 'recommendedProgramme',
            },
          ],
        },
      ],
    },
    {
      key: 'persetujuan',
      kind: 'decision',
      name: { id: 'Disetujui?', en: 'Approved?' },
      description: {
        id: 'Menelaah hasil asesmen dan memutuskan apakah pelatihan dapat dilaksanakan',
        en: 'Review the assessment and decide whether the training can go ahead',
      },
      role: 'kepala_bidang',
      documents: ['Laporan asesmen kebutuhan pelatihan'],
      requiredInputs: [],
      timeStandard: { unit: 'hari_kerja', value: 2 },
      output: 'Keputusan persetujuan atau penolakan permohonan',
      actions: [
        {
          key: 'approve',
          label: { id: 'Setujui', en: 'Approve' },
          publicLabel: { id: 'Permohonan disetujui', en: 'Request approved' },
          to: 'penjadwalan',
          branch: 'yes',
          inputs: [
            { key: 'note', label: { id: 'Catatan', en: 'Note' }, type: 'text', required: false },
          ],
        },
        {
          key: 'reject',
          label: { id: 'Tolak', en: 'Reject' },
          publicLabel: { id: 'Permohonan tidak disetujui', en: 'Request not approved' },
          to: 'ditolak',
          branch: 'no',
          inputs: [reasonInput],
        },
      ],
    },
    {
      key: 'penjadwalan',
      kind: 'process',
      name: { id: 'Penjadwalan', en: 'Scheduling' },
      description: {
        id: 'Menyusun jadwal pelatihan, menugaskan instruktur, dan berkoordinasi dengan pemohon tentang tempat serta kesiapan peserta',
        en: 'Set the training schedule, assign instructors, and agree venue and participant readiness with the requester',
      },
      role: 'koordinator_instruktur',
      documents: ['Surat tugas instruktur'],
      requiredInputs: [
        {
          key: 'startDate',
          label: { id: 'Tanggal mulai', en: 'Start date' },
          type: 'date',
          required: true,
        },
        {
          key: 'endDate',
          label: { id: 'Tanggal selesai', en: 'End date' },
          type: 'date',
          required: true,
        },
        {
          key: 'instructors',
          label: { id: 'Instruktur', en: 'Instructors' },
          type: 'instructors',
          required: true,
        },
        {
          key: 'venue',
          label: { id: 'Tempat pelatihan', en: 'Venue' },
          type: 'text',
          required: true,
        },
      ],
      inputRules: [
        { kind: 'date_order', before: 'startDate', after: 'endDate' },
        { kind: 'not_in_past', field: 'startDate' },
      ],
      timeStandard: { unit: 'hari_kerja', value: 5 },
      output: 'Jadwal pelatihan dan surat tugas instruktur',
      actions: [
        {
          key: 'schedule',
          label: { id: 'Tetapkan jadwal', en: 'Set schedule' },
          publicLabel: { id: 'Pelatihan dijadwalkan', en: 'Training scheduled' },
          to: 'terjadwal',
          effects: [
            {
              type: 'createSchedule',
              startDateInput: 'startDate',
              endDateInput: 'endDate',
              instructorsInput: 'instructors',
              venueInput: 'venue',
            },
          ],
        },
      ],
    },
    {
      key: 'terjadwal',
      kind: 'process',
      name: { id: 'Persiapan dan pembukaan', en: 'Preparation and opening' },
      description: {
        id: 'Menyiapkan peralatan dan bahan praktik, berangkat ke lokasi, dan membuka pelatihan sesuai jadwal',
        en: 'Prepare tools and materials, travel to the site, and open the training as scheduled',
      },
      role: 'instruktur',
      documents: ['Surat tugas instruktur', 'Daftar peralatan dan bahan praktik'],
      requiredInputs: [],
      timeStandard: { unit: 'jadwal' },
      output: 'Pelatihan dibuka',
      actions: [
        {
          key: 'start',
          label: { id: 'Mulai pelatihan', en: 'Start training' },
          publicLabel: { id: 'Pelatihan berlangsung', en: 'Training under way' },
          to: 'pelaksanaan',
          assignedOnly: true,
          // Not before the first scheduled day, unless the instructor records why.
          inputs: [OVERRIDE_REASON_INPUT],
          effects: [{ type: 'notBeforeSchedule', day: 'first', reasonInput: 'overrideReason' }],
        },
        {
          key: 'reschedule',
          label: { id: 'Jadwalkan ulang', en: 'Reschedule' },
          publicLabel: { id: 'Jadwal pelatihan diubah', en: 'Training rescheduled' },
          to: 'penjadwalan',
          roles: ['koordinator_instruktur'],
          inputs: [reasonInput],
          effects: [{ type: 'cancelSchedule' }],
        },
      ],
    },
    {
      key: 'pelaksanaan',
      kind: 'process',
      name: { id: 'Pelaksanaan pelatihan', en: 'Training delivery' },
      description: {
        id: 'Melaksanakan pelatihan berbasis kompetensi di lokasi pemohon, termasuk pre-test dan post-test, serta mencatat kehadiran peserta',
        en: 'Deliver competency-based training at the requester, including pre-test and post-test, and record attendance',
      },
      role: 'instruktur',
      documents: ['Daftar hadir peserta', 'Lembar pre-test dan post-test'],
      requiredInputs: [],
      timeStandard: { unit: 'jadwal' },
      output: 'Pelatihan selesai dilaksanakan',
      actions: [
        {
          key: 'finish',
          label: { id: 'Selesaikan pelatihan', en: 'Finish training' },
          publicLabel: { id: 'Pelatihan selesai', en: 'Training finished' },
          to: 'pelaporan',
          assignedOnly: true,
          irreversible: true,
          // Not before the last day, nor with attendance or scores missing, unless a reason is
          // recorded; then the completion rule gives the certificates.
          inputs: [OVERRIDE_REASON_INPUT],
          effects: [
            { type: 'notBeforeSchedule', day: 'last', reasonInput: 'overrideReason' },
            { type: 'classComplete', reasonInput: 'overrideReason' },
            { type: 'issueCertificates' },
          ],
        },
      ],
    },
    {
      key: 'pelaporan',
      kind: 'process',
      name: { id: 'Pelaporan', en: 'Reporting' },
      description: {
        id: 'Menyusun dan menyampaikan laporan pelaksanaan pelatihan beserta rekap kehadiran dan hasil evaluasi peserta',
        en: 'Write and submit the training report with attendance summary and participant evaluation results',
      },
      role: 'instruktur',
      requiredInputs: [
        {
          key: 'participantsEnrolled',
          label: { id: 'Jumlah peserta terdaftar', en: 'Participants enrolled' },
          type: 'number',
          required: true,
          min: 0,
        },
        {
          key: 'participantCount',
          label: {
            id: 'Jumlah peserta yang menyelesaikan pelatihan',
            en: 'Participants completing',
          },
          type: 'number',
          required: true,
          min: 0,
        },
        {
          key: 'attendanceSummary',
          label: { id: 'Rekap kehadiran', en: 'Attendance summary' },
          type: 'text',
          required: true,
        },
        {
          key: 'preTestAverage',
          label: { id: 'Rata-rata nilai pre-test', en: 'Pre-test average' },
          type: 'number',
          required: true,
          min: 0,
          max: 100,
        },
        {
          key: 'postTestAverage',
          label: { id: 'Rata-rata nilai post-test', en: 'Post-test average' },
          type: 'number',
          required: true,
          min: 0,
          max: 100,
        },
        {
          key: 'note',
          label: { id: 'Catatan pelaksanaan', en: 'Delivery notes' },
          type: 'text',
          required: false,
        },
      ],
      timeStandard: { unit: 'hari_kerja', value: 3 },
      output: 'Laporan pelaksanaan pelatihan',
      actions: [
        {
          key: 'submit_report',
          label: { id: 'Kirim laporan', en: 'Submit report' },
          publicLabel: {
            id: 'Laporan pelatihan disampaikan; mohon isi survei kepuasan',
            en: 'Report submitted; please fill in the satisfaction survey',
          },
          to: 'menunggu_survei',
          assignedOnly: true,
          // The figures come from the class records and the report document is generated from
          // them and attached to the request; nothing of it is typed.
          effects: [
            {
              type: 'classReport',
              kind: 'laporan_pelaksanaan',
              figures: {
                participants: 'participantsEnrolled',
                completed: 'participantCount',
                attendanceSummary: 'attendanceSummary',
                preTestMean: 'preTestAverage',
                postTestMean: 'postTestAverage',
              },
            },
          ],
        },
      ],
    },
    {
      key: 'menunggu_survei',
      kind: 'process',
      name: { id: 'Survei kepuasan', en: 'Satisfaction survey' },
      description: {
        id: 'Pemohon mengisi Survei Kepuasan Masyarakat atas layanan pelatihan yang diterima',
        en: 'The requester answers the public satisfaction survey on the training received',
      },
      role: REQUESTER_LANE,
      requiredInputs: [],
      timeStandard: { unit: 'hari_kerja', value: 10 },
      output: 'Survei kepuasan masyarakat terisi',
      actions: [
        {
          key: 'submit_survey',
          label: { id: 'Kirim survei', en: 'Submit survey' },
          publicLabel: {
            id: 'Terima kasih, survei telah diterima',
            en: 'Thank you, survey received',
          },
          to: 'selesai',
          actor: 'requester',
          effects: [{ type: 'recordSurvey' }],
        },
        {
          key: 'auto_close',
          label: { id: 'Tutup otomatis', en: 'Close automatically' },
          publicLabel: { id: 'Layanan selesai', en: 'Service completed' },
          to: 'selesai',
          actor: 'system',
        },
      ],
    },
    {
      key: 'selesai',
      kind: 'end',
      name: { id: 'Selesai', en: 'Closed' },
      description: {
        id: 'Layanan selesai dan seluruh dokumen permohonan diarsipkan',
        en: 'Service completed and all request documents archived',
      },
      role: 'petugas_layanan',
      requiredInputs: [],
      output: 'Arsip layanan',
      actions: [],
    },
    {
      key: 'ditolak',
      kind: 'end',
      name: { id: 'Ditolak', en: 'Rejected' },
      description: {
        id: 'Menyampaikan pemberitahuan penolakan beserta alasannya kepada pemohon',
        en: 'Notify the requester of the rejection and its reasons',
      },
      role: 'petugas_layanan',
      requiredInputs: [],
      output: 'Surat pemberitahuan penolakan',
      actions: [],
    },
    {
      key: 'dibatalkan',
      kind: 'end',
      name: { id: 'Dibatalkan', en: 'Cancelled' },
      description: {
        id: 'Permohonan dibatalkan oleh pemohon',
        en: 'The requester cancelled the request',
      },
      role: REQUESTER_LANE,
      requiredInputs: [],
      output: 'Permohonan dibatalkan',
      actions: [],
    },
    {
      key: 'ditutup_tidak_lengkap',
      kind: 'end',
      name: { id: 'Ditutup (tidak lengkap)', en: 'Closed (incomplete)' },
      description: {
        id: 'Permohonan ditutup otomatis karena berkas tidak dilengkapi dalam batas waktu',
        en: 'The request is closed automatically because documents were not completed in time',
      },
      role: SYSTEM_LANE,
      requiredInputs: [],
      output: 'Permohonan ditutup',
      actions: [],
    },
  ],
  globalActions: [
    {
      key: 'cancel',
      label: { id: 'Batalkan permohonan', en: 'Cancel request' },
      publicLabel: { id: 'Permohonan dibatalkan oleh pemohon', en: 'Cancelled by the requester' },
      to: 'dibatalkan',
      actor: 'requester',
      // Once scheduled, instructors and equipment are committed; cancelling then goes through
      // the complaints channel, not a button.
      from: ['diterima', 'menunggu_kelengkapan', 'asesmen_kebutuhan', 'persetujuan', 'penjadwalan'],
      inputs: [
        { key: 'reason', label: { id: 'Alasan', en: 'Reason' }, type: 'text', required: false },
      ],
      effects: [{ type: 'withdrawRequest' }],
    },
  ],
};
