import { endOfJakartaDay } from '@blk/domain';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SOP } from './default-sop';
import { findStep } from './definition';
import {
  evaluateRequestSla,
  type HistoryEvent,
  median,
  periodKey,
  type RequestHistory,
  slaCompliance,
} from './sla';
import { calendar, wib } from './test-fixtures';

const staff = (staffId: string) => ({ kind: 'staff' as const, staffId });
const ev = (
  action: string,
  fromState: string,
  toState: string,
  at: string,
  extra: Partial<HistoryEvent> = {},
) => ({
  action,
  fromState,
  toState,
  at: wib(at),
  ...extra,
});

/** A request that went smoothly except a late assessment and a late report. */
const history: RequestHistory = {
  requestId: 'r1',
  submittedAt: wib('2025-03-03T09:00'),
  events: [
    ev('verify', 'diterima', 'asesmen_kebutuhan', '2025-03-03T14:00', { actor: staff('p1') }),
    ev('submit_assessment', 'asesmen_kebutuhan', 'persetujuan', '2025-03-12T10:00', {
      actor: staff('k1'),
    }),
    ev('approve', 'persetujuan', 'penjadwalan', '2025-03-13T09:00', { actor: staff('b1') }),
    ev('schedule', 'penjadwalan', 'terjadwal', '2025-03-14T09:00', {
      actor: staff('c1'),
      schedule: { startDate: '2025-03-17', endDate: '2025-03-28' },
    }),
    ev('start', 'terjadwal', 'pelaksanaan', '2025-03-17T08:00', { actor: staff('i1') }),
    ev('finish', 'pelaksanaan', 'pelaporan', '2025-03-28T15:00', { actor: staff('i1') }),
    ev('submit_report', 'pelaporan', 'menunggu_survei', '2025-04-07T10:00', { actor: staff('i1') }),
  ],
};

describe('evaluateRequestSla', () => {
  it('rates each finished step and the running one', () => {
    const sla = evaluateRequestSla(DEFAULT_SOP, history, {
      now: wib('2025-04-08T10:00'),
      calendar,
    });
    expect(sla.map((s) => [s.stepKey, s.status])).toEqual([
      ['diterima', 'on_time'],
      ['asesmen_kebutuhan', 'late'],
      ['persetujuan', 'on_time'],
      ['penjadwalan', 'on_time'],
      ['terjadwal', 'on_time'],
      ['pelaksanaan', 'on_time'],
      ['pelaporan', 'late'],
      ['menunggu_survei', 'running'],
    ]);
    expect(sla[1]).toMatchObject({
      role: 'kepala_seksi',
      staffId: 'k1',
      dueAt: endOfJakartaDay('2025-03-10'),
      endedAt: wib('2025-03-12T10:00'),
    });
    expect(sla[1]?.workingDaysTaken).toBeCloseTo(6 + 20 / 24, 6); // Mon 10 h + 6 days + Wed 10 h
    expect(sla[5]?.dueAt).toEqual(endOfJakartaDay('2025-03-28'));
    expect(sla[6]?.dueAt).toEqual(endOfJakartaDay('2025-04-04')); // 31 Mar and 1 Apr are holidays
    expect(sla[7]).toMatchObject({ endedAt: null, dueAt: endOfJakartaDay('2025-04-21') });
    expect(sla[7]?.remaining?.unit).toBe('hari_kerja');
  });

  it.each([
    ['plenty of time', '2025-04-15T10:00', undefined, 'running'],
    ['less than a working day left', '2025-04-21T10:00', undefined, 'due_soon'],
    ['less than half the time left', '2025-04-15T10:00', { fraction: 0.5 }, 'due_soon'],
    ['more than a fifth left', '2025-04-15T10:00', { fraction: 0.2 }, 'running'],
    ['more than 5 working days asked', '2025-04-15T10:00', { workingDays: 5 }, 'due_soon'],
    ['overdue while running', '2025-04-22T00:00', undefined, 'late'],
  ] as const)('running step with %s → %s', (_n, now, dueSoon, status) => {
    const sla = evaluateRequestSla(DEFAULT_SOP, history, {
      now: wib(now),
      calendar,
      ...(dueSoon ? { dueSoon } : {}),
    });
    expect(sla.at(-1)?.status).toBe(status);
  });

  it.each([
    ['1.5 office hours in', '2025-03-03T10:30', undefined, 'due_soon', 2.5],
    ['half the hours still left', '2025-03-03T10:30', { fraction: 0.5 }, 'running', 2.5],
    ['past the deadline', '2025-03-03T14:00', undefined, 'late', -1],
  ] as const)('jam_kerja step: %s', (_n, now, dueSoon, status, left) => {
    const def = structuredClone(DEFAULT_SOP);
    const s = findStep(def, 'diterima');
    if (s) s.timeStandard = { unit: 'jam_kerja', value: 4 };
    const sla = evaluateRequestSla(
      def,
      { submittedAt: wib('2025-03-03T09:00'), events: [] },
      { now: wib(now), calendar, ...(dueSoon ? { dueSoon } : {}) },
    );
    expect(sla).toHaveLength(1);
    expect(sla[0]?.status).toBe(status);
    expect(sla[0]?.remaining).toEqual({ unit: 'jam_kerja', value: left });
  });

  it('leaves end steps out and marks a jadwal step without schedule as plain running', () => {
    const sla = evaluateRequestSla(
      DEFAULT_SOP,
      {
        submittedAt: wib('2025-03-03T09:00'),
        events: [ev('reject', 'diterima', 'ditolak', '2025-03-03T11:00')],
      },
      { now: wib('2025-03-05T09:00'), calendar },
    );
    expect(sla.map((s) => s.stepKey)).toEqual(['diterima']);
    const running = evaluateRequestSla(
      DEFAULT_SOP,
      {
        submittedAt: wib('2025-03-03T09:00'),
        events: [ev('x', 'pelaksanaan', 'pelaksanaan', '2025-03-04T09:00')],
      },
      { now: wib('2025-03-05T09:00'), calendar },
    );
    expect(running.map((s) => s.status)).toEqual(['on_time', 'running']);
    expect(running[1]?.dueAt).toBeNull();
  });

  it('uses the request schedule when no event carries one', () => {
    const sla = evaluateRequestSla(
      DEFAULT_SOP,
      {
        submittedAt: wib('2025-03-03T09:00'),
        events: [ev('x', 'penjadwalan', 'terjadwal', '2025-03-04T09:00')],
        schedule: { endDate: '2025-03-07' },
      },
      { now: wib('2025-03-10T09:00'), calendar },
    );
    expect(sla[1]).toMatchObject({
      stepKey: 'terjadwal',
      status: 'late',
      dueAt: endOfJakartaDay('2025-03-07'),
    });
  });

  it('counts a revisited step once per visit', () => {
    const sla = evaluateRequestSla(
      DEFAULT_SOP,
      {
        submittedAt: wib('2025-03-03T09:00'),
        events: [
          ev('return_for_completion', 'diterima', 'menunggu_kelengkapan', '2025-03-03T10:00'),
          ev('complete', 'menunggu_kelengkapan', 'diterima', '2025-03-05T10:00', {
            actor: { kind: 'requester' },
          }),
        ],
      },
      { now: wib('2025-03-05T11:00'), calendar },
    );
    expect(sla.map((s) => [s.stepKey, s.status])).toEqual([
      ['diterima', 'on_time'],
      ['menunggu_kelengkapan', 'on_time'],
      ['diterima', 'running'],
    ]);
  });
});

describe('periodKey', () => {
  it.each([
    ['2025-03-31T16:59:59Z', 'month', '2025-03'],
    ['2025-03-31T17:00:00Z', 'month', '2025-04'],
    ['2025-03-31T17:00:00Z', 'quarter', '2025-Q2'],
    ['2025-03-31T16:00:00Z', 'quarter', '2025-Q1'],
    ['2025-06-30T17:00:00Z', 'semester', '2025-S2'],
    ['2025-06-30T16:00:00Z', 'semester', '2025-S1'],
    ['2025-12-31T17:00:00Z', 'quarter', '2026-Q1'],
  ] as const)('%s by %s → %s (WIB)', (instant, period, key) => {
    expect(periodKey(new Date(instant), period)).toBe(key);
  });
});

describe('median', () => {
  it.each([
    [[], null],
    [[3], 3],
    [[5, 1, 3], 3],
    [[4, 1, 3, 2], 2.5],
  ])('%o → %s', (values, expected) => {
    expect(median(values)).toBe(expected);
  });
});

describe('slaCompliance', () => {
  const done: RequestHistory = {
    requestId: 'r2',
    submittedAt: wib('2025-03-03T09:00'),
    events: [
      ev('verify', 'diterima', 'asesmen_kebutuhan', '2025-03-05T09:00', { actor: staff('p2') }),
      ev('cancel', 'asesmen_kebutuhan', 'dibatalkan', '2025-03-06T09:00', {
        actor: { kind: 'requester' },
      }),
    ],
  };
  const now = wib('2025-04-08T10:00');

  it('aggregates on-time shares by step, role, staff and period', () => {
    const report = slaCompliance(
      [
        { definition: DEFAULT_SOP, history },
        { definition: DEFAULT_SOP, history: done },
      ],
      { now, calendar },
    );
    expect(report.overall).toEqual({ total: 9, onTime: 6, late: 3, share: 6 / 9 });
    expect(report.byStep.diterima).toEqual({ total: 2, onTime: 1, late: 1, share: 0.5 });
    expect(report.byRole.instruktur).toEqual({ total: 3, onTime: 2, late: 1, share: 2 / 3 });
    expect(report.byStaff.k1).toEqual({ total: 1, onTime: 0, late: 1, share: 0 });
    expect(Object.keys(report.byStaff)).toEqual(['b1', 'c1', 'i1', 'k1', 'p1', 'p2']);
    expect(report.byPeriod).toEqual({
      '2025-03': { total: 8, onTime: 6, late: 2, share: 0.75 },
      '2025-04': { total: 1, onTime: 0, late: 1, share: 0 },
    });
    // the requester's survey step is running and not the office's time anyway
    expect(report.byStep.menunggu_survei).toBeUndefined();
    expect(report.completedRequests).toBe(1);
    expect(report.medianCompletionWorkingDays).toBe(3);
  });

  it('can count requester steps, group by quarter and measure completion to a chosen state', () => {
    const report = slaCompliance([{ definition: DEFAULT_SOP, history }], {
      now: wib('2025-05-30T10:00'),
      calendar,
      period: 'quarter',
      includeRequesterSteps: true,
      completionState: 'menunggu_survei',
    });
    expect(report.byStep.menunggu_survei).toEqual({ total: 1, onTime: 0, late: 1, share: 0 });
    expect(Object.keys(report.byPeriod)).toEqual(['2025-Q1', '2025-Q2']);
    expect(report.completedRequests).toBe(1);
    expect(report.medianCompletionWorkingDays).toBeGreaterThan(20);
  });

  it('reports null shares when nothing was measured', () => {
    const report = slaCompliance([], { now, calendar });
    expect(report.overall).toEqual({ total: 0, onTime: 0, late: 0, share: null });
    expect(report.medianCompletionWorkingDays).toBeNull();
  });
});
