import { mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadEnv } from '../../env';
import { accessTokenFor } from './public-submission';
import { readOrCreateSecret, resolveTokenSecret, TEST_TOKEN_SECRET } from './token-secret';

describe('the access-token secret', () => {
  const secret = 'x'.repeat(40);

  it('makes the token depend on the secret, the purpose and the key', () => {
    const key = '0b5c3f8e-1d2a-4c6b-9e7f-123456789abc';
    const token = accessTokenFor('request', key, secret);
    expect(token).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){3}$/);
    expect(accessTokenFor('request', key, secret)).toBe(token);
    expect(accessTokenFor('request', key, `${secret}y`)).not.toBe(token);
    expect(accessTokenFor('feedback', key, secret)).not.toBe(token);
    expect(accessTokenFor('request', `${key.slice(0, -1)}d`, secret)).not.toBe(token);
    // Without a key it is random.
    expect(accessTokenFor('request', undefined, secret)).not.toBe(
      accessTokenFor('request', undefined, secret),
    );
  });

  it('is generated once into the data folder, readable only by the server, and reused', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'blk-secret-'));
    const pgliteDir = path.join(dir, 'data', 'pglite');
    const first = resolveTokenSecret({ NODE_ENV: 'development', BLK_PGLITE_DIR: pgliteDir });
    const file = path.join(dir, 'data', 'token-secret');
    expect(first.source).toBe(file);
    expect(first.secret.length).toBeGreaterThanOrEqual(32);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(readFileSync(file, 'utf8').trim()).toBe(first.secret);
    expect(resolveTokenSecret({ NODE_ENV: 'development', BLK_PGLITE_DIR: pgliteDir }).secret).toBe(
      first.secret,
    );
  });

  it('refuses a secret file that holds too little', () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'blk-secret-')), 'token-secret');
    writeFileSync(file, 'short\n');
    expect(() => readOrCreateSecret(file)).toThrow(/fewer than 32/);
  });

  it('takes BLK_TOKEN_SECRET first, and the fixed test secret under tests', () => {
    expect(resolveTokenSecret({ NODE_ENV: 'production', BLK_TOKEN_SECRET: secret })).toEqual({
      secret,
      source: 'environment',
    });
    expect(resolveTokenSecret({ NODE_ENV: 'test' }).secret).toBe(TEST_TOKEN_SECRET);
  });

  it('stops a production start without it, with one line saying what to do', () => {
    const demo = { NODE_ENV: 'production', BLK_DEMO: '1' };
    expect(() => loadEnv(demo)).toThrow(/\n {2}BLK_TOKEN_SECRET: required in production, .*\n?$/);
    expect(() => loadEnv({ ...demo, BLK_TOKEN_SECRET: 'short' })).toThrow(
      /BLK_TOKEN_SECRET: at least 32 characters/,
    );
    expect(loadEnv({ ...demo, BLK_TOKEN_SECRET: secret }).BLK_TOKEN_SECRET).toBe(secret);
    expect(loadEnv({ NODE_ENV: 'development' }).BLK_TOKEN_SECRET).toBeUndefined();
  });
});
