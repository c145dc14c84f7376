import { describe, expect, it } from 'vitest';
import { DatabaseError } from './errors';
import { type MigrationFile, planMigrations, readMigrations } from './migrate';

const file = (name: string, sql = `-- ${name}`): MigrationFile => ({
  name,
  sql,
  checksum: `sum-${sql}`,
});
const applied = (m: MigrationFile, finished = true) => ({
  migration_name: m.name,
  checksum: m.checksum,
  finished_at: finished ? new Date() : null,
  rolled_back_at: null,
});

function codeOf(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (error) {
    return error instanceof DatabaseError ? error.code : 'OTHER';
  }
  return undefined;
}

describe('planMigrations', () => {
  const a = file('20260101000000_a');
  const b = file('20260201000000_b');
  const c = file('20260301000000_c');

  it('applies everything on an empty database, in order', () => {
    expect(planMigrations([a, b, c], []).map((m) => m.name)).toEqual([a.name, b.name, c.name]);
  });
  it('applies only what is pending', () => {
    expect(planMigrations([a, b, c], [applied(a), applied(b)])).toEqual([c]);
  });
  it('refuses a migration edited after it was applied', () => {
    expect(codeOf(() => planMigrations([file(a.name, 'changed'), b], [applied(a)]))).toBe(
      'MIGRATION_EDITED',
    );
  });
  it('refuses a database with a migration the code does not have', () => {
    expect(codeOf(() => planMigrations([a], [applied(a), applied(b)]))).toBe(
      'MIGRATION_MISSING_LOCALLY',
    );
  });
  it('refuses a new migration that sorts before an applied one', () => {
    expect(codeOf(() => planMigrations([a, b, c], [applied(a), applied(c)]))).toBe(
      'MIGRATION_OUT_OF_ORDER',
    );
  });
  it('refuses to continue after a migration that never finished', () => {
    expect(codeOf(() => planMigrations([a, b], [applied(a, false)]))).toBe('MIGRATION_FAILED');
  });
});

describe('readMigrations', () => {
  it('reads the shipped migrations in order with sha256 checksums', () => {
    const migrations = readMigrations();
    expect(migrations.length).toBeGreaterThanOrEqual(2);
    expect(migrations.map((m) => m.name)).toEqual(migrations.map((m) => m.name).sort());
    for (const m of migrations) expect(m.checksum).toMatch(/^[0-9a-f]{64}$/);
  });
});
