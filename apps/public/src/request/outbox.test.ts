import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { resetDeviceStoreForTests } from '../lib/device-store';
import { listReceipts } from '../lib/my-requests';
import { REFUSED_FLAG } from '../lib/pending';
import { emptyDraft } from './draft';
import {
  draftLetter,
  flushQueue,
  type KeptLetter,
  keepDraftLetter,
  PENDING_FLAG,
  type QueuedRequest,
  queuedRequests,
  queueRequest,
  type Sender,
  type SubmitResult,
  takeBack,
  type UploadResult,
} from './outbox';

// A fresh, empty IndexedDB for every test: what a new phone has.
beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
  resetDeviceStoreForTests();
});

const input = {
  requesterType: 'desa',
  organizationName: 'Pemerintah Desa Nibung',
  contactName: 'Budi',
  contactPhone: '+6281234567890',
  regionCode: '19.01.01.2001',
  address: 'Balai desa',
  participantsExpected: 16,
  preferredStart: '2027-03-01',
  preferredEnd: '2027-03-31',
  privacyConsent: true,
} as unknown as QueuedRequest['input'];

// Bytes stand in for the file: what matters is that they come back as they went in.
const letter = (name = 'surat.jpg'): KeptLetter => ({
  blob: new Uint8Array([1, 2, 3]) as unknown as Blob,
  fileName: name,
  type: 'image/jpeg',
});

async function queue(key: string, queuedAt: string, uploadId: string | null = null) {
  await keepDraftLetter(letter(`${key}.jpg`));
  return queueRequest({
    idempotencyKey: key,
    queuedAt,
    input,
    letterUploadId: uploadId,
    letterUploadedAt: uploadId ? new Date().toISOString() : null,
    letterFileName: `${key}.jpg`,
    organizationName: `Org ${key}`,
    programLabel: 'Barista',
    regionLabel: 'Nibung',
    draft: emptyDraft(),
  });
}

/** A server that records every call and answers from a script (or "sent" by default). */
function fakeServer(script: { upload?: UploadResult[]; submit?: SubmitResult[] } = {}) {
  const calls: string[] = [];
  const receipts = new Map<string, SubmitResult>();
  let n = 0;
  const sender: Sender = {
    upload: vi.fn(async (l: KeptLetter): Promise<UploadResult> => {
      calls.push(`upload ${l.fileName}`);
      return (
        script.upload?.shift() ?? {
          ok: true,
          uploadId: `u-${l.fileName}`,
          uploadedAt: new Date().toISOString(),
        }
      );
    }),
    submit: vi.fn(async (item: QueuedRequest, uploadId: string) => {
      calls.push(`submit ${item.idempotencyKey} ${uploadId}`);
      const scripted = script.submit?.shift();
      if (scripted) return scripted;
      // Idempotent like the API: the same key gets the same receipt.
      const known = receipts.get(item.idempotencyKey);
      if (known) return known;
      n += 1;
      const receipt: SubmitResult = {
        kind: 'sent',
        trackingCode: `CODE${n}`,
        accessToken: `TOKEN${n}`,
        submittedAt: `2027-01-11T0${n}:00:00.000Z`,
        firstDeadline: null,
      };
      receipts.set(item.idempotencyKey, receipt);
      return receipt;
    }),
  };
  return { sender, calls };
}

describe('the offline queue', () => {
  it('keeps a request and its letter on the device, survives a "reload", and flags it', async () => {
    await queue('a', '2027-01-11T01:00:00Z');
    expect(await draftLetter()).toBeUndefined();
    // A reload: the module's handle is dropped, the database stays.
    resetDeviceStoreForTests();
    const [item] = await queuedRequests();
    expect(item).toMatchObject({ idempotencyKey: 'a', attempts: 0, refused: null });
    expect(localStorage.getItem(PENDING_FLAG)).toBe('1');
  });

  it('sends oldest first, uploading the kept letter first, and keeps each receipt', async () => {
    await queue('late', '2027-01-11T03:00:00Z');
    await queue('early', '2027-01-11T01:00:00Z');
    await queue('staged', '2027-01-11T02:00:00Z', 'u-already');
    const { sender, calls } = fakeServer();
    const report = await flushQueue(sender);
    expect(calls).toEqual([
      'upload early.jpg',
      'submit early u-early.jpg',
      'submit staged u-already',
      'upload late.jpg',
      'submit late u-late.jpg',
    ]);
    expect(report.fates).toEqual({ early: 'sent', staged: 'sent', late: 'sent' });
    expect(await queuedRequests()).toEqual([]);
    expect((await listReceipts()).map((r) => [r.trackingCode, r.organizationName])).toEqual([
      ['CODE3', 'Org late'],
      ['CODE2', 'Org staged'],
      ['CODE1', 'Org early'],
    ]);
    expect(localStorage.getItem(PENDING_FLAG)).toBeNull();
  });

  it('stops the round at no signal and keeps the rest in order, with the same key', async () => {
    await queue('one', '2027-01-11T01:00:00Z');
    await queue('two', '2027-01-11T02:00:00Z');
    const offline = fakeServer({ submit: [{ kind: 'offline' }] });
    const first = await flushQueue(offline.sender);
    expect(first.fates).toEqual({ one: 'waiting' });
    expect(offline.calls).toEqual(['upload one.jpg', 'submit one u-one.jpg']);
    const kept = await queuedRequests();
    expect(kept.map((i) => [i.idempotencyKey, i.attempts])).toEqual([
      ['one', 1],
      ['two', 0],
    ]);
    // The staged letter is remembered: the next round does not upload it again.
    expect(kept[0]?.letterUploadId).toBe('u-one.jpg');

    const back = fakeServer();
    const second = await flushQueue(back.sender);
    expect(second.fates).toEqual({ one: 'sent', two: 'sent' });
    expect(back.calls).toEqual(['submit one u-one.jpg', 'upload two.jpg', 'submit two u-two.jpg']);
  });

  it('a lost answer is sent again under the same key and gives one receipt', async () => {
    await queue('k', '2027-01-11T01:00:00Z');
    const server = fakeServer();
    // The server recorded it, but the answer never arrived.
    const realSubmit = server.sender.submit;
    server.sender.submit = async (item, id) => {
      await realSubmit(item, id);
      return { kind: 'offline' };
    };
    await flushQueue(server.sender);
    server.sender.submit = realSubmit;
    await flushQueue(server.sender);
    const receipts = await listReceipts();
    expect(receipts.map((r) => r.trackingCode)).toEqual(['CODE1']);
    expect(server.calls.filter((c) => c.startsWith('submit k'))).toHaveLength(2);
  });

  it('uploads the letter again when the staged copy expired, in the same round', async () => {
    await queue('x', '2027-01-11T01:00:00Z', 'u-old');
    const { sender, calls } = fakeServer({ submit: [{ kind: 'letterExpired' }] });
    const report = await flushQueue(sender);
    expect(report.fates).toEqual({ x: 'sent' });
    expect(calls).toEqual(['submit x u-old', 'upload x.jpg', 'submit x u-x.jpg']);
  });

  it('keeps a refused request, marked, skips it in later rounds, and gives it back to fix', async () => {
    await queue('bad', '2027-01-11T01:00:00Z');
    await queue('good', '2027-01-11T02:00:00Z');
    const issues = [{ path: 'preferredStart', message: 'Tanggal mulai paling cepat 12 Januari' }];
    const { sender, calls } = fakeServer({
      submit: [{ kind: 'refused', message: 'Data tidak valid', issues }],
    });
    const report = await flushQueue(sender);
    expect(report.fates).toEqual({ bad: 'refused', good: 'sent' });
    const [bad] = await queuedRequests();
    expect(bad?.refused).toEqual({ message: 'Data tidak valid', issues });
    // Every page tells the requester: not waiting for a signal, waiting for a fix.
    expect(localStorage.getItem(PENDING_FLAG)).toBeNull();
    expect(localStorage.getItem(REFUSED_FLAG)).toBe('1');
    // Not sent again as it is.
    calls.length = 0;
    await flushQueue(sender);
    expect(calls).toEqual([]);
    // Taken back into the form with its letter file.
    const taken = await takeBack('bad');
    expect(taken?.idempotencyKey).toBe('bad');
    expect((await draftLetter())?.fileName).toBe('bad.jpg');
    expect(await queuedRequests()).toEqual([]);
    expect(localStorage.getItem(REFUSED_FLAG)).toBeNull();
  });

  it('waits on a busy server and on an upload without signal', async () => {
    await queue('a', '2027-01-11T01:00:00Z');
    const busy = fakeServer({ upload: [{ ok: false, kind: 'offline' }] });
    expect((await flushQueue(busy.sender)).fates).toEqual({ a: 'waiting' });
    const limited = fakeServer({ submit: [{ kind: 'later' }] });
    expect((await flushQueue(limited.sender)).fates).toEqual({ a: 'waiting' });
    expect((await queuedRequests())[0]?.attempts).toBe(2);
  });

  it('refuses a letter the server will not take, without losing the request', async () => {
    await queue('f', '2027-01-11T01:00:00Z');
    const { sender } = fakeServer({ upload: [{ ok: false, kind: 'refused', message: 'type' }] });
    expect((await flushQueue(sender)).fates).toEqual({ f: 'refused' });
    expect((await queuedRequests())[0]?.refused?.issues[0]?.path).toBe('letter');
  });

  it('runs one round at a time: a second call joins the first', async () => {
    await queue('a', '2027-01-11T01:00:00Z');
    const { sender, calls } = fakeServer();
    const [r1, r2] = await Promise.all([flushQueue(sender), flushQueue(sender)]);
    expect(r1).toBe(r2);
    expect(calls.filter((c) => c.startsWith('submit'))).toHaveLength(1);
  });

  it('queuing the same key again replaces the entry', async () => {
    await queue('same', '2027-01-11T01:00:00Z');
    await queue('same', '2027-01-11T01:30:00Z');
    expect((await queuedRequests()).map((i) => i.queuedAt)).toEqual(['2027-01-11T01:30:00Z']);
  });

  it('will not queue a request without a letter', async () => {
    await expect(
      queueRequest({
        idempotencyKey: 'n',
        input,
        letterUploadId: null,
        letterUploadedAt: null,
        letterFileName: '',
        organizationName: '',
        programLabel: '',
        regionLabel: '',
        draft: emptyDraft(),
      }),
    ).rejects.toThrow(/letter/);
  });
});
