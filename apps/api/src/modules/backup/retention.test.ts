import { describe, expect, it } from 'vitest';
import { backupFileName } from './backup';
import { backupsToPrune, backupTimeFromName } from './retention';

const at = (iso: string) => ({
  name: backupFileName('postgres', new Date(iso)),
  createdAt: new Date(iso),
});

describe('backup retention', () => {
  it('keeps one a day for the recent days and one a month for the recent months', () => {
    // Nightly at 01:00 for 400 days, plus a second (manual) backup on the last day.
    const nights = Array.from({ length: 400 }, (_, i) =>
      at(new Date(Date.UTC(2026, 11, 6, 1) - i * 86_400_000).toISOString()),
    );
    const manual = at('2026-12-06T09:30:00Z');
    const all = [...nights, manual];
    const pruned = new Set(backupsToPrune(all, { daily: 14, monthly: 12 }));
    const kept = all.filter((b) => !pruned.has(b.name));
    // 14 days, 23 Nov to 6 Dec (the newest of 6 Dec is the manual one); the newest of December
    // and of November are among them, so the months add the newest of October back to January.
    expect(kept).toHaveLength(14 + 10);
    expect(kept).toContainEqual(manual);
    expect(pruned.has(nights[0]?.name ?? '')).toBe(true);
    const months = new Set(kept.map((b) => b.createdAt.toISOString().slice(0, 7)));
    expect(months.size).toBe(12);
    expect([...months].sort()[0]).toBe('2026-01');
    // Each kept month's backup is that month's newest.
    expect(kept).toContainEqual(at('2026-01-31T01:00:00Z'));
  });

  it('never prunes the only or newest backup, and a gap does not shorten the history', () => {
    const one = at('2026-12-06T01:00:00Z');
    expect(backupsToPrune([one], { daily: 1, monthly: 0 })).toEqual([]);
    const sparse = [
      at('2026-12-06T01:00:00Z'),
      at('2026-11-01T01:00:00Z'),
      at('2026-10-01T01:00:00Z'),
    ];
    expect(backupsToPrune(sparse, { daily: 3, monthly: 0 })).toEqual([]);
  });

  it('reads the time back from the file name', () => {
    const when = new Date('2026-12-06T01:02:03Z');
    expect(backupTimeFromName(backupFileName('pglite', when))).toEqual(when);
    expect(backupTimeFromName('notes.txt')).toBeNull();
  });
});
