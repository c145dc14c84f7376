import os from 'node:os';
import path from 'node:path';
import { seedAll } from '@blk/db/seed';
import { buildTestTemplates, type TestTemplates } from '@blk/db/testing';
import type { TestProject } from 'vitest/node';
import { TEST_ANCHOR } from './anchor';

declare module 'vitest' {
  export interface ProvidedContext {
    testTemplates: TestTemplates;
  }
}

/** Migrates and seeds once per run; every test file then starts from a copy (seconds saved per file). */
export default async function setup(project: TestProject) {
  const dumpFile = path.join(os.tmpdir(), `blk-api-seeded-${process.pid}.tar`);
  const { templates, dispose } = await buildTestTemplates(
    (prisma) => seedAll(prisma, { anchor: TEST_ANCHOR }),
    dumpFile,
  );
  project.provide('testTemplates', templates);
  return dispose;
}
