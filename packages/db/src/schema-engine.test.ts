import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MIGRATIONS_DIR } from './migrate';
import { openSchemaDiffer, type SchemaDiffer } from './schema-engine';

const SCHEMA = `datasource db {
  provider = "postgresql"
}

model Author {
  id    Int    @id @default(autoincrement())
  email String @unique
  books Book[]
}

model Book {
  id       Int    @id @default(autoincrement())
  title    String
  pages    Int
  authorId Int
  author   Author @relation(fields: [authorId], references: [id])
}
`;

// Hand-written rules the schema language cannot express: the engine must neither drop them nor
// report them as drift.
const HAND_WRITTEN = `ALTER TABLE "Book" ADD CONSTRAINT "Book_pages_positive" CHECK ("pages" > 0);
CREATE FUNCTION "refuse_change"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'table % is append-only', TG_TABLE_NAME;
END;
$$;
CREATE TRIGGER "Book_append_only" BEFORE UPDATE OR DELETE ON "Book"
  FOR EACH ROW EXECUTE FUNCTION "refuse_change"();
`;

let dir: string;
let differ: SchemaDiffer;
const paths = () => ({
  migrationsDir: path.join(dir, 'migrations'),
  schemaPath: path.join(dir, 'schema.prisma'),
});

async function writeMigration(name: string, sql: string): Promise<void> {
  await mkdir(path.join(dir, 'migrations', name), { recursive: true });
  await writeFile(path.join(dir, 'migrations', name, 'migration.sql'), sql);
}

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'blk-schema-engine-'));
  await writeFile(paths().schemaPath, SCHEMA);
  differ = await openSchemaDiffer();
});

afterAll(async () => {
  await differ?.close();
  await rm(dir, { recursive: true, force: true });
});

// One PGlite for the whole file: its start-up (~3-4 s) dominates, each diff is ~0.1-0.2 s.
describe('schema engine diff', { timeout: 30_000 }, () => {
  let init = '';

  it('creates the tables when there is no migration yet', async () => {
    init = await differ.diffFiles(paths());
    expect(init).toContain('-- CreateTable\nCREATE TABLE "Author"');
    expect(init).toContain('CREATE TABLE "Book"');
    expect(init).toContain('-- AddForeignKey');
  });

  it('is empty once that migration is written', async () => {
    await writeMigration('20260101000000_init', init);
    expect(await differ.diffFiles(paths())).toBe('');
  });

  it('detects a schema change without a migration', async () => {
    const changed = SCHEMA.replace('pages    Int', 'pages    Int\n  isbn     String?');
    const sql = await differ.diff([{ name: '20260101000000_init', sql: init }], {
      path: paths().schemaPath,
      content: changed,
    });
    expect(sql).toBe('-- AlterTable\nALTER TABLE "Book" ADD COLUMN     "isbn" TEXT;\n');
  });

  it('ignores hand-written CHECK constraints, functions and triggers', async () => {
    await writeMigration('20260101000100_constraints', HAND_WRITTEN);
    expect(await differ.diffFiles(paths())).toBe('');
  });

  it('names the migration that fails to apply', async () => {
    const bad = [{ name: '20260101000000_bad', sql: 'ALTER TABLE "Nope" ADD COLUMN x int;' }];
    await expect(differ.diff(bad, { path: paths().schemaPath, content: SCHEMA })).rejects.toThrow(
      /20260101000000_bad failed to apply: relation "Nope" does not exist/,
    );
  });
});

describe('this repository', { timeout: 30_000 }, () => {
  const schemaPath = path.resolve(MIGRATIONS_DIR, '../schema.prisma');

  it.skipIf(!existsSync(schemaPath) || !existsSync(MIGRATIONS_DIR))(
    'has migrations that match prisma/schema.prisma (no drift)',
    async () => {
      expect(await differ.diffFiles({ migrationsDir: MIGRATIONS_DIR, schemaPath })).toBe('');
    },
  );
});
