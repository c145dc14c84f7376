import 'fake-indexeddb/auto';
import { createStore } from 'idb-keyval';
import { describe, expect, it } from 'vitest';
import type { ClassChange, QueueItem, SendResult } from './changes';
import { openQueue } from './queue';
import { exclusively, fetchSender, replay, type Sender } from './replay';

let dbNo = 0;
/** A fresh queue in its own (fake) IndexedDB database, as a new device would have. */
const freshQueue = () => {
  const name = `queue-test-${++dbNo}`;
  return { name, queue: openQueue(createStore(name, 'changes')) };
};

const attendance = (day: number, status: 'hadir' | 'alpa' = 'hadir'): ClassChange => ({
  kind: 'attendance',
  sessionId: `session-${day}`,
  label: `Hari ${day}`,
  entries: [{ participantId: 'p1', name: 'Andi', status }],
  markedAt: new Date(Date.UTC(2027, 0, 10 + day, 2)).toISOString(),
});
const scores = (name: string, post: number): ClassChange => ({
  kind: 'scores',
  participantId: `id-${name}`,
  name,
  postTestScore: post,
});
const base = { scheduleId: 'class-1', userId: 'u1', lang: 'id' as const };

/** A server that records every call (id and operation) and answers by script. */
function fakeServer(
  answer: (item: QueueItem, n: number) => SendResult = () => ({
    kind: 'saved',
    overridden: [],
  }),
) {
  const calls: string[] = [];
  const send: Sender = async (item) => {
    calls.push(item.id);
    return answer(item, calls.length);
  };
  return { calls, send };
}

describe('the offline queue', () => {
  it('keeps items across a reopen (a reload or a restarted tablet), in the order they were made', async () => {
    const { name, queue } = freshQueue();
    const made = [];
    for (let day = 1; day <= 3; day++)
      made.push(await queue.add({ ...base, change: attendance(day) }));
    made.push(await queue.add({ ...base, change: scores('Andi', 72.5) }));
    const reopened = openQueue(createStore(name, 'changes'));
    const items = await reopened.all();
    expect(items.map((i) => i.id)).toEqual(made.map((i) => i.id));
    expect(items.every((i) => i.state === 'pending' && i.attempts === 0)).toBe(true);
    expect(new Set(items.map((i) => i.id)).size).toBe(4);
  });

  it('replays in order and empties the queue when everything is stored', async () => {
    const { queue } = freshQueue();
    const ids = [];
    for (let day = 1; day <= 3; day++)
      ids.push((await queue.add({ ...base, change: attendance(day) })).id);
    const server = fakeServer();
    expect(await replay(queue, server.send)).toEqual({
      saved: 3,
      refused: 0,
      overridden: 0,
      stopped: null,
    });
    expect(server.calls).toEqual(ids);
    expect(await queue.all()).toEqual([]);
  });

  it('stops without signal and resends the same ids later, so the server applies each once', async () => {
    const { queue } = freshQueue();
    for (let day = 1; day <= 3; day++) await queue.add({ ...base, change: attendance(day) });
    // The second item reaches the server but its answer is lost: the device cannot tell, so it
    // keeps the item and sends it again under the same id.
    const applied = new Set<string>();
    let signal = true;
    let lostOne = false;
    const server = fakeServer((item) => {
      if (!signal) return { kind: 'offline' };
      applied.add(item.id);
      if (applied.size === 2 && !lostOne) {
        lostOne = true;
        signal = false;
        return { kind: 'offline' };
      }
      return { kind: 'saved', overridden: [] };
    });
    const first = await replay(queue, server.send);
    expect(first).toMatchObject({ saved: 1, stopped: 'offline' });
    const waiting = await queue.all();
    expect(waiting).toHaveLength(2);
    expect(waiting[0]?.attempts).toBe(1);
    signal = true;
    expect(await replay(queue, server.send)).toMatchObject({ saved: 2, stopped: null });
    // Every id went at least once and the lost-answer one twice; the server counts ids, not calls.
    expect(server.calls).toHaveLength(4);
    expect(new Set(server.calls).size).toBe(3);
    expect(applied.size).toBe(3);
  });

  it('keeps a refused item with its reason and goes on with the others', async () => {
    const { queue } = freshQueue();
    await queue.add({ ...base, change: scores('Andi', 72.5) });
    const bad = await queue.add({ ...base, change: scores('Budi', 725) });
    await queue.add({ ...base, change: attendance(1) });
    const server = fakeServer((item) =>
      item.id === bad.id
        ? {
            kind: 'refused',
            refusal: {
              code: 'VALIDATION_FAILED',
              message: 'Data tidak valid',
              issues: [{ path: 'postTestScore', message: 'Nilai 0 sampai 100' }],
            },
          }
        : { kind: 'saved', overridden: [] },
    );
    expect(await replay(queue, server.send)).toMatchObject({ saved: 2, refused: 1 });
    const left = await queue.all();
    expect(left).toHaveLength(1);
    expect(left[0]).toMatchObject({
      id: bad.id,
      state: 'refused',
      refusal: { code: 'VALIDATION_FAILED' },
    });
    // A refused item is not sent again by itself: the user fixes or discards it.
    await replay(queue, server.send);
    expect(server.calls.filter((id) => id === bad.id)).toHaveLength(1);
  });

  it('keeps a stored attendance item whose mark lost to a later one, to be read', async () => {
    const { queue } = freshQueue();
    const item = await queue.add({ ...base, change: attendance(2, 'alpa') });
    const server = fakeServer(() => ({
      kind: 'saved',
      overridden: [
        { name: 'Andi', sent: 'alpa', kept: 'hadir', by: 'Dedi', markedAt: '2027-01-12T03:00:00Z' },
      ],
    }));
    expect(await replay(queue, server.send)).toMatchObject({ saved: 1, overridden: 1 });
    expect(await queue.get(item.id)).toMatchObject({ state: 'overridden' });
    await replay(queue, server.send);
    expect(server.calls).toHaveLength(1);
  });

  it('waits when the session ended, and leaves items of another account alone', async () => {
    const { queue } = freshQueue();
    const mine = await queue.add({ ...base, change: attendance(1) });
    await queue.add({ ...base, userId: 'u2', change: attendance(2) });
    const signedOut = fakeServer(() => ({ kind: 'signed-out' }));
    expect(await replay(queue, signedOut.send, { userId: 'u1' })).toMatchObject({
      stopped: 'signed-out',
    });
    expect((await queue.all()).map((i) => i.state)).toEqual(['pending', 'pending']);
    const server = fakeServer();
    await replay(queue, server.send, { userId: 'u1' });
    expect(server.calls).toEqual([mine.id]);
    expect((await queue.all()).map((i) => i.userId)).toEqual(['u2']);
  });

  it('holds every change of a revoked device: none is sent after the refusal, each stays with the reason', async () => {
    const { queue } = freshQueue();
    const first = await queue.add({ ...base, change: attendance(1) });
    const held = [
      await queue.add({ ...base, change: attendance(2) }),
      await queue.add({ ...base, change: scores('Andi', 80) }),
    ];
    const other = await queue.add({ ...base, userId: 'u2', change: attendance(3) });
    const refusal = { code: 'DEVICE_SESSION_REVOKED', message: 'Perangkat ini sudah dikeluarkan' };
    const server = fakeServer((_item, n) =>
      n === 1 ? { kind: 'saved', overridden: [] } : { kind: 'revoked', refusal },
    );
    expect(await replay(queue, server.send)).toEqual({
      saved: 1,
      refused: 2,
      overridden: 0,
      stopped: 'revoked',
    });
    // The first went before the revoke; the second was refused; the third never left the device.
    expect(server.calls).toEqual([first.id, held[0]?.id]);
    const items = await queue.all();
    expect(items.map((i) => [i.id, i.state, i.refusal?.code])).toEqual([
      [held[0]?.id, 'refused', 'DEVICE_SESSION_REVOKED'],
      [held[1]?.id, 'refused', 'DEVICE_SESSION_REVOKED'],
      [other.id, 'pending', undefined],
    ]);
    // A later replay (someone signed in again) sends none of them by itself.
    const later = fakeServer();
    await replay(queue, later.send, { userId: 'u1' });
    expect(later.calls).toEqual([]);
  });

  it('runs one replay at a time', async () => {
    const order: string[] = [];
    const slow = (name: string) =>
      exclusively(async () => {
        order.push(`${name}:start`);
        await new Promise((r) => setTimeout(r, 20));
        order.push(`${name}:end`);
      });
    await Promise.all([slow('a'), slow('b')]);
    expect(order).toEqual(['a:start', 'a:end', 'b:start', 'b:end']);
  });
});

describe('fetchSender', () => {
  const item: QueueItem = {
    id: '0b8f4b4e-3f7c-4f7a-9f59-1f3f0e1d2c3b',
    seq: 1,
    createdAt: '2027-01-11T02:00:00Z',
    ...base,
    change: attendance(1, 'alpa'),
    state: 'pending',
    attempts: 0,
  };
  const json = (body: unknown, status = 200) =>
    (async () =>
      new Response(JSON.stringify(body), {
        status,
        headers: { 'content-type': 'application/json' },
      })) as unknown as typeof fetch;

  it('sends the client id, the marks and when they were made, in the item’s language', async () => {
    let sent: { body: string; headers: Record<string, string> } | undefined;
    const capture = (async (_url: string, init: RequestInit) => {
      sent = { body: String(init.body), headers: init.headers as Record<string, string> };
      return new Response(
        JSON.stringify({
          data: { recordAttendance: { __typename: 'TrainingSession', attendance: [] } },
        }),
      );
    }) as unknown as typeof fetch;
    expect(await fetchSender(capture)(item)).toEqual({ kind: 'saved', overridden: [] });
    const body = JSON.parse(sent?.body ?? '{}');
    expect(body.variables).toMatchObject({
      sessionId: 'session-1',
      clientMutationId: item.id,
      markedAt: '2027-01-11T02:00:00.000Z',
      entries: [{ participantId: 'p1', status: 'alpa' }],
    });
    expect(body.query).toMatch(/clientMutationId: \$clientMutationId/);
    expect(sent?.headers['accept-language']).toBe('id');
  });

  it('reads whose later mark won', async () => {
    const answer = {
      data: {
        recordAttendance: {
          __typename: 'TrainingSession',
          attendance: [
            {
              participantId: 'p1',
              status: 'hadir',
              markedAt: '2027-01-11T03:00:00.000Z',
              recordedByName: 'Dedi',
            },
          ],
        },
      },
    };
    expect(await fetchSender(json(answer))(item)).toEqual({
      kind: 'saved',
      overridden: [
        {
          name: 'Andi',
          sent: 'alpa',
          kept: 'hadir',
          by: 'Dedi',
          markedAt: '2027-01-11T03:00:00.000Z',
        },
      ],
    });
  });

  it.each([
    [
      'a network error',
      (async () => {
        throw new TypeError('Failed to fetch');
      }) as unknown as typeof fetch,
      { kind: 'offline' },
    ],
    [
      'a proxy’s 502 page',
      (async () => new Response('<html>', { status: 502 })) as unknown as typeof fetch,
      { kind: 'offline' },
    ],
    [
      'rate limiting',
      json({ errors: [{ message: 'x', extensions: { code: 'RATE_LIMITED' } }] }, 429),
      { kind: 'offline' },
    ],
    [
      'an ended session',
      json({ errors: [{ message: 'x', extensions: { code: 'UNAUTHENTICATED' } }] }),
      { kind: 'signed-out' },
    ],
    [
      'a revoked device',
      json({
        errors: [
          {
            message: 'Perangkat ini sudah dikeluarkan',
            extensions: { code: 'DEVICE_SESSION_REVOKED' },
          },
        ],
      }),
      {
        kind: 'revoked',
        refusal: { code: 'DEVICE_SESSION_REVOKED', message: 'Perangkat ini sudah dikeluarkan' },
      },
    ],
    [
      'a finished class',
      json({
        data: {
          recordAttendance: {
            __typename: 'ClassFinishedError',
            errorCode: 'CLASS_FINISHED',
            message: 'Pelatihan sudah diselesaikan',
          },
        },
      }),
      {
        kind: 'refused',
        refusal: { code: 'CLASS_FINISHED', message: 'Pelatihan sudah diselesaikan' },
      },
    ],
  ])('reads %s', async (_name, fetchImpl, expected) => {
    expect(await fetchSender(fetchImpl)(item)).toEqual(expected);
  });
});
