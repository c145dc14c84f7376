import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { testDatabaseKinds } from '@blk/db/testing';
import { beforeAll, describe, expect, it } from 'vitest';
import { demoClassUnderWay, participantInput } from '../../testing/fixtures';
import { apiForSuite } from '../../testing/suite-api';

// The server reads its attachment folder from the environment (createApp → loadEnv).
process.env.BLK_ATTACHMENTS_DIR = await fs.mkdtemp(path.join(os.tmpdir(), 'blk-ntk-'));

const PDF = Buffer.from('%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n');
const NIK = '1971011203980001';

const CLASS = /* GraphQL */ `
  query ($id: ID!) {
    schedule(id: $id) {
      id
      participants { id nik name birthDate phone address attendance { status } }
      request { requester { contactName phone email } }
    }
  }
`;
const REQUEST = /* GraphQL */ `
  query ($id: ID!) {
    trainingRequest(id: $id) { id requester { contactName phone email } attachments { id } }
  }
`;
const LIST = /* GraphQL */ `
  query {
    trainingRequests(first: 100) {
      edges { node { id requester { contactName phone email } schedules { cancelledAt instructors { instructorId } } } }
    }
  }
`;
const REVEAL = /* GraphQL */ `
  mutation ($id: ID!) {
    revealParticipantNik(participantId: $id) {
      __typename
      ... on RevealedNik { participantId nik }
      ... on Error { code }
    }
  }
`;
const ATTACH = /* GraphQL */ `
  mutation ($request: ID!, $upload: ID!, $kind: AttachmentKind!) {
    attachFileToRequest(requestId: $request, uploadId: $upload, kind: $kind) {
      __typename
      ... on RequestAttachment { id kind }
      ... on ValidationError { issues { path code } }
      ... on Error { code }
    }
  }
`;

interface Contact {
  contactName: string | null;
  phone: string | null;
  email: string | null;
}

describe.each(testDatabaseKinds())('need-to-know access on %s', (kind) => {
  const { api } = apiForSuite(kind);
  /** The class under way (pelaksanaan) and its request. */
  let scheduleId: string;
  let requestId: string;
  let participantId: string;
  let assigned: string;
  let assignedInstructorId: string;
  let unassigned: string;
  let coordinator: string;
  let frontDesk: string;
  let kadis: string;

  async function upload(): Promise<string> {
    const form = new FormData();
    form.append('file', new Blob([PDF], { type: 'application/pdf' }), 'berkas.pdf');
    const res = await fetch(`${api.url}/uploads`, { method: 'POST', body: form });
    const body = (await res.json()) as { uploadId: string };
    return body.uploadId;
  }
  async function attach(cookie: string, request: string, kindOfFile: string) {
    const res = await api.gql<{ attachFileToRequest: { __typename: string; code?: string } }>(
      ATTACH,
      { request, upload: await upload(), kind: kindOfFile },
      { cookie },
    );
    return res.errors?.[0]?.extensions?.code ?? res.data?.attachFileToRequest;
  }

  beforeAll(async () => {
    const { request, schedule, instructorId, instructorEmail } = await demoClassUnderWay(api);
    requestId = request.id;
    scheduleId = schedule.id;
    assignedInstructorId = instructorId;
    const others = await api.db.prisma.staffUser.findFirstOrThrow({
      where: {
        roleKey: 'instruktur',
        instructorId: { notIn: schedule.instructors.map((i) => i.instructorId) },
      },
    });
    [assigned, unassigned, coordinator, frontDesk, kadis] = await Promise.all([
      api.login(instructorEmail),
      api.login(others.email),
      api.login('koordinator@blk.example'),
      api.login('petugas@blk.example'),
      api.login('kadis@blk.example'),
    ]);
    const added = await api.gql<{ addParticipant: { id?: string; code?: string } }>(
      `mutation ($s: ID!, $input: ParticipantInput!) {
        addParticipant(scheduleId: $s, input: $input) { ... on Participant { id } ... on Error { code } } }`,
      {
        s: scheduleId,
        input: participantInput({ nik: NIK, phone: '0812 7000 1234' }),
      },
      { cookie: coordinator },
    );
    participantId = added.data?.addParticipant.id ?? '';
    if (!participantId) throw new Error(`addParticipant failed: ${JSON.stringify(added)}`);
  });

  describe('instructors see only their own classes and requests', () => {
    it('hides another class, its participants and its request from an unassigned instructor', async () => {
      const cls = await api.gql(CLASS, { id: scheduleId }, { cookie: unassigned });
      expect(cls.errors).toBeUndefined();
      expect(cls.data?.schedule).toBeNull();
      const req = await api.gql(REQUEST, { id: requestId }, { cookie: unassigned });
      expect(req.errors).toBeUndefined();
      expect(req.data?.trainingRequest).toBeNull();
    });

    it('lists for an instructor only the requests of classes they teach', async () => {
      const own = await api.gql<{
        trainingRequests: {
          edges: {
            node: {
              id: string;
              schedules: { cancelledAt: string | null; instructors: { instructorId: string }[] }[];
            };
          }[];
        };
      }>(LIST, {}, { cookie: assigned });
      const ids = own.data?.trainingRequests.edges.map((e) => e.node.id) ?? [];
      expect(ids).toContain(requestId);
      for (const { node } of own.data?.trainingRequests.edges ?? [])
        expect(
          node.schedules.some(
            (s) =>
              !s.cancelledAt && s.instructors.some((i) => i.instructorId === assignedInstructorId),
          ),
        ).toBe(true);
      const other = await api.gql<{ trainingRequests: { edges: { node: { id: string } }[] } }>(
        LIST,
        {},
        { cookie: unassigned },
      );
      expect(other.data?.trainingRequests.edges.map((e) => e.node.id)).not.toContain(requestId);
    });

    it('shows the assigned instructor the class with masked NIK', async () => {
      const res = await api.gql<{
        schedule: {
          participants: { id: string; nik: string; birthDate: string | null }[];
          request: { requester: Contact };
        };
      }>(CLASS, { id: scheduleId }, { cookie: assigned });
      expect(res.errors).toBeUndefined();
      const p = res.data?.schedule.participants.find((x) => x.id === participantId);
      expect(p?.nik).toBe(`************${NIK.slice(-4)}`);
      expect(p?.birthDate).toBe('1998-03-12');
      expect(res.data?.schedule.request.requester.phone).not.toBeNull();
    });

    it('refuses the unassigned instructor the certificate, the attachment and class changes', async () => {
      await api.db.prisma.participant.update({
        where: { id: participantId },
        data: { certificateNo: 'NTK-TEST-0001' },
      });
      const cert = await fetch(`${api.url}/documents/certificates/${participantId}.pdf`, {
        headers: { cookie: unassigned },
      });
      expect([403, 404]).toContain(cert.status);
      const mine = await fetch(`${api.url}/documents/certificates/${participantId}.pdf`, {
        headers: { cookie: assigned },
      });
      expect(mine.status).toBe(200);
      const scores = await api.gql<{ recordTestScores: { code?: string } }>(
        `mutation ($p: ID!) { recordTestScores(participantId: $p, preTestScore: 50) {
          __typename ... on Error { code } } }`,
        { p: participantId },
        { cookie: unassigned },
      );
      expect(scores.errors?.[0]?.extensions?.code ?? scores.data?.recordTestScores.code).toBe(
        'FORBIDDEN',
      );
      const { trackingCode } = await api.db.prisma.trainingRequest.findUniqueOrThrow({
        where: { id: requestId },
      });
      const exported = await fetch(`${api.url}/exports/requests.csv`, {
        headers: { cookie: unassigned },
      });
      expect(exported.status).toBe(200);
      expect(await exported.text()).not.toContain(trackingCode.slice(0, 5));
      const own = await fetch(`${api.url}/exports/requests.csv`, { headers: { cookie: assigned } });
      expect(await own.text()).toContain(trackingCode.slice(0, 5));
    });
  });

  describe('NIK is shown whole only by an audited reveal', () => {
    it('masks the NIK for every role, the coordinator included', async () => {
      const res = await api.gql<{ schedule: { participants: { id: string; nik: string }[] } }>(
        CLASS,
        { id: scheduleId },
        { cookie: coordinator },
      );
      const p = res.data?.schedule.participants.find((x) => x.id === participantId);
      expect(p?.nik).toBe('************0001');
    });

    it('reveals it to the assigned instructor and writes an audit row without the NIK', async () => {
      const res = await api.gql<{ revealParticipantNik: { nik?: string } }>(
        REVEAL,
        { id: participantId },
        { cookie: assigned },
      );
      expect(res.errors).toBeUndefined();
      expect(res.data?.revealParticipantNik).toMatchObject({ nik: NIK, participantId });
      const audit = await api.db.prisma.auditLog.findFirstOrThrow({
        where: { action: 'participant.reveal_nik', entityId: participantId },
        orderBy: { at: 'desc' },
      });
      expect(audit.actorStaffId).not.toBeNull();
      expect(JSON.stringify(audit)).not.toContain(NIK);
    });

    it('refuses the reveal to roles and instructors that do not need it', async () => {
      const reveal = async (cookie: string) => {
        const res = await api.gql<{ revealParticipantNik: { code?: string } }>(
          REVEAL,
          { id: participantId },
          { cookie },
        );
        return res.errors?.[0]?.extensions?.code ?? res.data?.revealParticipantNik.code;
      };
      expect(await reveal(kadis)).toBe('FORBIDDEN');
      expect(await reveal(frontDesk)).toBe('FORBIDDEN');
      // Another instructor's class does not exist for them.
      expect(await reveal(unassigned)).toBe('NOT_FOUND');
    });
  });

  describe('requesters’ contact data goes only to roles whose step needs it', () => {
    it('shows it to the front desk and hides it from the kepala dinas', async () => {
      const desk = await api.gql<{ trainingRequest: { requester: Contact } }>(
        REQUEST,
        { id: requestId },
        { cookie: frontDesk },
      );
      expect(desk.data?.trainingRequest.requester.phone).toMatch(/^\+62/);
      const head = await api.gql<{ trainingRequest: { requester: Contact } }>(
        REQUEST,
        { id: requestId },
        { cookie: kadis },
      );
      expect(head.errors).toBeUndefined();
      expect(head.data?.trainingRequest.requester).toEqual({
        contactName: null,
        phone: null,
        email: null,
      });
    });
  });

  describe('attachments follow the SOP step and the role', () => {
    it('refuses anyone attaching to a closed request', async () => {
      const closed = await api.db.prisma.trainingRequest.findFirstOrThrow({
        where: { closedAt: { not: null } },
      });
      for (const cookie of [frontDesk, coordinator]) {
        expect(await attach(cookie, closed.id, 'lainnya')).toMatchObject({
          code: 'TRANSITION_NOT_ALLOWED',
        });
      }
    });

    it('lets the front desk attach verification documents only at verification', async () => {
      const atDesk = await api.db.prisma.trainingRequest.findFirstOrThrow({
        where: { state: 'diterima' },
      });
      expect(await attach(frontDesk, atDesk.id, 'berkas_pelengkap')).toMatchObject({
        __typename: 'RequestAttachment',
      });
      expect(await attach(frontDesk, atDesk.id, 'laporan_asesmen')).toMatchObject({
        __typename: 'ValidationError',
      });
      expect(await attach(kadis, atDesk.id, 'berkas_pelengkap')).toBe('FORBIDDEN');
      // The front desk's step is over once the request is under way.
      expect(await attach(frontDesk, requestId, 'berkas_pelengkap')).toMatchObject({
        code: 'FORBIDDEN',
      });
    });

    it('lets only the assigned instructor attach the training report of their class', async () => {
      expect(await attach(unassigned, requestId, 'laporan_pelaksanaan')).toMatchObject({
        code: 'NOT_FOUND',
      });
      expect(await attach(assigned, requestId, 'laporan_pelaksanaan')).toMatchObject({
        __typename: 'RequestAttachment',
      });
      const attachment = await api.db.prisma.requestAttachment.findFirstOrThrow({
        where: { requestId },
      });
      const other = await fetch(`${api.url}/attachments/${attachment.id}`, {
        headers: { cookie: unassigned },
      });
      expect(other.status).toBe(404);
      const own = await fetch(`${api.url}/attachments/${attachment.id}`, {
        headers: { cookie: assigned },
      });
      expect(own.status).toBe(200);
    });
  });
});
