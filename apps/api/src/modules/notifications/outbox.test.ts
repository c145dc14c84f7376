import fs from 'node:fs/promises';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import type { Database } from '@blk/db';
import { testDatabaseKinds } from '@blk/db/testing';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { apiForSuite } from '../../testing/suite-api';
import {
  claimDueMessages,
  drainOutboxOnce,
  recoverStuckMessages,
  retryDelayMs,
  startOutboxWorker,
} from './outbox-worker';
import { renderNotification } from './templates';
import { createNotificationTransport, type NotificationTransport } from './transport';

const T0 = new Date('2026-11-30T03:00:00.000Z');
const at = (ms: number) => new Date(T0.getTime() + ms);
const MIN = 60_000;

async function queue(db: Database, rows: { channel?: 'email' | 'sms'; template?: string }[]) {
  const created = [];
  for (const [i, row] of rows.entries()) {
    created.push(
      await db.prisma.notificationOutbox.create({
        data: {
          channel: row.channel ?? 'email',
          recipient: row.channel === 'sms' ? '+6281234567890' : `warga${i}@contoh.id`,
          template: row.template ?? 'request_submitted',
          payload: { trackingCode: '7K3M9Q2XWR', organizationName: 'Pemerintah Desa Kace' },
          nextAttemptAt: T0,
          createdAt: T0,
        },
      }),
    );
  }
  return created;
}

const failing: NotificationTransport = {
  deliver: () => Promise.reject(new Error('SMTP 421 try again later')),
};

describe.each(testDatabaseKinds())('the notification outbox on %s', (kind) => {
  const { api } = apiForSuite(kind);
  let outboxDir: string;
  beforeAll(async () => {
    outboxDir = await fs.mkdtemp(path.join(os.tmpdir(), 'blk-outbox-'));
  });
  // Each test starts from an empty outbox (the seed queues demo notifications).
  beforeEach(async () => {
    await api.db.prisma.notificationOutbox.deleteMany();
  });

  it('writes e-mails as .eml and SMS as text files when no SMTP is configured', async () => {
    const [email, sms] = await queue(api.db, [
      {},
      { channel: 'sms', template: 'request_terjadwal' },
    ]);
    const transport = createNotificationTransport({
      from: 'BLK <no-reply@blk.example>',
      outboxDir,
    });
    const result = await drainOutboxOnce(api.db.prisma, {
      transport,
      maxAttempts: 3,
      now: () => T0,
    });
    expect(result).toEqual({ sent: 2, retried: 0, failed: 0 });

    const sentEmail = await api.db.prisma.notificationOutbox.findUniqueOrThrow({
      where: { id: email?.id },
    });
    expect(sentEmail).toMatchObject({ status: 'sent', attempts: 1, sentAt: T0, lockedBy: null });
    expect(sentEmail.deliveredTo).toBe(`file:${path.join(outboxDir, `${email?.id}.eml`)}`);
    const eml = await fs.readFile(path.join(outboxDir, `${email?.id}.eml`), 'utf8');
    expect(eml).toMatch(/^To: warga0@contoh\.id$/m);
    expect(eml).toMatch(/^Subject: Permohonan pelatihan diterima: 7K3M9-Q2XWR$/m);
    expect(eml).toContain('Kode pelacakan: 7K3M9-Q2XWR');

    const smsFile = await fs.readFile(path.join(outboxDir, `${sms?.id}.sms.txt`), 'utf8');
    expect(smsFile).toBe(
      // The message says what to do next even when the payload carries no dates (issue 10).
      'To: +6281234567890\n\nBLK on the Spot 7K3M9-Q2XWR: Pelatihan sudah dijadwalkan. Siapkan tempat dan peserta.\n',
    );
    // Nothing is due any more.
    expect(
      await drainOutboxOnce(api.db.prisma, { transport, maxAttempts: 3, now: () => T0 }),
    ).toEqual({ sent: 0, retried: 0, failed: 0 });
  });

  it('retries failed deliveries with growing delays, then marks them failed', async () => {
    const [message] = await queue(api.db, [{}]);
    const options = { transport: failing, maxAttempts: 3 };
    const row = () =>
      api.db.prisma.notificationOutbox.findUniqueOrThrow({ where: { id: message?.id } });

    expect(await drainOutboxOnce(api.db.prisma, { ...options, now: () => T0 })).toMatchObject({
      retried: 1,
    });
    expect(await row()).toMatchObject({
      status: 'pending',
      attempts: 1,
      nextAttemptAt: at(1 * MIN),
      lastError: 'SMTP 421 try again later',
      lockedBy: null,
    });
    // Not due yet: the backoff holds.
    expect(await claimDueMessages(api.db.prisma, 'w', at(1 * MIN - 1), 10)).toEqual([]);

    await drainOutboxOnce(api.db.prisma, { ...options, now: () => at(1 * MIN) });
    expect(await row()).toMatchObject({
      status: 'pending',
      attempts: 2,
      nextAttemptAt: at(5 * MIN),
    });

    expect(
      await drainOutboxOnce(api.db.prisma, { ...options, now: () => at(5 * MIN) }),
    ).toMatchObject({ failed: 1 });
    expect(await row()).toMatchObject({ status: 'failed', attempts: 3 });
    expect(await claimDueMessages(api.db.prisma, 'w', at(24 * 60 * MIN), 10)).toEqual([]);
  });

  it('caps the retry delay', () => {
    expect([1, 2, 3, 4].map(retryDelayMs)).toEqual([1 * MIN, 4 * MIN, 16 * MIN, 64 * MIN]);
    expect(retryDelayMs(20)).toBe(6 * 60 * MIN);
  });

  it('recovers messages stuck in sending for more than 3 minutes', async () => {
    const [stuck, busy, exhausted] = await queue(api.db, [{}, {}, {}]);
    const sending = (lockedAt: Date, attempts: number) => ({
      status: 'sending' as const,
      lockedBy: 'dead-worker',
      lockedAt,
      attempts,
    });
    await api.db.prisma.notificationOutbox.update({
      where: { id: stuck?.id },
      data: sending(at(-4 * MIN), 1),
    });
    await api.db.prisma.notificationOutbox.update({
      where: { id: busy?.id },
      data: sending(at(-2 * MIN), 1),
    });
    await api.db.prisma.notificationOutbox.update({
      where: { id: exhausted?.id },
      data: sending(at(-30 * MIN), 3),
    });
    expect(await recoverStuckMessages(api.db.prisma, T0, 3)).toBe(2);
    const status = async (id?: string) =>
      (await api.db.prisma.notificationOutbox.findUniqueOrThrow({ where: { id } })).status;
    expect([await status(stuck?.id), await status(busy?.id), await status(exhausted?.id)]).toEqual([
      'pending',
      'sending',
      'failed',
    ]);
  });

  it('delivers a message once even when its worker died after writing it', async () => {
    const [message] = await queue(api.db, [{}]);
    const transport = createNotificationTransport({
      from: 'BLK <no-reply@blk.example>',
      outboxDir,
    });
    // The first worker wrote the file, then died before marking the row sent.
    await drainOutboxOnce(api.db.prisma, { transport, maxAttempts: 3, now: () => T0 });
    const file = path.join(outboxDir, `${message?.id}.eml`);
    const first = await fs.readFile(file, 'utf8');
    expect(first).toMatch(
      new RegExp(`^Message-ID: <${message?.id}@outbox\\.blk-on-the-spot>$`, 'm'),
    );
    await api.db.prisma.notificationOutbox.update({
      where: { id: message?.id },
      data: { status: 'sending', lockedBy: 'dead-worker', lockedAt: at(-4 * MIN), sentAt: null },
    });
    expect(await recoverStuckMessages(api.db.prisma, T0, 3)).toBe(1);
    const again = await drainOutboxOnce(api.db.prisma, {
      transport,
      maxAttempts: 3,
      now: () => T0,
    });
    expect(again.sent).toBe(1);
    // The retry found the message already written under its id: one file, unchanged.
    expect(await fs.readFile(file, 'utf8')).toBe(first);
    const written = (await fs.readdir(outboxDir)).filter((n) => n.includes(String(message?.id)));
    expect(written).toEqual([`${message?.id}.eml`]);
  });

  it('leaves a claim taken over by another worker to that worker', async () => {
    const [first, second] = await queue(api.db, [{}, {}]);
    const delivered: string[] = [];
    const transport: NotificationTransport = {
      deliver: async (m) => {
        delivered.push(m.id);
        // While this one is slow to send, the other claim of the batch is recovered and taken.
        if (m.id === first?.id)
          await api.db.prisma.notificationOutbox.update({
            where: { id: second?.id },
            data: { lockedBy: 'other-worker' },
          });
        return 'test:';
      },
    };
    const result = await drainOutboxOnce(api.db.prisma, {
      transport,
      maxAttempts: 3,
      now: () => T0,
      workerId: 'slow-worker',
    });
    expect(result).toEqual({ sent: 1, retried: 0, failed: 0 });
    expect(delivered).toEqual([first?.id]);
  });

  it('runs as a loop that delivers what is queued and stops cleanly', async () => {
    await queue(api.db, [{}, {}, {}]);
    const delivered: string[] = [];
    const worker = startOutboxWorker(api.db.prisma, {
      transport: {
        deliver: async (m) => {
          delivered.push(m.id);
          return `test:${m.id}`;
        },
      },
      maxAttempts: 3,
      pollMs: 50,
      batchSize: 2,
      now: () => T0,
    });
    await expect.poll(() => delivered.length, { timeout: 5_000 }).toBe(3);
    await worker.stop();
    expect(await api.db.prisma.notificationOutbox.count({ where: { status: 'sent' } })).toBe(3);
  });

  it.runIf(kind === 'postgres')(
    'never sends a message twice when two workers drain one database',
    async () => {
      await queue(
        api.db,
        Array.from({ length: 120 }, () => ({})),
      );
      const sends: string[] = [];
      const worker = async (workerId: string) => {
        const transport: NotificationTransport = {
          deliver: async (m) => {
            sends.push(m.id);
            await new Promise((r) => setTimeout(r, Math.random() * 3));
            return `test:${workerId}`;
          },
        };
        for (;;) {
          const r = await drainOutboxOnce(api.db.prisma, {
            transport,
            workerId,
            maxAttempts: 3,
            batchSize: 4,
            now: () => T0,
          });
          if (r.sent === 0) return;
        }
      };
      await Promise.all([worker('worker-a'), worker('worker-b')]);
      expect(sends).toHaveLength(120);
      expect(new Set(sends).size).toBe(120);
      const byWorker = await api.db.prisma.notificationOutbox.groupBy({
        by: ['deliveredTo'],
        _count: true,
      });
      // Both took part: the claims interleaved rather than one worker draining everything.
      expect(byWorker.map((g) => g.deliveredTo).sort()).toEqual(['test:worker-a', 'test:worker-b']);
      expect(await api.db.prisma.notificationOutbox.count({ where: { status: 'sent' } })).toBe(120);
    },
  );

  describe('the outbox query', () => {
    const OUTBOX = /* GraphQL */ `
      query ($status: NotificationStatus) {
        outbox(first: 10, status: $status) {
          edges { node { id template status deliveredTo rendered { subject text sms } } }
        }
      }
    `;
    type Outbox = {
      outbox: {
        edges: {
          node: {
            id: string;
            status: string;
            rendered: { subject: string; text: string } | null;
          };
        }[];
      };
    };

    it('shows admins the delivered text of folder deliveries only', async () => {
      const [folder, smtp, pending] = await queue(api.db, [{}, {}, {}]);
      await api.db.prisma.notificationOutbox.update({
        where: { id: folder?.id },
        data: { status: 'sent', deliveredTo: 'file:/tmp/x.eml' },
      });
      await api.db.prisma.notificationOutbox.update({
        where: { id: smtp?.id },
        data: { status: 'sent', deliveredTo: 'smtp:<abc@blk.example>' },
      });
      const cookie = await api.login('admin@blk.example');
      const res = await api.gql<Outbox>(OUTBOX, {}, { cookie });
      expect(res.errors).toBeUndefined();
      const nodes = new Map(res.data?.outbox.edges.map((e) => [e.node.id, e.node]));
      expect(nodes.get(folder?.id ?? '')?.rendered?.subject).toBe(
        'Permohonan pelatihan diterima: 7K3M9-Q2XWR',
      );
      expect(nodes.get(smtp?.id ?? '')?.rendered).toBeNull();
      expect(nodes.get(pending?.id ?? '')?.status).toBe('pending');
      const onlyPending = await api.gql<Outbox>(OUTBOX, { status: 'pending' }, { cookie });
      expect(onlyPending.data?.outbox.edges.map((e) => e.node.id)).toEqual([pending?.id]);
    });

    it('is refused to the public and to roles without viewOutbox', async () => {
      expect((await api.gql(OUTBOX)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
      const cookie = await api.login('instruktur@blk.example');
      expect((await api.gql(OUTBOX, {}, { cookie })).errors?.[0]?.extensions?.code).toBe(
        'FORBIDDEN',
      );
      const petugas = await api.login('petugas@blk.example');
      expect((await api.gql(OUTBOX, {}, { cookie: petugas })).errors).toBeUndefined();
    });
  });
});

describe('notification templates', () => {
  it.each([
    'request_submitted',
    'request_menunggu_kelengkapan',
    'request_terjadwal',
    'request_selesai',
    'request_ditolak',
    'feedback_received',
    'feedback_answered',
  ])('renders %s in Bahasa Indonesia with the tracking code', (template) => {
    const r = renderNotification(template, {
      trackingCode: '7K3M9Q2XWR',
      response: 'Sudah kami perbaiki.',
    });
    expect(`${r.subject}\n${r.text}`).toContain('7K3M9-Q2XWR');
    expect(r.text).toContain('Dinas Tenaga Kerja Provinsi Kepulauan Bangka Belitung');
    expect(r.sms.length).toBeLessThanOrEqual(306);
  });

  it('tells the requester what was asked, by when, and links to the tracking page', () => {
    const r = renderNotification(
      'request_menunggu_kelengkapan',
      {
        trackingCode: '7K3M9Q2XWR',
        organizationName: 'Pemerintah Desa Nibung',
        missingItems: 'Surat belum ditandatangani kepala desa',
        dueAt: '2026-12-18T16:59:59.999Z',
      },
      { publicUrl: 'https://blk.babelprov.go.id/' },
    );
    const link = 'https://blk.babelprov.go.id/lacak?kode=7K3M9-Q2XWR';
    for (const text of [r.sms, r.text]) {
      expect(text).toContain('Surat belum ditandatangani kepala desa');
      expect(text).toContain('18 Desember 2026 pukul 23.59 WIB');
      expect(text).toContain(link);
    }
    expect(r.text).toContain('Yang perlu Anda lakukan:');
    expect(r.text).toContain('Kirim kelengkapan');
  });

  it('gives the dates, the venue and the instructors of a scheduled training in the SMS', () => {
    const r = renderNotification(
      'request_terjadwal',
      {
        trackingCode: '7K3M9Q2XWR',
        startDate: '2027-01-11',
        endDate: '2027-01-22',
        venue: 'Balai Desa Nibung',
        instructors: 'Agus Salim, Dedi Kurniawan',
      },
      { publicUrl: 'http://127.0.0.1:4173' },
    );
    expect(r.sms).toContain('11 Januari 2027 s.d. 22 Januari 2027');
    expect(r.sms).toContain('Balai Desa Nibung');
    expect(r.sms).toContain('Agus Salim, Dedi Kurniawan');
    // What to do, by when.
    expect(r.sms).toContain('Siapkan tempat dan peserta sebelum 11 Januari 2027.');
    expect(r.text).toContain('sebelum hari pertama, 11 Januari 2027');
    expect(r.sms.endsWith('http://127.0.0.1:4173/lacak?kode=7K3M9-Q2XWR')).toBe(true);
  });

  it('says, when nothing is asked of the requester, by when the office’s next step is due', () => {
    const r = renderNotification(
      'request_persetujuan',
      {
        trackingCode: '7K3M9Q2XWR',
        officeDueAt: '2026-12-09T16:59:59.999Z',
      },
      { publicUrl: 'http://127.0.0.1:4173' },
    );
    for (const text of [r.sms, r.text]) {
      expect(text).toContain('Belum ada yang perlu Anda lakukan');
      expect(text).toMatch(/tahap berikutnya selesai paling lambat/i);
      expect(text).toContain('9 Desember 2026 pukul 23.59 WIB');
    }
    expect(r.text).toContain('Yang perlu Anda lakukan:');
    // An end step has no next step: nothing is promised.
    expect(renderNotification('request_selesai', { trackingCode: 'X' }).text).not.toContain(
      'Belum ada',
    );
  });

  it('asks for the survey with its deadline in the SMS, said once', () => {
    const r = renderNotification(
      'request_menunggu_survei',
      { trackingCode: '7K3M9Q2XWR', dueAt: '2026-12-18T16:59:59.999Z' },
      { publicUrl: 'http://127.0.0.1:4173' },
    );
    expect(r.sms).toContain('Isi survei (9 pertanyaan) lewat tautan ini sebelum 18 Desember 2026');
    expect(r.sms.match(/18 Desember 2026/g)).toHaveLength(1);
    expect(r.text).toContain('Batas waktu: 18 Desember 2026 pukul 23.59 WIB');
  });

  it('keeps the link whole and two SMS segments at most when a note is long', () => {
    const r = renderNotification(
      'request_ditolak',
      { trackingCode: '7K3M9Q2XWR', reason: 'x'.repeat(1000) },
      { publicUrl: 'http://127.0.0.1:4173' },
    );
    expect(r.sms.length).toBeLessThanOrEqual(306);
    expect(r.sms.endsWith('/lacak?kode=7K3M9-Q2XWR')).toBe(true);
    expect(r.text).toContain('x'.repeat(1000));
  });

  it('carries the answer of a complaint', () => {
    const r = renderNotification('feedback_answered', {
      trackingCode: 'AB12CD34EF',
      response: 'Instruktur pengganti datang Senin.',
    });
    expect(r.text).toContain('Instruktur pengganti datang Senin.');
  });

  it('gives each state change its own message', () => {
    const subjects = ['request_terjadwal', 'request_ditolak', 'request_selesai'].map(
      (t) => renderNotification(t, { trackingCode: 'X' }).subject,
    );
    expect(new Set(subjects).size).toBe(3);
  });

  it('uses a generic message listing the tracking code for unknown templates and odd payloads', () => {
    const r = renderNotification('survey_reminder', { trackingCode: '7K3M9Q2XWR' });
    expect(r.subject).toBe('Informasi layanan BLK on the Spot: 7K3M9-Q2XWR');
    expect(renderNotification('request_submitted', null).subject).toContain('-');
    expect(renderNotification('toString', 42).subject).toContain('Informasi layanan');
  });
});

describe('the SMS gateway transport', () => {
  it('POSTs each SMS with its id as the idempotency key and fails on a non-2xx answer', async () => {
    const received: { headers: http.IncomingHttpHeaders; body: unknown }[] = [];
    let answer = 202;
    const gateway = http.createServer((req, res) => {
      let body = '';
      req.on('data', (c) => {
        body += c;
      });
      req.on('end', () => {
        received.push({ headers: req.headers, body: JSON.parse(body) });
        res.writeHead(answer).end();
      });
    });
    await new Promise<void>((resolve) => gateway.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(gateway.address() as AddressInfo).port}/sms`;
    try {
      const transport = createNotificationTransport({
        from: 'BLK <no-reply@blk.example>',
        outboxDir: await fs.mkdtemp(path.join(os.tmpdir(), 'blk-gw-')),
        smsGatewayUrl: url,
        smsGatewayToken: 'rahasia',
      });
      const message = {
        id: 'msg-1',
        channel: 'sms' as const,
        recipient: '+6281234567890',
        rendered: renderNotification('request_terjadwal', { trackingCode: '7K3M9Q2XWR' }),
      };
      expect(await transport.deliver(message)).toBe(`gateway:${new URL(url).host}:msg-1`);
      expect(received[0]?.body).toEqual({
        id: 'msg-1',
        to: '+6281234567890',
        text: message.rendered.sms,
      });
      expect(received[0]?.headers['idempotency-key']).toBe('msg-1');
      expect(received[0]?.headers.authorization).toBe('Bearer rahasia');
      answer = 503;
      await expect(transport.deliver(message)).rejects.toThrow('HTTP 503');
    } finally {
      gateway.close();
    }
  });
});
