import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { expect } from '@playwright/test';

/** Where the e2e API writes the messages it would send (no SMTP, no SMS gateway). */
export const OUTBOX_DIR =
  process.env.E2E_OUTBOX_DIR ??
  path.join(os.tmpdir(), `blk-e2e-outbox-${process.env.E2E_API_PORT ?? 4100}`);

/**
 * The messages (SMS text files and .eml e-mails) that mention every one of `needles`, once they
 * are written. Name the request's tracking code among them: the folder outlives a run.
 */
export async function messagesAbout(needles: readonly string[], count: number): Promise<string[]> {
  let found: string[] = [];
  await expect(async () => {
    const names = await fs.readdir(OUTBOX_DIR).catch(() => [] as string[]);
    const texts = await Promise.all(
      names.map((n) => fs.readFile(path.join(OUTBOX_DIR, n), 'utf8').catch(() => '')),
    );
    // Quoted-printable e-mails wrap long lines with '=\n'; unwrap before searching.
    found = texts
      .map((t) => t.replace(/=\r?\n/g, ''))
      .filter((t) => needles.every((n) => t.includes(n)));
    expect(found.length).toBeGreaterThanOrEqual(count);
  }).toPass({ timeout: 30_000 });
  return found;
}
