import { testDatabaseKinds } from '@blk/db/testing';
import { addWorkingDays, createWorkingCalendar, formatTrackingCode } from '@blk/domain';
import { describe, expect, it } from 'vitest';
import { auditTrail } from '../../testing/audit-trail';
import { apiForSuite } from '../../testing/suite-api';

const SUBMIT = /* GraphQL */ `
  mutation Send($input: SubmitFeedbackInput!, $key: String) {
    submitFeedback(input: $input, idempotencyKey: $key) {
      __typename
      ... on SubmitFeedbackSuccess { trackingCode accessToken responseDueAt }
      ... on ValidationError { issues { path code } }
      ... on Error { code }
    }
  }
`;
const TRACK = /* GraphQL */ `
  query Track($code: String!, $token: String!) {
    trackFeedback(trackingCode: $code, accessToken: $token) {
      trackingCode kind status statusLabel responseDueAt overdue response respondedAt closedAt
    }
  }
`;
const INBOX = /* GraphQL */ `
  query Inbox($status: FeedbackStatus, $overdue: Boolean) {
    feedbackInbox(first: 50, status: $status, overdue: $overdue) {
      edges { node { id trackingCode kind status phone email message relatedRequestTrackingCode
        responseDueAt overdue viewerCanRespond } }
    }
  }
`;
const ONE = /* GraphQL */ `
  query One($id: ID!) {
    feedback(id: $id) { id trackingCode kind status message name phone email responseDueAt
      overdue viewerCanRespond viewerCanClose }
  }
`;
const RESPOND = /* GraphQL */ `
  mutation Respond($id: ID!, $response: String!) {
    respondToFeedback(id: $id, response: $response) {
      __typename
      ... on Feedback { status response respondedBy { name } viewerCanClose }
      ... on ValidationError { issues { path } }
      ... on Error { code }
    }
  }
`;
const CLOSE = /* GraphQL */ `
  mutation Close($id: ID!) {
    closeFeedback(id: $id) {
      __typename
      ... on Feedback { status closedAt viewerCanRespond }
      ... on Error { code }
    }
  }
`;

type Sent = {
  submitFeedback: {
    __typename: string;
    trackingCode?: string;
    accessToken?: string;
    responseDueAt?: string;
    code?: string;
    issues?: { path: string; code: string }[];
  };
};
type Tracked = {
  trackFeedback: {
    trackingCode: string;
    kind: string;
    status: string;
    statusLabel: string;
    overdue: boolean;
    response: string | null;
    respondedAt: string | null;
    closedAt: string | null;
  } | null;
};
type Inbox = {
  feedbackInbox: {
    edges: {
      node: {
        id: string;
        trackingCode: string;
        status: string;
        email: string | null;
        relatedRequestTrackingCode: string | null;
        responseDueAt: string;
        overdue: boolean;
        viewerCanRespond: boolean;
      };
    }[];
  };
};
type Changed = Record<
  string,
  {
    __typename: string;
    status?: string;
    code?: string;
    response?: string;
    respondedBy?: { name: string };
    issues?: { path: string }[];
  }
>;

const from = (ip: string, extra: Record<string, string> = {}) => ({
  headers: { 'x-forwarded-for': ip, ...extra },
});

describe.each(testDatabaseKinds())('complaints, suggestions and questions on %s', (kind) => {
  const { api, staff } = apiForSuite(kind, { signedIn: ['petugas', 'instruktur'] });

  it('takes a complaint, answers it and closes it, telling the sender each time', async () => {
    const related = await api.db.prisma.trainingRequest.findFirstOrThrow({
      where: { state: 'pelaksanaan' },
    });
    const input = {
      kind: 'pengaduan',
      name: 'Bu Rina',
      email: 'rina@contoh.id',
      message: 'Instruktur belum datang sampai hari ketiga pelatihan.',
      trackingCode: related.trackingCode,
      privacyConsent: true,
    };
    // The deadline follows the published service standard, whatever it says today.
    await api.db.prisma.serviceStandardVersion.updateMany({
      where: { status: 'published' },
      data: { complaintResponseDays: 3 },
    });
    const key = crypto.randomUUID();
    const sent = await api.gql<Sent>(SUBMIT, { input, key }, from('10.7.0.1'));
    const receipt = sent.data?.submitFeedback;
    expect(receipt?.__typename).toBe('SubmitFeedbackSuccess');
    expect(receipt?.trackingCode).toMatch(/^[0-9A-Z]{5}-[0-9A-Z]{5}$/);
    const retry = await api.gql<Sent>(SUBMIT, { input, key }, from('10.7.0.1'));
    expect(retry.data?.submitFeedback).toEqual(receipt);
    const code = receipt?.trackingCode ?? '';
    const token = receipt?.accessToken ?? '';
    expect(token).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){3}$/);
    // The same key with another message is refused, not answered with the first receipt.
    const reused = await api.gql<Sent>(
      SUBMIT,
      { input: { ...input, message: 'Pesan lain sama sekali, bukan yang pertama.' }, key },
      from('10.7.0.1'),
    );
    expect(reused.data?.submitFeedback).toEqual({
      __typename: 'IdempotencyKeyReusedError',
      code: 'IDEMPOTENCY_KEY_REUSED',
    });
    // The token as people type it back: lower case, spaces instead of dashes.
    const typed = await api.gql<{ trackFeedback: { status: string } }>(
      TRACK,
      { code: code.toLowerCase(), token: token.toLowerCase().replace(/-/g, ' ') },
      from('10.7.0.2'),
    );
    expect(typed.data?.trackFeedback.status).toBe('received');

    const stored = await api.db.prisma.complaint.findUniqueOrThrow({
      where: { trackingCode: code.replace('-', '') },
    });
    expect(stored).toMatchObject({ requestId: related.id, kind: 'pengaduan', status: 'received' });
    const holidays = await api.db.prisma.holiday.findMany({ where: { isDayOff: true } });
    const calendar = createWorkingCalendar(holidays.map((h) => h.date.toISOString().slice(0, 10)));
    expect(stored.responseDueAt).toEqual(addWorkingDays(calendar, stored.createdAt, 3));
    expect(stored.responseDueAt.toISOString()).toBe(receipt?.responseDueAt);
    const outbox = () =>
      api.db.prisma.notificationOutbox.findMany({
        where: { recipient: 'rina@contoh.id' },
        orderBy: { createdAt: 'asc' },
      });
    expect((await outbox()).map((n) => n.template)).toEqual(['feedback_received']);

    const tracked = await api.gql<Tracked>(TRACK, { code, token }, from('10.7.0.1'));
    expect(tracked.data?.trackFeedback).toMatchObject({
      trackingCode: code,
      kind: 'pengaduan',
      status: 'received',
      statusLabel: 'Diterima',
      overdue: false,
      response: null,
    });

    const inbox = await api.gql<Inbox>(INBOX, { status: 'received' }, { cookie: staff.petugas });
    const item = inbox.data?.feedbackInbox.edges.find((e) => e.node.trackingCode === code)?.node;
    expect(item).toMatchObject({
      email: 'rina@contoh.id',
      relatedRequestTrackingCode: formatTrackingCode(related.trackingCode),
      viewerCanRespond: true,
    });
    const id = item?.id ?? '';

    const tooShort = await api.gql<Changed>(
      RESPOND,
      { id, response: 'ok' },
      { cookie: staff.petugas },
    );
    expect(tooShort.data?.respondToFeedback?.issues?.[0]?.path).toBe('response');
    const answer = 'Mohon maaf, instruktur terkendala kapal; hadir mulai besok pagi.';
    const answered = await api.gql<Changed>(
      RESPOND,
      { id, response: answer },
      { cookie: staff.petugas },
    );
    expect(answered.data?.respondToFeedback).toMatchObject({
      __typename: 'Feedback',
      status: 'answered',
      response: answer,
      respondedBy: { name: expect.any(String) },
    });
    const afterAnswer = await api.gql<Tracked>(
      TRACK,
      { code, token },
      from('10.7.0.1', { 'accept-language': 'en' }),
    );
    expect(afterAnswer.data?.trackFeedback).toMatchObject({
      status: 'answered',
      statusLabel: 'Answered',
      response: answer,
    });

    const closed = await api.gql<Changed>(CLOSE, { id }, { cookie: staff.petugas });
    expect(closed.data?.closeFeedback).toMatchObject({ __typename: 'Feedback', status: 'closed' });
    const reopen = await api.gql<Changed>(
      RESPOND,
      { id, response: answer },
      { cookie: staff.petugas },
    );
    expect(reopen.data?.respondToFeedback).toMatchObject({ code: 'TRANSITION_NOT_ALLOWED' });
    const closeAgain = await api.gql<Changed>(CLOSE, { id }, { cookie: staff.petugas });
    expect(closeAgain.data?.closeFeedback).toMatchObject({ code: 'TRANSITION_NOT_ALLOWED' });

    const audit = await auditTrail(api, 'Complaint', id);
    expect(audit.map((a) => [a.action, a.actorType, a.data])).toEqual([
      ['feedback.respond', 'staff', { from: 'received', to: 'answered' }],
      ['feedback.close', 'staff', { from: 'answered', to: 'closed' }],
    ]);
    expect((await outbox()).map((n) => n.template)).toEqual([
      'feedback_received',
      'feedback_answered',
      'feedback_closed',
    ]);
  });

  it('keeps the inbox to staff who handle complaints, most urgent first', async () => {
    const send = async (message: string) => {
      const res = await api.gql<Sent>(
        SUBMIT,
        { input: { kind: 'saran', message } },
        from('10.7.1.1'),
      );
      return res.data?.submitFeedback.trackingCode?.replace('-', '') ?? '';
    };
    const late = await send('Mohon jadwal pelatihan diumumkan lebih awal.');
    await send('Tambahkan program barista untuk desa wisata.');
    await api.db.prisma.complaint.update({
      where: { trackingCode: late },
      data: { responseDueAt: new Date('2026-01-05T09:00:00Z') },
    });
    const all = await api.gql<Inbox>(INBOX, {}, { cookie: staff.petugas });
    const due = all.data?.feedbackInbox.edges.map((e) => Date.parse(e.node.responseDueAt)) ?? [];
    expect(due.length).toBeGreaterThanOrEqual(2);
    expect(due).toEqual([...due].sort((a, b) => a - b));
    const overdue = await api.gql<Inbox>(INBOX, { overdue: true }, { cookie: staff.petugas });
    expect(overdue.data?.feedbackInbox.edges.map((e) => e.node.trackingCode)).toEqual([
      formatTrackingCode(late),
    ]);
    expect(overdue.data?.feedbackInbox.edges[0]?.node.overdue).toBe(true);
    const notOverdue = await api.gql<Inbox>(INBOX, { overdue: false }, { cookie: staff.petugas });
    expect(notOverdue.data?.feedbackInbox.edges.some((e) => e.node.overdue)).toBe(false);

    const anonymous = await api.gql<Inbox>(INBOX);
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const wrongRole = await api.gql<Inbox>(INBOX, {}, { cookie: staff.instruktur });
    expect(wrongRole.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

    const id = (await api.db.prisma.complaint.findUniqueOrThrow({ where: { trackingCode: late } }))
      .id;
    const denied = [
      await api.gql<Changed>(RESPOND, { id, response: 'Baik, akan kami tindak lanjuti.' }),
      await api.gql<Changed>(CLOSE, { id }, { cookie: staff.instruktur }),
    ];
    expect(denied.map((r) => r.errors?.[0]?.extensions?.code ?? r.data)).toEqual([
      'UNAUTHENTICATED',
      'FORBIDDEN',
    ]);
    const unknown = await api.gql<Changed>(CLOSE, { id: 'not-an-id' }, { cookie: staff.petugas });
    expect(unknown.data?.closeFeedback).toMatchObject({ code: 'NOT_FOUND' });
    expect(
      (await api.db.prisma.complaint.findUniqueOrThrow({ where: { trackingCode: late } })).status,
    ).toBe('received');
  });

  it('gives one message by id to staff who handle complaints, and nobody else', async () => {
    const sent = await api.gql<Sent>(
      SUBMIT,
      { input: { kind: 'pertanyaan', message: 'Apakah pelatihan menjahit bisa di balai desa?' } },
      from('10.7.3.1'),
    );
    const code = sent.data?.submitFeedback.trackingCode ?? '';
    const { id } = await api.db.prisma.complaint.findUniqueOrThrow({
      where: { trackingCode: code.replace('-', '') },
    });
    type One = { feedback: { id: string; trackingCode: string; message: string } | null };
    const found = await api.gql<One>(ONE, { id }, { cookie: staff.petugas });
    expect(found.errors).toBeUndefined();
    expect(found.data?.feedback).toMatchObject({
      id,
      trackingCode: code,
      kind: 'pertanyaan',
      status: 'received',
      message: 'Apakah pelatihan menjahit bisa di balai desa?',
      overdue: false,
      viewerCanRespond: true,
      viewerCanClose: true,
    });

    const anonymous = await api.gql<One>(ONE, { id });
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(anonymous.data?.feedback ?? null).toBeNull();
    const wrongRole = await api.gql<One>(ONE, { id }, { cookie: staff.instruktur });
    expect(wrongRole.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(wrongRole.data?.feedback ?? null).toBeNull();

    const unknownId = '01900000-0000-7000-8000-000000000000';
    for (const other of [unknownId, 'not-an-id']) {
      const none = await api.gql<One>(ONE, { id: other }, { cookie: staff.petugas });
      expect(none.errors).toBeUndefined();
      expect(none.data?.feedback).toBeNull();
    }
  });

  it('refuses bad input, wrong tokens and floods', async () => {
    const short = await api.gql<Sent>(
      SUBMIT,
      { input: { kind: 'pertanyaan', message: 'Kapan?', phone: '0812' } },
      from('10.7.2.1'),
    );
    expect(short.data?.submitFeedback.issues?.map((i) => i.path).sort()).toEqual([
      'message',
      'phone',
    ]);
    // A sender who leaves a contact must agree to the privacy notice; an anonymous one need not.
    const unconsented = await api.gql<Sent>(
      SUBMIT,
      { input: { kind: 'pertanyaan', message: 'Apakah pelatihan ini gratis?', name: 'Budi' } },
      from('10.7.2.1'),
    );
    expect(unconsented.data?.submitFeedback.issues?.map((i) => i.path)).toEqual(['privacyConsent']);
    const badKind = await api.gql<Sent>(
      SUBMIT,
      { input: { kind: 'kritik', message: 'Pelayanan kurang cepat sekali.' } },
      from('10.7.2.1'),
    );
    expect(badKind.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');

    const sent = await api.gql<Sent>(
      SUBMIT,
      {
        input: {
          kind: 'pertanyaan',
          message: 'Apakah pelatihan ini gratis?',
          phone: '0813-1111-2222',
          privacyConsent: true,
        },
      },
      from('10.7.2.1'),
    );
    const code = sent.data?.submitFeedback.trackingCode ?? '';
    expect(
      await api.db.prisma.notificationOutbox.count({
        where: { recipient: '+6281311112222', template: 'feedback_received', channel: 'sms' },
      }),
    ).toBe(1);
    const wrong = await api.gql<Tracked>(
      TRACK,
      { code, token: 'WWWW-WWWW-WWWW-WWWW' },
      from('10.7.2.1'),
    );
    const unknown = await api.gql<Tracked>(
      TRACK,
      { code: formatTrackingCode('0000000000'), token: sent.data?.submitFeedback.accessToken },
      from('10.7.2.1'),
    );
    // The same answer either way (only the request's trace id differs).
    const answer = (r: typeof wrong) =>
      r.errors?.map((e) => [e.message, { ...e.extensions, requestId: undefined }]);
    expect(answer(wrong)).toEqual([['Data tidak ditemukan.', { code: 'NOT_FOUND' }]]);
    expect(answer(unknown)).toEqual(answer(wrong));

    // Ten per hour from one address (the one above counts), then RATE_LIMITED.
    const results: string[] = [];
    for (let i = 0; i < 10; i++) {
      const res = await api.gql<Sent>(
        SUBMIT,
        { input: { kind: 'saran', message: `Saran nomor ${i} untuk pelayanan.` } },
        from('10.7.2.1'),
      );
      results.push(res.data?.submitFeedback.code ?? res.data?.submitFeedback.__typename ?? '');
    }
    expect(results.slice(0, 9)).toEqual(Array(9).fill('SubmitFeedbackSuccess'));
    expect(results[9]).toBe('RATE_LIMITED');
  });
});
