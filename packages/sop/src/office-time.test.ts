import { describe, expect, it } from 'vitest';
import { DEFAULT_SOP } from './default-sop';
import { scheduleSourceOf } from './definition';
import { requestTimeSplit, summarizeTimeSplits } from './office-time';
import type { HistoryEvent, RequestHistory } from './sla';
import { calendar, wib } from './test-fixtures';

const ev = (action: string, fromState: string, toState: string, at: string): HistoryEvent => ({
  action,
  fromState,
  toState,
  at: wib(at),
});

/**
 * Submitted Monday 3 March 2025 09:00; returned for completion at 14:00; the requester took ten
 * working days (to Monday 17 March 14:00); then every office step was quick.
 */
const waited: RequestHistory = {
  submittedAt: wib('2025-03-03T09:00'),
  events: [
    ev('return_for_completion', 'diterima', 'menunggu_kelengkapan', '2025-03-03T14:00'),
    ev('complete', 'menunggu_kelengkapan', 'diterima', '2025-03-17T14:00'),
    ev('verify', 'diterima', 'asesmen_kebutuhan', '2025-03-18T14:00'),
    ev('submit_assessment', 'asesmen_kebutuhan', 'persetujuan', '2025-03-20T14:00'),
    ev('approve', 'persetujuan', 'penjadwalan', '2025-03-21T14:00'),
    ev('schedule', 'penjadwalan', 'terjadwal', '2025-03-24T14:00'),
    ev('start', 'terjadwal', 'pelaksanaan', '2025-03-25T08:00'),
  ],
};

describe('requestTimeSplit', () => {
  it('stops the office clock while the request waits on the requester', () => {
    const split = requestTimeSplit(DEFAULT_SOP, waited, calendar, { leaving: 'penjadwalan' });
    expect(split.reached).toBe(true);
    expect(split.requesterWorkingDays).toBe(10);
    // 5 h on 3 March, 1 day to 18 March, 2 to 20 March, 1 to 21 March, 1 to 24 March (weekend).
    expect(split.officeWorkingDays).toBeCloseTo(5 / 24 + 1 + 2 + 1 + 1, 10);
    expect(split.totalWorkingDays).toBeCloseTo(
      split.officeWorkingDays + split.requesterWorkingDays,
      10,
    );
  });

  it('counts up to reaching a state, or an end step by default', () => {
    const toApproval = requestTimeSplit(DEFAULT_SOP, waited, calendar, { reaching: 'persetujuan' });
    expect(toApproval).toMatchObject({ reached: true, requesterWorkingDays: 10 });
    expect(toApproval.officeWorkingDays).toBeCloseTo(5 / 24 + 1 + 2, 10);
    const open = requestTimeSplit(DEFAULT_SOP, waited, calendar);
    expect(open.reached).toBe(false);
  });

  it('leaves system-lane time out of both and does not count leaving a step to an end', () => {
    const closed: RequestHistory = {
      submittedAt: wib('2025-03-03T09:00'),
      events: [
        ev('return_for_completion', 'diterima', 'menunggu_kelengkapan', '2025-03-03T14:00'),
        ev('auto_close', 'menunggu_kelengkapan', 'ditutup_tidak_lengkap', '2025-03-17T14:00'),
      ],
    };
    const split = requestTimeSplit(DEFAULT_SOP, closed, calendar);
    expect(split).toMatchObject({ reached: true, requesterWorkingDays: 10 });
    expect(
      requestTimeSplit(DEFAULT_SOP, closed, calendar, { leaving: 'menunggu_kelengkapan' }),
    ).toMatchObject({ reached: false });
  });
});

describe('summarizeTimeSplits', () => {
  it('takes medians over the requests that reached the target', () => {
    const quick: RequestHistory = {
      submittedAt: wib('2025-03-03T09:00'),
      events: [
        ev('verify', 'diterima', 'asesmen_kebutuhan', '2025-03-04T09:00'),
        ev('submit_assessment', 'asesmen_kebutuhan', 'persetujuan', '2025-03-05T09:00'),
        ev('approve', 'persetujuan', 'penjadwalan', '2025-03-06T09:00'),
        ev('schedule', 'penjadwalan', 'terjadwal', '2025-03-07T09:00'),
      ],
    };
    const unfinished: RequestHistory = { submittedAt: wib('2025-03-03T09:00'), events: [] };
    const summary = summarizeTimeSplits(
      [quick, waited, unfinished].map((history) => ({ definition: DEFAULT_SOP, history })),
      calendar,
      (def) => {
        const source = scheduleSourceOf(def);
        return source ? { leaving: source.step } : undefined;
      },
    );
    expect(summary.requests).toBe(2);
    expect(summary.medianRequesterWorkingDays).toBe(5);
    expect(summary.medianOfficeWorkingDays).toBeCloseTo((4 + (5 / 24 + 5)) / 2, 10);
    expect(summarizeTimeSplits([], calendar)).toEqual({
      requests: 0,
      medianOfficeWorkingDays: null,
      medianRequesterWorkingDays: null,
      medianTotalWorkingDays: null,
    });
  });
});
