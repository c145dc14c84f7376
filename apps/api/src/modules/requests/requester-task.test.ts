import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { DEMO_ACCESS_TOKEN } from '@blk/db/seed';
import { testDatabaseKinds } from '@blk/db/testing';
import { describe, expect, it } from 'vitest';
import { apiForSuite } from '../../testing/suite-api';
import { transition } from '../workflow/test-helpers';

// The server reads its attachment folder from the environment (createApp → loadEnv).
process.env.BLK_ATTACHMENTS_DIR = await fs.mkdtemp(path.join(os.tmpdir(), 'blk-answer-'));

const PDF = Buffer.from('%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n');

const TRACK = /* GraphQL */ `
  query ($code: String!, $token: String) {
    trackTrainingRequest(trackingCode: $code, accessToken: $token) {
      stepKey
      requesterTask {
        actionKey actionLabel dueAt
        asked { label text }
        fileInput { key label required }
        noteInput { key label required }
      }
    }
  }
`;
const ANSWER = /* GraphQL */ `
  mutation ($code: String!, $token: String!, $uploads: [ID!]!, $note: String) {
    answerRequesterTask(trackingCode: $code, accessToken: $token, uploadIds: $uploads, note: $note) {
      __typename
      ... on TrackedTrainingRequest { stepKey requesterTask { actionKey } }
      ... on ValidationError { issues { path code message } }
      ... on Error { code }
    }
  }
`;
const DETAIL = /* GraphQL */ `
  query ($id: ID!) {
    trainingRequest(id: $id) {
      state version
      attachments { id kind fileName uploadedByName }
      events { action details { key label type text attachments { id fileName } } }
    }
  }
`;

interface Tracked {
  stepKey: string;
  requesterTask: {
    actionKey: string;
    actionLabel: string;
    dueAt: string | null;
    asked: { label: string; text: string }[];
    fileInput: { key: string; required: boolean } | null;
    noteInput: { key: string } | null;
  } | null;
}
interface Detail {
  state: string;
  version: number;
  attachments: { id: string; kind: string; fileName: string; uploadedByName: string | null }[];
  events: {
    action: string;
    details: {
      key: string;
      label: string;
      type: string;
      text: string;
      attachments: { id: string }[];
    }[];
  }[];
}

describe.each(testDatabaseKinds())('the requester answers a return on %s', (kind) => {
  const { api, staff } = apiForSuite(kind, { signedIn: ['petugas'] });

  async function upload(name: string): Promise<string> {
    const form = new FormData();
    form.append('file', new Blob([PDF], { type: 'application/pdf' }), name);
    const res = await fetch(`${api.url}/uploads`, { method: 'POST', body: form });
    const body = (await res.json()) as { uploadId: string };
    return body.uploadId;
  }

  /** A fresh request returned by the front desk with a note, as the seeded one at verification. */
  async function returned(note: string) {
    const r = await api.db.prisma.trainingRequest.findFirstOrThrow({
      where: { state: 'diterima' },
      orderBy: { trackingCode: 'asc' },
    });
    const res = await transition(api, staff.petugas, r.id, 'return_for_completion', r.version, {
      missingItems: note,
    });
    expect(res.state).toBe('menunggu_kelengkapan');
    return r;
  }

  it('shows the note and the deadline, takes the documents back, and hands them to the front desk', async () => {
    const r = await returned('Surat belum ditandatangani kepala desa');
    const tracked = await api.gql<{ trackTrainingRequest: Tracked }>(TRACK, {
      code: r.trackingCode,
      token: DEMO_ACCESS_TOKEN,
    });
    const task = tracked.data?.trackTrainingRequest.requesterTask;
    expect(task?.actionKey).toBe('complete');
    expect(task?.asked).toEqual([
      { label: 'Kekurangan berkas', text: 'Surat belum ditandatangani kepala desa' },
    ]);
    expect(task?.fileInput).toMatchObject({ key: 'documents', required: true });
    expect(task?.dueAt).toBeTruthy();

    // Told by SMS always (the phone is required), and by e-mail when one was given, with the
    // note and the deadline in the message.
    const requester = await api.db.prisma.requester.findUniqueOrThrow({
      where: { id: r.requesterId },
    });
    const told = await api.db.prisma.notificationOutbox.findMany({
      where: {
        template: 'request_menunggu_kelengkapan',
        payload: { path: ['trackingCode'], equals: r.trackingCode },
      },
      orderBy: { channel: 'asc' },
    });
    expect(told.map((m) => [m.channel, m.recipient])).toEqual([
      ...(requester.email ? [['email', requester.email]] : []),
      ['sms', requester.phone],
    ]);
    for (const m of told)
      expect(m.payload).toMatchObject({
        missingItems: 'Surat belum ditandatangani kepala desa',
        dueAt: task?.dueAt,
      });

    // Without the document the SOP asks for: refused, nothing recorded.
    const empty = await api.gql<{
      answerRequesterTask: { __typename: string; issues?: { path: string; code: string }[] };
    }>(ANSWER, { code: r.trackingCode, token: DEMO_ACCESS_TOKEN, uploads: [], note: 'x' });
    expect(empty.data?.answerRequesterTask.__typename).toBe('ValidationError');
    expect(empty.data?.answerRequesterTask.issues?.[0]?.path).toBe('uploadIds');

    const uploads = [await upload('surat-ttd.pdf'), await upload('lampiran.pdf')];
    const answered = await api.gql<{ answerRequesterTask: Tracked & { __typename: string } }>(
      ANSWER,
      { code: r.trackingCode, token: DEMO_ACCESS_TOKEN, uploads, note: 'Sudah ditandatangani' },
    );
    expect(answered.data?.answerRequesterTask).toMatchObject({
      __typename: 'TrackedTrainingRequest',
      stepKey: 'diterima',
      requesterTask: null,
    });

    // The front desk sees the note, the documents, and the return note on the history.
    const detail = await api.gql<{ trainingRequest: Detail }>(
      DETAIL,
      { id: r.id },
      { cookie: staff.petugas },
    );
    const req = detail.data?.trainingRequest as Detail;
    expect(req.state).toBe('diterima');
    const sent = req.attachments.filter((a) => a.kind === 'berkas_pelengkap');
    expect(sent.map((a) => a.fileName).sort()).toEqual(['lampiran.pdf', 'surat-ttd.pdf']);
    expect(sent.every((a) => a.uploadedByName === null)).toBe(true);
    const completion = req.events.findLast((e) => e.action === 'complete');
    expect(completion?.details.map((d) => [d.key, d.text])).toEqual([
      ['documents', ''],
      ['note', 'Sudah ditandatangani'],
    ]);
    expect(completion?.details[0]?.attachments.map((a) => a.id).sort()).toEqual(
      sent.map((a) => a.id).sort(),
    );
    const ret = req.events.findLast((e) => e.action === 'return_for_completion');
    expect(ret?.details).toEqual([
      {
        key: 'missingItems',
        label: 'Kekurangan berkas',
        type: 'text',
        text: 'Surat belum ditandatangani kepala desa',
        attachments: [],
      },
    ]);

    // Answered once: a second answer finds no task.
    const again = await api.gql<{ answerRequesterTask: { __typename: string; code?: string } }>(
      ANSWER,
      { code: r.trackingCode, token: DEMO_ACCESS_TOKEN, uploads: [], note: 'lagi' },
    );
    expect(again.data?.answerRequesterTask.code).toBe('TRANSITION_NOT_ALLOWED');
  });

  it('refuses a wrong token as NOT_FOUND and leaves the request waiting', async () => {
    const r = await returned('Stempel');
    const res = await api.gql<{ answerRequesterTask: { code?: string } }>(ANSWER, {
      code: r.trackingCode,
      token: 'AAAA-BBBB-CCCC-DDDD',
      uploads: [await upload('x.pdf')],
    });
    expect(res.data?.answerRequesterTask.code ?? res.errors?.[0]?.extensions?.code).toBe(
      'NOT_FOUND',
    );
    const after = await api.db.prisma.trainingRequest.findUniqueOrThrow({ where: { id: r.id } });
    expect(after.state).toBe('menunggu_kelengkapan');
  });
});
