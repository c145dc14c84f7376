/**
 * Demo catalogue of the Babel BLK: the programs DOMAIN.md lists, their instructors and the
 * staff accounts. Unit codes are the BLK's own internal codes, not SKKNI numbers.
 */

/** Roles of the office (DOMAIN.md "People"). */
export const ROLES = [
  {
    key: 'petugas_layanan',
    name: 'Petugas Layanan',
    nameEn: 'Front-desk officer',
    description: 'Menerima dan memverifikasi permohonan.',
  },
  {
    key: 'kepala_seksi',
    name: 'Kepala Seksi',
    nameEn: 'Section head',
    description: 'Melakukan kajian kebutuhan dan survei lokasi.',
  },
  {
    key: 'kepala_bidang',
    name: 'Kepala Bidang',
    nameEn: 'Division head',
    description: 'Menyetujui atau menolak permohonan.',
  },
  {
    key: 'koordinator_instruktur',
    name: 'Koordinator Instruktur',
    nameEn: 'Instructor coordinator',
    description: 'Menjadwalkan pelatihan dan menugaskan instruktur.',
  },
  {
    key: 'instruktur',
    name: 'Instruktur',
    nameEn: 'Instructor',
    description: 'Melaksanakan pelatihan dan mencatat kehadiran.',
  },
  {
    key: 'kepala_dinas',
    name: 'Kepala Dinas',
    nameEn: 'Head of office',
    description: 'Melihat seluruh data dan mengesahkan SOP.',
  },
  {
    key: 'admin_sistem',
    name: 'Admin Sistem',
    nameEn: 'System administrator',
    description: 'Mengelola pengguna, peran dan data referensi.',
  },
] as const;

export const KEJURUAN = [
  { code: 'MAN', name: 'Teknik Manufaktur' },
  { code: 'LAS', name: 'Teknik Las' },
  { code: 'OTO', name: 'Otomotif' },
  { code: 'GAR', name: 'Garmen Apparel' },
  { code: 'TIK', name: 'Teknologi Informasi dan Komunikasi' },
  { code: 'ELK', name: 'Elektronika' },
  { code: 'PAR', name: 'Pariwisata' },
  { code: 'PRO', name: 'Processing (Pengolahan Pangan)' },
] as const;

interface ProgramSeed {
  code: string;
  name: string;
  kejuruanCode: string;
  description: string;
  durationDays: number;
  durationJp: number;
  classSize: [min: number, def: number, max: number];
  ages: [min: number | null, max: number | null];
  technical: boolean;
  learningOutcomes: string[];
  units: [title: string, jp: number][];
}

const KTP = 'Memiliki KTP (NIK 16 digit)';
const SITE_BASIC = [
  'Ruangan untuk 16 peserta dengan meja dan kursi',
  'Listrik minimal 2.200 VA',
  'Air bersih dan toilet',
];

export const PROGRAMS: ProgramSeed[] = [
  {
    code: 'MAN-BUB-01',
    name: 'Operator Mesin Bubut',
    kejuruanCode: 'MAN',
    description:
      'Mengoperasikan mesin bubut konvensional untuk membuat komponen sederhana sesuai gambar kerja.',
    durationDays: 20,
    durationJp: 160,
    classSize: [10, 16, 16],
    ages: [17, 35],
    technical: true,
    learningOutcomes: [
      'Membaca gambar teknik',
      'Membubut rata, bertingkat dan tirus',
      'Membuat ulir luar',
    ],
    units: [
      ['Menerapkan K3 di tempat kerja', 8],
      ['Membaca gambar teknik', 24],
      ['Melakukan pekerjaan dengan mesin bubut', 112],
      ['Mengukur dengan alat ukur mekanik presisi', 16],
    ],
  },
  {
    code: 'LAS-SMAW-01',
    name: 'Juru Las SMAW Posisi Bawah Tangan',
    kejuruanCode: 'LAS',
    description: 'Mengelas pelat baja karbon dengan proses las busur manual (SMAW) posisi 1G/1F.',
    durationDays: 14,
    durationJp: 112,
    classSize: [10, 16, 16],
    ages: [17, 35],
    technical: true,
    learningOutcomes: [
      'Menyiapkan mesin las dan elektroda',
      'Mengelas sambungan tumpul dan sudut',
      'Memeriksa hasil las secara visual',
    ],
    units: [
      ['Menerapkan K3 pengelasan', 8],
      ['Menyiapkan peralatan las SMAW', 16],
      ['Mengelas pelat posisi bawah tangan', 80],
      ['Memeriksa hasil las secara visual', 8],
    ],
  },
  {
    code: 'LAS-WBP-01',
    name: 'Pengelasan Dasar bagi Warga Binaan',
    kejuruanCode: 'LAS',
    description: 'Pelatihan singkat pengelasan dasar untuk warga binaan lembaga pemasyarakatan.',
    durationDays: 7,
    durationJp: 35,
    classSize: [10, 16, 16],
    ages: [null, null],
    technical: true,
    learningOutcomes: ['Menerapkan K3 pengelasan', 'Membuat rigi-rigi las dan sambungan sudut'],
    units: [
      ['Menerapkan K3 pengelasan', 5],
      ['Mengelas sambungan sudut posisi bawah tangan', 30],
    ],
  },
  {
    code: 'OTO-INJ-01',
    name: 'Servis Sepeda Motor Injeksi',
    kejuruanCode: 'OTO',
    description:
      'Merawat dan memperbaiki sepeda motor sistem injeksi (PGM-FI/EFI) termasuk diagnosis dengan scanner.',
    durationDays: 20,
    durationJp: 160,
    classSize: [10, 16, 16],
    ages: [17, 35],
    technical: true,
    learningOutcomes: [
      'Servis berkala sepeda motor',
      'Diagnosis sistem injeksi',
      'Perbaikan sistem kelistrikan',
    ],
    units: [
      ['Menerapkan K3 bengkel', 8],
      ['Melakukan servis berkala', 40],
      ['Memperbaiki sistem bahan bakar injeksi', 64],
      ['Memperbaiki sistem kelistrikan sepeda motor', 48],
    ],
  },
  {
    code: 'GAR-JHT-01',
    name: 'Menjahit Pakaian Wanita',
    kejuruanCode: 'GAR',
    description:
      'Membuat pola, memotong dan menjahit blus dan rok wanita dengan mesin jahit high speed.',
    durationDays: 20,
    durationJp: 160,
    classSize: [10, 16, 16],
    ages: [17, 40],
    technical: false,
    learningOutcomes: [
      'Mengukur badan dan membuat pola',
      'Memotong bahan',
      'Menjahit dan menyelesaikan busana',
    ],
    units: [
      ['Mengoperasikan mesin jahit high speed', 24],
      ['Membuat pola busana wanita', 40],
      ['Menjahit blus dan rok', 80],
      ['Melakukan penyelesaian akhir busana', 16],
    ],
  },
  {
    code: 'TIK-DGR-01',
    name: 'Desain Grafis Madya',
    kejuruanCode: 'TIK',
    description:
      'Membuat materi promosi UMKM (logo, kemasan, konten media sosial) dengan perangkat lunak desain.',
    durationDays: 15,
    durationJp: 120,
    classSize: [10, 16, 16],
    ages: [17, 40],
    technical: false,
    learningOutcomes: [
      'Menerapkan prinsip desain',
      'Membuat logo dan kemasan',
      'Menyiapkan berkas cetak dan digital',
    ],
    units: [
      ['Menerapkan prinsip dasar desain', 24],
      ['Mengolah gambar vektor dan bitmap', 56],
      ['Membuat desain kemasan dan media promosi', 40],
    ],
  },
  {
    code: 'TIK-PKM-01',
    name: 'Perakitan dan Perawatan Komputer',
    kejuruanCode: 'TIK',
    description:
      'Merakit komputer, memasang sistem operasi, dan merawat perangkat keras serta jaringan sederhana.',
    durationDays: 14,
    durationJp: 112,
    classSize: [10, 16, 16],
    ages: [17, 35],
    technical: true,
    learningOutcomes: [
      'Merakit PC',
      'Menginstal sistem operasi dan aplikasi',
      'Merawat dan memperbaiki komputer',
    ],
    units: [
      ['Merakit personal computer', 32],
      ['Menginstal sistem operasi dan aplikasi', 32],
      ['Melakukan perawatan dan perbaikan PC', 32],
      ['Memasang jaringan lokal sederhana', 16],
    ],
  },
  {
    code: 'ELK-THP-01',
    name: 'Teknisi Telepon Seluler',
    kejuruanCode: 'ELK',
    description: 'Memperbaiki kerusakan perangkat keras dan perangkat lunak telepon seluler.',
    durationDays: 15,
    durationJp: 120,
    classSize: [10, 16, 16],
    ages: [17, 35],
    technical: true,
    learningOutcomes: [
      'Diagnosis kerusakan ponsel',
      'Mengganti komponen',
      'Memasang ulang perangkat lunak (flashing)',
    ],
    units: [
      ['Menerapkan K3 elektronika', 8],
      ['Mendiagnosis kerusakan telepon seluler', 32],
      ['Memperbaiki perangkat keras telepon seluler', 48],
      ['Memperbaiki perangkat lunak telepon seluler', 32],
    ],
  },
  {
    code: 'PAR-BAR-01',
    name: 'Barista',
    kejuruanCode: 'PAR',
    description:
      'Menyajikan minuman kopi espresso dan manual brew, termasuk pengenalan kopi lokal Bangka Belitung.',
    durationDays: 10,
    durationJp: 80,
    classSize: [10, 16, 16],
    ages: [17, 40],
    technical: false,
    learningOutcomes: [
      'Mengenal biji dan sangrai kopi',
      'Membuat espresso dan minuman berbasis susu',
      'Manual brew',
    ],
    units: [
      ['Menerapkan higiene dan sanitasi', 8],
      ['Mengoperasikan mesin espresso', 40],
      ['Menyajikan kopi manual brew', 24],
      ['Melayani pelanggan', 8],
    ],
  },
  {
    code: 'PRO-PST-01',
    name: 'Pembuatan Pastry dan Bakery',
    kejuruanCode: 'PRO',
    description:
      'Membuat roti, kue kering dan pastry untuk usaha rumahan, dengan perhitungan biaya produksi.',
    durationDays: 10,
    durationJp: 80,
    classSize: [10, 16, 16],
    ages: [17, 40],
    technical: false,
    learningOutcomes: [
      'Membuat adonan roti manis',
      'Membuat puff pastry',
      'Menghitung harga pokok produksi',
    ],
    units: [
      ['Menerapkan higiene dan sanitasi pangan', 8],
      ['Membuat roti dan kue', 40],
      ['Membuat pastry', 24],
      ['Menghitung biaya produksi dan mengemas produk', 8],
    ],
  },
];

/** Program requirements derived from its age rule, so the text cannot disagree with it. */
export function programRequirements(p: ProgramSeed): string[] {
  const [min, max] = p.ages;
  const age =
    min !== null && max !== null
      ? [`Usia ${min}-${max} tahun`]
      : ['Ketentuan peserta mengikuti aturan lembaga pemasyarakatan'];
  return [KTP, ...age, 'Sehat jasmani dan rohani', 'Bersedia mengikuti pelatihan sampai selesai'];
}

export function programSiteRequirements(p: ProgramSeed): string[] {
  const extra: Record<string, string[]> = {
    MAN: ['Lantai kerja yang kuat untuk mesin bubut portabel', 'Listrik 3 fase atau genset 10 kVA'],
    LAS: ['Area kerja berventilasi baik', 'Listrik minimal 4.400 VA atau genset las'],
    OTO: ['Area bengkel beratap', 'Minimal 4 unit sepeda motor injeksi untuk praktik'],
    TIK: ['Stop kontak untuk 16 laptop/PC', 'Proyektor atau layar'],
    ELK: ['Meja kerja yang terang', 'Stop kontak untuk solder'],
    PAR: ['Dapur atau meja saji dengan air bersih'],
    PRO: ['Dapur dengan kompor gas dan oven', 'Air bersih'],
    GAR: ['Meja potong bahan'],
  };
  return [...SITE_BASIC, ...(extra[p.kejuruanCode] ?? [])];
}

interface InstructorSeed {
  name: string;
  nip: string;
  phone: string;
  homeIsland: 'Bangka' | 'Belitung';
  programs: string[];
}

export const INSTRUCTORS: InstructorSeed[] = [
  {
    name: 'Rudi Hartono',
    nip: '197803122005011003',
    phone: '+6281373001101',
    homeIsland: 'Bangka',
    programs: ['MAN-BUB-01'],
  },
  {
    name: 'Slamet Riyadi',
    nip: '198104052008011012',
    phone: '+6281373001102',
    homeIsland: 'Bangka',
    programs: ['LAS-SMAW-01', 'LAS-WBP-01'],
  },
  {
    name: 'Dedi Kurniawan',
    nip: '198509172010011007',
    phone: '+6281373001103',
    homeIsland: 'Belitung',
    programs: ['LAS-SMAW-01', 'LAS-WBP-01', 'MAN-BUB-01'],
  },
  {
    name: 'Agus Salim',
    nip: '198202202009011004',
    phone: '+6281373001104',
    homeIsland: 'Bangka',
    programs: ['OTO-INJ-01'],
  },
  {
    name: 'Yuliana Sari',
    nip: '198707112011012009',
    phone: '+6281373001105',
    homeIsland: 'Bangka',
    programs: ['GAR-JHT-01'],
  },
  {
    name: 'Nurhasanah',
    nip: '199001252014022001',
    phone: '+6281373001106',
    homeIsland: 'Belitung',
    programs: ['GAR-JHT-01', 'PRO-PST-01'],
  },
  {
    name: 'Fajar Nugroho',
    nip: '199203142015031002',
    phone: '+6281373001107',
    homeIsland: 'Bangka',
    programs: ['TIK-DGR-01', 'TIK-PKM-01'],
  },
  {
    name: 'Hendra Wijaya',
    nip: '198811302012121001',
    phone: '+6281373001108',
    homeIsland: 'Belitung',
    programs: ['TIK-PKM-01', 'ELK-THP-01'],
  },
  {
    name: 'Indra Gunawan',
    nip: '199106062016011005',
    phone: '+6281373001109',
    homeIsland: 'Bangka',
    programs: ['ELK-THP-01'],
  },
  {
    name: 'Maya Anggraini',
    nip: '199304182017032003',
    phone: '+6281373001110',
    homeIsland: 'Bangka',
    programs: ['PAR-BAR-01', 'PRO-PST-01'],
  },
  {
    name: 'Rizky Pratama',
    nip: '199508222019031006',
    phone: '+6281373001111',
    homeIsland: 'Belitung',
    programs: ['PAR-BAR-01', 'OTO-INJ-01'],
  },
];

/** The documented demo password of every seeded staff account (README, "Demo logins"). */
export const DEMO_PASSWORD = 'BlkDemo#2026';

export const STAFF = [
  { email: 'petugas@blk.example', name: 'Siti Aminah', roleKey: 'petugas_layanan' },
  {
    email: 'kasi@blk.example',
    name: 'Bambang Sutrisno',
    roleKey: 'kepala_seksi',
    nip: '198106232006041002',
  },
  { email: 'kabid@blk.example', name: 'Herlina Wati', roleKey: 'kepala_bidang' },
  { email: 'koordinator@blk.example', name: 'Joko Susilo', roleKey: 'koordinator_instruktur' },
  {
    email: 'instruktur@blk.example',
    name: 'Rudi Hartono',
    roleKey: 'instruktur',
    instructorNip: '197803122005011003',
  },
  {
    email: 'kadis@blk.example',
    name: 'Drs. Ahmad Fauzi, M.Si.',
    roleKey: 'kepala_dinas',
    nip: '197206151998031004',
  },
  { email: 'admin@blk.example', name: 'Admin Sistem', roleKey: 'admin_sistem' },
] as const;
