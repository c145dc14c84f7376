import { defineConfig } from 'prisma/config';

// Prisma's CLI downloads a native schema engine before `generate`; that host is unreachable
// here. Naming any existing file skips the download, and `generate` needs no engine at all.
// Migrations are created and applied by our own tooling (src/schema-engine.ts, src/migrate.ts).
process.env.PRISMA_SCHEMA_ENGINE_BINARY ??= process.execPath;

export default defineConfig({
  schema: 'prisma/schema.prisma',
  migrations: { path: 'prisma/migrations' },
});
