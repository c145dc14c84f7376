import { testDatabaseKinds } from '@blk/db/testing';
import { DEFAULT_SOP, layoutSopTable, type SopTableLayout } from '@blk/sop';
import { beforeAll, describe, expect, it } from 'vitest';
import { downloadFrom } from '../../testing/download';
import { storeApiKey } from '../../testing/fixtures';
import { contentTextLines, pdfContentStreams, pdfPaths, pdfText } from '../../testing/pdf-text';
import { apiForSuite } from '../../testing/suite-api';
import { loadRoleDirectory, sopDocument } from './sop-rendering';

/**
 * What the flow pages of an SOP PDF draw, in words: each symbol and connector with the lane (and
 * row) it sits in, read from the PDF's own operators; lanes and rows are located with the layout.
 */
function describeFlowPages(streams: readonly string[], layout: SopTableLayout): string {
  const flowPages = streams.slice(-layout.pages.length);
  const out: string[] = [];
  flowPages.forEach((content, p) => {
    const page = layout.pages[p];
    out.push(`== Halaman tabel ${p + 1} ==`);
    const laneAt = (x: number) => layout.lanes.find((l) => x >= l.x && x <= l.x + l.w)?.label;
    const rowAt = (y: number) => page?.rows.find((r) => y >= r.y && y <= r.y + r.h)?.no;
    for (const path of pdfPaths(content)) {
      if (path.paint !== 'B') continue;
      const xs = path.points.map((q) => q[0]);
      const ys = path.points.map((q) => q[1]);
      const cx = (Math.min(...xs) + Math.max(...xs)) / 2;
      const cy = (Math.min(...ys) + Math.max(...ys)) / 2;
      const kind = path.curved
        ? 'terminator'
        : path.points.length === 5
          ? 'connector'
          : path.points.length === 4 && new Set(xs.map((x) => x.toFixed(2))).size === 3
            ? 'decision'
            : 'process';
      const row = rowAt(cy);
      out.push(
        `${kind} ${row ? `baris ${row}` : cy < (page?.rows[0]?.y ?? 0) ? 'atas' : 'bawah'} lajur ${laneAt(cx)}`,
      );
    }
    const arrows = pdfPaths(content).filter(
      (q) => q.paint === 'S' && !q.closed && q.points.length > 1,
    );
    out.push(`garis: ${arrows.length}, putus-putus: ${arrows.filter((q) => q.dashed).length}`);
  });
  return out.join('\n');
}

describe.each(testDatabaseKinds())('printable documents on %s', (kind) => {
  const { api, staff } = apiForSuite(kind, { signedIn: ['petugas'] });
  let published: string;
  let draft: string;
  let participantId: string;
  let uncertified: string;
  const apiKey = 'blk_test_documents_key_0123456789';

  const get = (path: string, headers?: Record<string, string>) => downloadFrom(api, path, headers);
  const isPdf = (bytes: Uint8Array) =>
    Buffer.from(bytes.slice(0, 5)).toString('latin1') === '%PDF-';

  beforeAll(async () => {
    const v1 = await api.db.prisma.sopVersion.findFirstOrThrow({ where: { status: 'published' } });
    published = v1.id;
    draft = (
      await api.db.prisma.sopVersion.create({
        data: { sopId: v1.sopId, versionNo: 2, status: 'draft', definition: DEFAULT_SOP as object },
      })
    ).id;
    await storeApiKey(api, apiKey, ['catalog:read', 'reports:read'], 'Portal');
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
      'Dasar Hukum:',
      'Kualifikasi Pelaksana:',
      'Disahkan oleh',
      'Kegiatan',
      'Pelaksana',
      'Mutu Baku',
      'Kelengkapan',
      'Waktu',
      'Output',
      'Keterangan',
    ])
      expect(text).toContain(label);
    expect(text).toContain('Versi 1 (berlaku)');
    expect(text).toContain('Petugas');
    expect(text).toContain('Kepala Bidang');
  });

  it('draws the flow inside the activity table: lanes, symbols in their lanes, connectors at the break (golden)', async () => {
    const res = await get(`/documents/sop/${draft}.pdf`, { cookie: staff.petugas });
    expect(res.status).toBe(200);
    const streams = pdfContentStreams(res.bytes);
    const document = sopDocument(DEFAULT_SOP, await loadRoleDirectory(api.db.prisma, 'id'), 'id');
    if (!document) throw new Error('the default SOP renders');
    const layout = layoutSopTable(document);
    // Identity page(s) first, then one page per page of the table.
    expect(streams.length).toBe(1 + layout.pages.length);
    const pages = streams.map((s) => contentTextLines(s).join('\n'));
    const flow = describeFlowPages(streams, layout);
    // One diamond per decision (the decision steps and a step's own decision, the front desk's
    // "Lengkap?" right below its row, in its lane), every symbol in its pelaksana's lane and row.
    const decisions = DEFAULT_SOP.steps.filter((s) => s.kind === 'decision' || s.decision);
    expect(decisions).toHaveLength(2);
    expect(flow.match(/^decision /gm)).toHaveLength(decisions.length);
    const desk = document.activities[0]?.roleLabel;
    expect(flow).toContain(`terminator baris 1 lajur ${desk}\ndecision baris 2 lajur ${desk}`);
    for (const a of document.activities) {
      const kind =
        a.kind === 'decision' ? 'decision' : a.kind === 'process' ? 'process' : 'terminator';
      expect(flow).toContain(`${kind} baris ${a.no} lajur ${a.roleLabel}`);
    }
    // Numbered connectors close the first page and open the second.
    expect(flow).toMatch(
      /== Halaman tabel 1 ==[\s\S]*connector bawah[\s\S]*== Halaman tabel 2 ==[\s\S]*connector atas/,
    );
    const golden = pages.map((text, i) => `== PDF halaman ${i + 1} ==\n${text}`).join('\n');
    await expect(`${golden}\n${flow}\n`).toMatchFileSnapshot('./__golden__/sop-document.txt');
    // No English on a signed Indonesian document.
    expect(golden).not.toMatch(/\b(published|draft|Version|Approved)\b/);
  });

  it('prints other versions for staff only, and nothing for unknown ids', async () => {
    expect((await get(`/documents/sop/${draft}.pdf`)).status).toBe(401);
    expect(
      (await get(`/documents/sop/${draft}.pdf`, { authorization: `Bearer ${apiKey}` })).status,
    ).toBe(404);
    const res = await get(`/documents/sop/${draft}.pdf`, { cookie: staff.petugas });
    expect(res.status).toBe(200);
    expect(pdfText(res.bytes)).toContain('Versi 2 (draf)');
    const missing = await get('/documents/sop/not-a-uuid.pdf', { cookie: staff.petugas });
    expect(missing.status).toBe(404);
    expect(JSON.parse(Buffer.from(missing.bytes).toString('utf8'))).toEqual({
      error: { code: 'NOT_FOUND', message: 'Data tidak ditemukan.' },
    });
  });

  it('prints a participant certificate for staff, with the NIK masked', async () => {
    const res = await get(`/documents/certificates/${participantId}.pdf`, {
      cookie: staff.petugas,
    });
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
      (await get(`/documents/certificates/${uncertified}.pdf`, { cookie: staff.petugas })).status,
    ).toBe(404);
  });
});
