import type { PrismaClient } from '../generated/prisma/client';

/**
 * The demo's public consultation (UU 25/2009 pasal 20(2)): one forum on the draft SOP and service
 * standard before version 1 of each was signed, as the seed article says they were settled with
 * academics, KSPSI, Apindo and agencies. The people are made up.
 */
const FORUM = {
  heldOn: new Date('2025-11-20T00:00:00Z'),
  place: 'Aula Dinas Tenaga Kerja Provinsi Kepulauan Bangka Belitung, Pangkalpinang',
  participants: [
    {
      name: 'Dr. Rina Oktaviani',
      organisation: 'Universitas Bangka Belitung',
      category: 'akademisi',
    },
    {
      name: 'Hendra Saputra',
      organisation: 'DPD KSPSI Provinsi Kepulauan Bangka Belitung',
      category: 'serikat_pekerja',
    },
    {
      name: 'Sari Wulandari',
      organisation: 'DPP Apindo Provinsi Kepulauan Bangka Belitung',
      category: 'asosiasi_pengusaha',
    },
    {
      name: 'Agus Salim',
      organisation: 'Lapas Narkotika Kelas IIA Pangkalpinang',
      category: 'instansi',
    },
    { name: 'Maryam', organisation: 'Pemerintah Desa Kimak, Bangka', category: 'masyarakat' },
  ],
  inputs: [
    {
      input: 'Survei lokasi sebaiknya dijadwalkan bersama pemohon agar perangkat desa hadir.',
      decision: 'accepted',
      reason: null,
    },
    {
      input: 'Waktu penjadwalan 10 hari kerja terlalu lama untuk pemohon di Belitung.',
      decision: 'changed',
      reason:
        'Penjadwalan menjadi 5 hari kerja; perjalanan ke Belitung tetap direncanakan bersama.',
    },
    {
      input: 'Peserta dari luar provinsi diizinkan ikut.',
      decision: 'rejected',
      reason: 'Program dibiayai APBD provinsi untuk warga Kepulauan Bangka Belitung.',
    },
  ],
} as const;

/**
 * Records the forum on version 1 of the SOP and of the standard when they have none. A
 * consultation can only be written while its version is a draft (trigger
 * `PublicConsultation_draft_only`), so each version is a draft again for the length of its own
 * transaction, as it was when the forum was held.
 */
export async function seedDemoConsultations(prisma: PrismaClient): Promise<number> {
  let added = 0;
  const sop = await prisma.sopVersion.findFirst({
    where: { versionNo: 1, consultations: { none: {} } },
  });
  const std = await prisma.serviceStandardVersion.findFirst({
    where: { versionNo: 1, consultations: { none: {} } },
  });
  const data = {
    heldOn: FORUM.heldOn,
    place: FORUM.place,
    participants: { create: FORUM.participants.map((p, position) => ({ position, ...p })) },
    inputs: { create: FORUM.inputs.map((i, position) => ({ position, ...i })) },
  };
  if (sop) {
    await prisma.$transaction(async (tx) => {
      const keep = { updatedAt: sop.updatedAt };
      await tx.sopVersion.update({ where: { id: sop.id }, data: { status: 'draft', ...keep } });
      await tx.publicConsultation.create({ data: { sopVersionId: sop.id, ...data } });
      await tx.sopVersion.update({ where: { id: sop.id }, data: { status: sop.status, ...keep } });
    });
    added++;
  }
  if (std) {
    await prisma.$transaction(async (tx) => {
      const keep = { updatedAt: std.updatedAt };
      await tx.serviceStandardVersion.update({
        where: { id: std.id },
        data: { status: 'draft', ...keep },
      });
      await tx.publicConsultation.create({ data: { serviceStandardVersionId: std.id, ...data } });
      await tx.serviceStandardVersion.update({
        where: { id: std.id },
        data: { status: std.status, ...keep },
      });
    });
    added++;
  }
  return added;
}
