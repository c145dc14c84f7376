import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { testDatabaseKinds } from '@blk/db/testing';
import { ATTACHMENT_KINDS, type AttachmentKind } from '@blk/sop';
import { beforeAll, describe, expect, it } from 'vitest';
import { assessmentInput, scheduleInput, trainingRequestInput } from '../../testing/fixtures';
import { apiForSuite } from '../../testing/suite-api';
import { transition } from '../workflow/test-helpers';

// The server reads its attachment folder from the environment (createApp → loadEnv).
process.env.BLK_ATTACHMENTS_DIR = await fs.mkdtemp(path.join(os.tmpdir(), 'blk-visibility-'));

const pdf = (text: string) => Buffer.from(`%PDF-1.7\n% ${text}\n1 0 obj << >> endobj\n%%EOF\n`);

/**
 * Who needs each kind of document to do their step, or to oversee: the front desk verifies the
 * requester's papers, the section and division heads assess and decide on them, the coordinator
 * schedules from the assessment, the instructor teaches under the assignment letter, and the
 * head of office reads what the service produced.
 */
const NEEDS: Record<AttachmentKind, readonly string[]> = {
  surat_permohonan: ['petugas', 'kasi', 'kabid', 'koordinator', 'agus.salim'],
  proposal: ['petugas', 'kasi', 'kabid'],
  berkas_pelengkap: ['petugas', 'kasi', 'kabid'],
  dokumentasi_survei: ['kabid', 'koordinator', 'kadis'],
  laporan_asesmen: ['kabid', 'koordinator', 'kadis'],
  lainnya: ['koordinator', 'kadis'],
  surat_tugas: ['koordinator', 'agus.salim', 'kadis'],
  laporan_pelaksanaan: ['kabid', 'koordinator', 'kadis'],
};

const ATTACHMENTS = /* GraphQL */ `
  query ($id: ID!) {
    trainingRequest(id: $id) {
      attachments { id kind fileName uploadedByName downloadUrl }
    }
  }
`;

interface Listed {
  id: string;
  kind: AttachmentKind;
  fileName: string;
  uploadedByName: string | null;
  downloadUrl: string;
}

describe.each(testDatabaseKinds())('each kind of attachment reaches who needs it on %s', (kind) => {
  const { api } = apiForSuite(kind);
  const cookies: Record<string, string> = {};
  let requestId = '';
  let code = '';
  let token = '';
  /** The bytes sent for each kind (the report is generated: only its kind is known). */
  const sent = new Map<AttachmentKind, Buffer>();

  async function upload(kindOfFile: AttachmentKind): Promise<string> {
    const bytes = pdf(kindOfFile);
    sent.set(kindOfFile, bytes);
    const form = new FormData();
    form.append('file', new Blob([bytes], { type: 'application/pdf' }), `${kindOfFile}.pdf`);
    const res = await fetch(`${api.url}/uploads`, { method: 'POST', body: form });
    return ((await res.json()) as { uploadId: string }).uploadId;
  }
  async function attach(who: string, kindOfFile: AttachmentKind) {
    const res = await api.gql<{ attachFileToRequest: { __typename: string } }>(
      `mutation ($r: ID!, $u: ID!, $k: AttachmentKind!) {
        attachFileToRequest(requestId: $r, uploadId: $u, kind: $k) { __typename } }`,
      { r: requestId, u: await upload(kindOfFile), k: kindOfFile },
      { cookie: cookies[who] },
    );
    expect(res.data?.attachFileToRequest.__typename, `${who} ${kindOfFile}`).toBe(
      'RequestAttachment',
    );
  }
  let version = 1;
  async function act(who: string, action: string, input: Record<string, unknown> = {}) {
    const result = await transition(api, cookies[who], requestId, action, version, input);
    expect(result.__typename, `${who} ${action}: ${JSON.stringify(result)}`).toBe(
      'TrainingRequest',
    );
    version = result.version ?? version;
  }
  async function listed(who: string): Promise<Listed[] | null> {
    const res = await api.gql<{ trainingRequest: { attachments: Listed[] } | null }>(
      ATTACHMENTS,
      { id: requestId },
      { cookie: cookies[who] },
    );
    return res.data?.trainingRequest?.attachments ?? null;
  }

  beforeAll(async () => {
    for (const who of ['petugas', 'kasi', 'kabid', 'koordinator', 'kadis', 'instruktur'])
      cookies[who] = await api.login(`${who}@blk.example`);
    cookies['agus.salim'] = await api.login('agus.salim@blk.example');
    const program = await api.db.prisma.trainingProgram.findFirstOrThrow({
      where: { code: 'OTO-INJ-01' },
    });
    const agus = await api.db.prisma.instructor.findFirstOrThrow({ where: { name: 'Agus Salim' } });

    // The requester: the letter with the request, the proposal afterwards with the token.
    const submitted = await api.gql<{
      submitTrainingRequest: { trackingCode: string; accessToken: string };
    }>(
      `mutation ($input: SubmitTrainingRequestInput!, $letter: ID) {
        submitTrainingRequest(input: $input, letterUploadId: $letter) {
          ... on SubmitTrainingRequestSuccess { trackingCode accessToken } } }`,
      {
        input: trainingRequestInput(program.id, {
          preferredStart: '2027-02-01',
          preferredEnd: '2027-03-31',
        }),
        letter: await upload('surat_permohonan'),
      },
    );
    ({ trackingCode: code, accessToken: token } = submitted.data?.submitTrainingRequest ?? {
      trackingCode: '',
      accessToken: '',
    });
    requestId = (
      await api.db.prisma.trainingRequest.findUniqueOrThrow({
        where: { trackingCode: code.replace('-', '') },
      })
    ).id;
    const proposal = await api.gql<{ attachToTrainingRequest: { __typename: string } }>(
      `mutation ($c: String!, $t: String!, $u: ID!) {
        attachToTrainingRequest(trackingCode: $c, accessToken: $t, uploadId: $u, kind: proposal) {
          __typename } }`,
      { c: code, t: token, u: await upload('proposal') },
    );
    expect(proposal.data?.attachToTrainingRequest.__typename).toBe('RequestAttachment');

    // Each step's role files its documents at its step, then acts.
    await attach('petugas', 'berkas_pelengkap');
    await act('petugas', 'verify');
    await attach('kasi', 'dokumentasi_survei');
    await attach('kasi', 'laporan_asesmen');
    await act('kasi', 'submit_assessment', assessmentInput());
    await attach('kabid', 'lainnya');
    await act('kabid', 'approve');
    await attach('koordinator', 'surat_tugas');
    await act(
      'koordinator',
      'schedule',
      scheduleInput([agus.id], { startDate: '2027-02-01', endDate: '2027-03-05' }),
    );
    await act('agus.salim', 'start', { overrideReason: 'Kapal berangkat lebih awal' });
    await act('agus.salim', 'finish', { overrideReason: 'Kelas uji tanpa peserta' });
    // The report document is generated from the class and attached by the report step itself.
    await act('agus.salim', 'submit_report');
  });

  it('lists every kind, with who filed it, to each role that needs it, and serves the bytes', async () => {
    const names = { petugas: 'Siti Aminah', kasi: 'Bambang Sutrisno', kabid: 'Herlina Wati' };
    for (const role of new Set(Object.values(NEEDS).flat())) {
      const list = await listed(role);
      expect(list, role).not.toBeNull();
      for (const kindOfFile of ATTACHMENT_KINDS.filter((k) => NEEDS[k].includes(role))) {
        const found = list?.filter((a) => a.kind === kindOfFile) ?? [];
        expect(found, `${role} sees ${kindOfFile}`).toHaveLength(1);
        const [attachment] = found;
        if (!attachment) continue;
        const res = await fetch(`${api.url}${attachment.downloadUrl}`, {
          headers: { cookie: cookies[role] ?? '' },
        });
        expect(res.status, `${role} downloads ${kindOfFile}`).toBe(200);
        const body = Buffer.from(await res.arrayBuffer());
        const expected = sent.get(kindOfFile);
        if (expected) expect(body.equals(expected), `${role} ${kindOfFile} bytes`).toBe(true);
        else expect(body.subarray(0, 5).toString('latin1')).toBe('%PDF-');
      }
    }
    // Who filed what: the requester's papers show no staff name; the office's show the officer.
    const all = (await listed('kadis')) ?? [];
    const by = (k: AttachmentKind) => all.find((a) => a.kind === k)?.uploadedByName;
    expect([by('surat_permohonan'), by('proposal')]).toEqual([null, null]);
    expect([by('berkas_pelengkap'), by('laporan_asesmen'), by('lainnya')]).toEqual([
      names.petugas,
      names.kasi,
      names.kabid,
    ]);
    expect(by('surat_tugas')).toBe('Joko Susilo');
    expect(by('laporan_pelaksanaan')).toBe('Agus Salim');
    expect(all.find((a) => a.kind === 'laporan_pelaksanaan')?.fileName).toBe(
      `laporan-pelaksanaan-${code}.pdf`,
    );
  });

  it('hides them all from an instructor of another class, as if they did not exist', async () => {
    expect(await listed('instruktur')).toBeNull();
    const all = (await listed('kadis')) ?? [];
    expect(all).toHaveLength(ATTACHMENT_KINDS.length);
    for (const a of all) {
      const res = await fetch(`${api.url}${a.downloadUrl}`, {
        headers: { cookie: cookies.instruktur ?? '' },
      });
      expect(res.status, a.kind).toBe(404);
    }
  });

  it('serves the requester their own papers and the report with the access token', async () => {
    const all = (await listed('kadis')) ?? [];
    for (const k of ['surat_permohonan', 'proposal', 'laporan_pelaksanaan'] as const) {
      const a = all.find((x) => x.kind === k);
      const res = await fetch(`${api.url}${a?.downloadUrl}?token=${encodeURIComponent(token)}`);
      expect(res.status, k).toBe(200);
    }
    const wrong = all.find((x) => x.kind === 'proposal');
    const res = await fetch(`${api.url}${wrong?.downloadUrl}?token=AAAA-BBBB-CCCC-DDDD`);
    expect(res.status).toBe(404);
  });
});
