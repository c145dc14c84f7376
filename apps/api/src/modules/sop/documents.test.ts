import { hashToken } from '@blk/db';
import { testDatabaseKinds } from '@blk/db/testing';
import { DEFAULT_SOP } from '@blk/sop';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../../testing/api';
import { pdfText } from '../../testing/pdf-text';

describe.each(testDatabaseKinds())('printable documents on %s', (kind) => {
  let api: TestApi;
  let staff: string;
  let published: string;
  let draft: string;
  let participantId: string;
  let uncertified: string;
  const apiKey = 'blk_test_documents_key_0123456789';

  const get = async (path: string, headers: Record<string, string> = {}) => {
    const res = await fetch(`${api.url}${path}`, { headers });
    const bytes = new Uint8Array(await res.arrayBuffer());
    return { status: res.status, type: res.headers.get('content-type') ?? '', bytes };
  };
  const isPdf = (bytes: Uint8Array) =>
    Buffer.from(bytes.slice(0, 5)).toString('latin1') === '%PDF-';

  beforeAll(async () => {
    api = await startTestApi(kind);
    staff = await api.login('petugas@blk.example');
    const v1 = await api.db.prisma.sopVersion.findFirstOrThrow({ where: { status: 'published' } });
    published = v1.id;
    draft = (
      await api.db.prisma.sopVersion.create({
        data: { sopId: v1.sopId, versionNo: 2, status: 'draft', definition: DEFAULT_SOP as object },
      })
    ).id;
    const admin = await api.db.prisma.staffUser.findFirstOrThrow({
      where: { roleKey: 'admin_sistem' },
    });
    await api.db.prisma.apiKey.create({
      data: {
        name: 'Portal',
        prefix: apiKey.slice(0, 8),
        keyHash: hashToken(apiKey),
        mode: 'test',
        scopes: ['catalog:read', 'reports:read'],
        createdById: admin.id,
      },
    });
    const request = await api.db.prisma.trainingRequest.findFirstOrThrow({
      where: { state: 'selesai' },
    });
    const program = await api.db.prisma.trainingProgram.findFirstOrThrow({
      where: { code: 'GAR-JHT-01' },
    });
    // A request has one standing class at most (TrainingSchedule_one_open_per_request): this
    // test's class with known participants takes the place of the seeded one.
    await api.db.prisma.trainingSchedule.updateMany({
      where: { requestId: request.id, cancelledAt: null },
      data: { cancelledAt: new Date() },
    });
    const schedule = await api.db.prisma.trainingSchedule.create({
      data: {
        requestId: request.id,
        programId: program.id,
        startDate: new Date('2026-10-05T00:00:00Z'),
        endDate: new Date('2026-10-09T00:00:00Z'),
        venue: 'Balai Desa Nibung',
        island: 'Bangka',
        sessions: {
          create: ['05', '06', '07', '08', '09'].map((d) => ({
            date: new Date(`2026-10-${d}T00:00:00Z`),
            startTime: '08:00',
            endTime: '16:00',
            jp: 8,
          })),
        },
        participants: {
          create: [
            {
              nik: '1904015001990001',
              name: 'Siti Rahmawati',
              birthDate: new Date('1999-01-10T00:00:00Z'),
              sex: 'P',
              certificateNo: 'BLK-OTS/2026/0042',
            },
            {
              nik: '1904011002980002',
              name: 'Budi Santoso',
              birthDate: new Date('1998-02-10T00:00:00Z'),
              sex: 'L',
            },
          ],
        },
      },
      include: { participants: true },
    });
    participantId = schedule.participants.find((p) => p.certificateNo)?.id ?? '';
    uncertified = schedule.participants.find((p) => !p.certificateNo)?.id ?? '';
  });
  afterAll(async () => {
    await api?.close();
  });

  it('prints the SOP in force for anyone: identity block and activity table with mutu baku', async () => {
    const res = await get(`/documents/sop/${published}.pdf`);
    expect(res.status).toBe(200);
    expect(res.type).toBe('application/pdf');
    expect(isPdf(res.bytes)).toBe(true);
    const text = pdfText(res.bytes);
    expect(text).toContain('STANDAR OPERASIONAL PROSEDUR');
    expect(text).toContain(DEFAULT_SOP.identity.name);
    expect(text).toContain(DEFAULT_SOP.identity.number);
    for (const label of [
      'Dasar Hukum',
      'Kualifikasi Pelaksana',
      'Uraian Kegiatan',
      'Pelaksana',
      'Keterangan',
    ])
      expect(text).toContain(label);
    expect(text).toMatch(/Mutu Baku:\s*\n?\s*Waktu|Mutu Baku: Waktu/);
    expect(text).toContain('Petugas Layanan');
    expect(text).toContain('Kepala Bidang');
  });

  it('prints other versions for staff only, and nothing for unknown ids', async () => {
    expect((await get(`/documents/sop/${draft}.pdf`)).status).toBe(401);
    expect(
      (await get(`/documents/sop/${draft}.pdf`, { authorization: `Bearer ${apiKey}` })).status,
    ).toBe(404);
    const res = await get(`/documents/sop/${draft}.pdf`, { cookie: staff });
    expect(res.status).toBe(200);
    expect(pdfText(res.bytes)).toContain('Versi 2 (draft)');
    const missing = await get('/documents/sop/not-a-uuid.pdf', { cookie: staff });
    expect(missing.status).toBe(404);
    expect(JSON.parse(Buffer.from(missing.bytes).toString('utf8'))).toEqual({
      error: { code: 'NOT_FOUND', message: 'Data tidak ditemukan.' },
    });
  });

  it('prints a participant certificate for staff, with the NIK masked', async () => {
    const res = await get(`/documents/certificates/${participantId}.pdf`, { cookie: staff });
    expect(res.status).toBe(200);
    expect(isPdf(res.bytes)).toBe(true);
    const text = pdfText(res.bytes);
    expect(text).toContain('SERTIFIKAT PELATIHAN');
    expect(text).toContain('Siti Rahmawati');
    expect(text).toContain('NIK: ************0001');
    expect(text).toContain('Nomor: BLK-OTS/2026/0042');
    expect(text).toContain('5 Oktober 2026 s.d. 9 Oktober 2026');
    expect(text).toContain('selama 40 jam pelajaran (JP)');
    expect(Buffer.from(res.bytes).toString('latin1')).not.toContain('1904015001990001');
  });

  it('refuses certificates to the public and to API keys, and has none for the uncertified', async () => {
    const path = `/documents/certificates/${participantId}.pdf`;
    expect((await get(path)).status).toBe(401);
    expect((await get(path, { authorization: `Bearer ${apiKey}` })).status).toBe(403);
    expect(
      (await get(`/documents/certificates/${uncertified}.pdf`, { cookie: staff })).status,
    ).toBe(404);
  });
});
