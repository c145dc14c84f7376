/** How many backups `npm run backup -- --prune` keeps: the newest of each recent day and month. */
export interface BackupRetention {
  daily: number;
  monthly: number;
}

/** The default schedule's retention: one a day for 14 days, one a month for 12 months. */
export const DEFAULT_BACKUP_RETENTION: BackupRetention = { daily: 14, monthly: 12 };

/**
 * The backups to delete. Kept: the newest backup of each of the `daily` most recent days that
 * have one, and the newest of each of the `monthly` most recent months that have one (UTC), so
 * a missed night never shortens the history. The newest backup is always kept.
 */
export function backupsToPrune(
  backups: { name: string; createdAt: Date }[],
  retention: BackupRetention,
): string[] {
  const newestFirst = [...backups].sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime());
  const keep = new Set<string>();
  const keepNewestPer = (period: (d: Date) => string, count: number) => {
    const seen = new Set<string>();
    for (const b of newestFirst) {
      const p = period(b.createdAt);
      if (seen.has(p)) continue;
      if (seen.size >= count) break;
      seen.add(p);
      keep.add(b.name);
    }
  };
  keepNewestPer((d) => d.toISOString().slice(0, 10), retention.daily);
  keepNewestPer((d) => d.toISOString().slice(0, 7), retention.monthly);
  if (newestFirst[0]) keep.add(newestFirst[0].name);
  return newestFirst.filter((b) => !keep.has(b.name)).map((b) => b.name);
}

/** The time in a name written by `backupFileName` (`blk-<kind>-YYYYMMDDTHHMMSSZ.tar.gz`). */
export function backupTimeFromName(name: string): Date | null {
  const m = /^blk-(?:pglite|postgres)-(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z\.tar\.gz$/.exec(
    name,
  );
  if (!m) return null;
  const [, y, mo, d, h, mi, s] = m;
  return new Date(`${y}-${mo}-${d}T${h}:${mi}:${s}Z`);
}
