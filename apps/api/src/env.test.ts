import { describe, expect, it } from 'vitest';
import { loadEnv, productionProblems } from './env';

/** A production configuration with every secret set. */
const complete = {
  NODE_ENV: 'production',
  DATABASE_URL: 'postgres://blk:secret@db.internal:5432/blk',
  BLK_TOKEN_SECRET: 'x'.repeat(48),
  SMTP_URL: 'smtps://mailer:app-password@smtp.babelprov.go.id:465',
  SMTP_FROM: 'BLK on the Spot <blk@disnaker.babelprov.go.id>',
};

describe('loadEnv', () => {
  it('starts in development with nothing set (embedded database, generated secrets)', () => {
    const env = loadEnv({});
    expect(env.NODE_ENV).toBe('development');
    expect(env.DATABASE_URL).toBeUndefined();
    expect(env.BLK_RETENTION_PARTICIPANT_YEARS).toBe(5);
    expect(env.BLK_RETENTION_OUTBOX_DAYS).toBe(90);
  });

  it('starts in production with every secret set', () => {
    expect(productionProblems(loadEnv(complete))).toEqual([]);
  });

  it.each([
    ['DATABASE_URL', { DATABASE_URL: undefined }],
    ['DATABASE_URL', { DATABASE_URL: '' }],
    ['SMTP_URL', { SMTP_URL: 'smtp://smtp.babelprov.go.id:587' }],
    ['SMTP_URL', { SMTP_URL: 'smtp://mailer@smtp.babelprov.go.id:587' }],
    ['SMTP_FROM', { SMTP_FROM: undefined }],
    ['BLK_SEED_DEMO', { BLK_SEED_DEMO: '1' }],
    ['BLK_INSECURE_COOKIES', { BLK_INSECURE_COOKIES: '1' }],
  ])('refuses production with a missing or unsafe %s, one line naming it', (key, change) => {
    const source = { ...complete, ...change };
    expect(() => loadEnv(source)).toThrow(
      new RegExp(`^Refusing to start in production:\\n  ${key}: [^\\n]+$`),
    );
  });

  it('lists every problem at once', () => {
    expect(() => loadEnv({ NODE_ENV: 'production', BLK_SEED_DEMO: '1' })).toThrow(
      /\n {2}DATABASE_URL: [^\n]+\n(.+\n)* {2}BLK_SEED_DEMO: /,
    );
  });

  it('allows the embedded database and demo data on a machine marked as a demo (npm start)', () => {
    const demo = { NODE_ENV: 'production', BLK_DEMO: '1', BLK_SEED_DEMO: '1' };
    expect(productionProblems(loadEnv({ ...demo, BLK_TOKEN_SECRET: 'x'.repeat(32) }))).toEqual([]);
  });

  it('allows production without SMTP (e-mails are written to the outbox folder)', () => {
    expect(productionProblems(loadEnv({ ...complete, SMTP_URL: undefined }))).toEqual([]);
  });

  it('refuses retention periods too short to finish a training and its report', () => {
    expect(() => loadEnv({ BLK_RETENTION_PARTICIPANT_YEARS: '0' })).toThrow(
      /BLK_RETENTION_PARTICIPANT_YEARS/,
    );
    expect(() => loadEnv({ BLK_RETENTION_OUTBOX_DAYS: '1' })).toThrow(/BLK_RETENTION_OUTBOX_DAYS/);
  });
});
