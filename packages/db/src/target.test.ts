import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from './client';
import { DatabaseError } from './errors';
import { DEFAULT_PGLITE_DIR, redactUrl, resolveDatabaseTarget } from './target';

async function errorCode(promise: Promise<unknown>): Promise<string | undefined> {
  try {
    await promise;
  } catch (error) {
    return error instanceof DatabaseError ? error.code : String(error);
  }
  return undefined;
}

describe('resolveDatabaseTarget', () => {
  it('defaults to PGlite in the workspace', () => {
    expect(resolveDatabaseTarget({})).toEqual({ kind: 'pglite', dataDir: DEFAULT_PGLITE_DIR });
    expect(resolveDatabaseTarget({ databaseUrl: '  ' })).toEqual({
      kind: 'pglite',
      dataDir: DEFAULT_PGLITE_DIR,
    });
    expect(resolveDatabaseTarget({ pgliteDir: 'memory://' })).toEqual({ kind: 'pglite-memory' });
  });
  it('accepts postgres URLs', () => {
    expect(resolveDatabaseTarget({ databaseUrl: 'postgresql://u:p@db:5432/blk' })).toEqual({
      kind: 'postgres',
      url: 'postgresql://u:p@db:5432/blk',
    });
  });
  it.each([
    ['not a url', 'it is not a URL'],
    ['mysql://root@db/blk', 'scheme'],
    ['postgres://u@db:5432', 'names no database'],
    ['postgres:///blk', 'names no host'],
  ])('rejects %s with a clear message', (url, why) => {
    expect(() => resolveDatabaseTarget({ databaseUrl: url })).toThrowError(why);
    expect(() => resolveDatabaseTarget({ databaseUrl: url })).toThrowError(DatabaseError);
  });
  it('never prints the password', () => {
    expect(redactUrl('postgres://u:secret@db/blk')).toBe('postgres://u:***@db/blk');
    expect(() => resolveDatabaseTarget({ databaseUrl: 'mysql://u:secret@db/blk' })).toThrowError(
      /\*\*\*/,
    );
  });
});

describe('opening a database', () => {
  it('explains an unreachable PostgreSQL server', async () => {
    expect(
      await errorCode(openDatabase({ kind: 'postgres', url: 'postgres://u@127.0.0.1:1/blk' })),
    ).toBe('DATABASE_UNREACHABLE');
  });
  it('explains an unusable PGlite directory', async () => {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'blk-file-')), 'not-a-dir');
    fs.writeFileSync(file, '');
    expect(
      await errorCode(openDatabase({ kind: 'pglite', dataDir: path.join(file, 'pglite') })),
    ).toBe('DATA_DIR_UNWRITABLE');
  });
  it('refuses a PGlite directory locked by another live process', async () => {
    const dataDir = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'blk-lock-')), 'pglite');
    fs.mkdirSync(dataDir);
    fs.writeFileSync(`${dataDir}.lock`, String(process.ppid));
    expect(await errorCode(openDatabase({ kind: 'pglite', dataDir }))).toBe('DATA_DIR_LOCKED');
  });
  it('takes over the lock of a process that died, and releases it on close', async () => {
    const dataDir = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'blk-lock-')), 'pglite');
    fs.mkdirSync(dataDir);
    fs.writeFileSync(`${dataDir}.lock`, '999999999');
    const db = await openDatabase({ kind: 'pglite', dataDir }, { migrate: true });
    expect(fs.readFileSync(`${dataDir}.lock`, 'utf8')).toBe(String(process.pid));
    expect(await db.ping()).toBe(true);
    await db.close();
    expect(fs.existsSync(`${dataDir}.lock`)).toBe(false);
  });
});
