/**
 * Offline access to Prisma's schema engine (its Wasm build) to generate migrations and check
 * drift. Prisma's CLI cannot download its native engine on our machines, so `prisma migrate dev`
 * cannot run; see /work/shared/TOOLCHAIN.md ("Prisma 7 without Prisma's download host").
 *
 * How a diff works: replay the migration files on a fresh in-memory PGlite with PGlite's own
 * `exec` (multi-statement, `$$` bodies), then ask the engine for the SQL from that live database
 * to the datamodel. The engine then needs no shadow database, and the SQL it renders is the same
 * as a diff from a `migrations` source (checked) and as `migrate dev` writes.
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { PGlite, type PGliteOptions } from '@electric-sql/pglite';
import {
  bindMigrationAwareSqlAdapterFactory,
  type SqlMigrationAwareDriverAdapterFactory,
} from '@prisma/driver-adapter-utils';
import type { SchemaEngine } from '@prisma/schema-engine-wasm';
import { PrismaPGlite } from 'pglite-prisma-adapter';
import { readMigrations } from './migrate';
import { PGLITE_EXTENSIONS } from './pglite-extensions';

// Our lib is ES2023 without DOM, and @types/node 20 does not declare WebAssembly.
declare const WebAssembly: {
  instantiate(bytes: Uint8Array, imports: object): Promise<{ instance: { exports: object } }>;
};

let engineClass: Promise<typeof SchemaEngine> | undefined;

/**
 * Instantiates the Wasm module once per process. The package's own entry imports the `.wasm`
 * as an ES module (bundlers only), so we wire the wasm-bindgen glue by hand. Never instantiate
 * it twice: the glue keeps one module-level instance, and a second one corrupts the first.
 */
export function loadSchemaEngine(): Promise<typeof SchemaEngine> {
  engineClass ??= (async () => {
    // The Rust side reports a panic's message through this global before it throws.
    const g = globalThis as { PRISMA_WASM_PANIC_REGISTRY?: { set_message(m: string): void } };
    g.PRISMA_WASM_PANIC_REGISTRY ??= {
      set_message: (message) => console.error(`Prisma schema engine panicked: ${message}`),
    };
    const glue = await import('@prisma/schema-engine-wasm/schema_engine_bg');
    // The .wasm is not in the package's exports map, so find it next to the glue module.
    const gluePath = createRequire(import.meta.url).resolve(
      '@prisma/schema-engine-wasm/schema_engine_bg',
    );
    const bytes = await readFile(path.join(path.dirname(gluePath), 'schema_engine_bg.wasm'));
    const { instance } = await WebAssembly.instantiate(bytes, { './schema_engine_bg.js': glue });
    glue.__wbg_set_wasm(instance.exports);
    (instance.exports as { __wbindgen_start(): void }).__wbindgen_start();
    return glue.SchemaEngine;
  })();
  return engineClass;
}

/** Driver-adapter factory over one PGlite. Diffs read the live database, so no shadow DB. */
function pgliteFactory(db: PGlite): SqlMigrationAwareDriverAdapterFactory {
  const inner = new PrismaPGlite(db);
  return {
    provider: inner.provider,
    adapterName: inner.adapterName,
    connect: async () => {
      const adapter = await inner.connect();
      // pglite-prisma-adapter 0.7.2 fires exec() here without awaiting it, so the engine would
      // carry on before the script ran and never see its errors.
      adapter.executeScript = async (script) => {
        await db.exec(script);
      };
      return adapter;
    },
    connectToShadowDb: () => Promise.reject(new Error('schema-engine.ts uses no shadow database')),
  };
}

/** Drops every user schema, so one warm PGlite serves many diffs (initdb costs ~3 s). */
const RESET_DATABASE = `DO $$ DECLARE s text; BEGIN
  FOR s IN SELECT nspname FROM pg_namespace
           WHERE nspname NOT LIKE 'pg\\_%' AND nspname <> 'information_schema' LOOP
    EXECUTE format('DROP SCHEMA %I CASCADE', s);
  END LOOP;
  CREATE SCHEMA public;
END $$;`;

/** True when the engine's script has no statement (it says "-- This is an empty migration."). */
export function isEmptyMigration(sql: string): boolean {
  return sql.split('\n').every((line) => line.trim() === '' || line.trim().startsWith('--'));
}

export interface Migration {
  /** Directory name, e.g. `20261129000000_init`. */
  name: string;
  sql: string;
}

export interface SchemaFile {
  path: string;
  content: string;
}

export interface MigrationPaths {
  migrationsDir: string;
  schemaPath: string;
}

export interface SchemaDiffer {
  /**
   * The SQL that takes a database with `migrations` applied (in the given order) to the
   * datamodel of `schema`, exactly as the engine renders `migration.sql`; '' when they agree.
   */
  diff(migrations: readonly Migration[], schema: SchemaFile): Promise<string>;
  /** `diff` with the migrations read from disk as the runtime runner (`migrate.ts`) reads them. */
  diffFiles(paths: MigrationPaths): Promise<string>;
  close(): Promise<void>;
}

/**
 * One in-memory PGlite (and the engine) for many diffs: the first diff pays PGlite's start-up
 * (~3-4 s), later ones take ~0.1-0.2 s. The extensions our migrations create
 * ({@link PGLITE_EXTENSIONS}) are always loaded; `pglite` options may add more (PGlite needs them
 * as JS modules: CREATE EXTENSION alone fails).
 */
export async function openSchemaDiffer(pglite?: PGliteOptions): Promise<SchemaDiffer> {
  const Engine = await loadSchemaEngine();
  const db = new PGlite({ ...pglite, extensions: { ...PGLITE_EXTENSIONS, ...pglite?.extensions } });
  const factory = bindMigrationAwareSqlAdapterFactory(pgliteFactory(db));
  const differ: SchemaDiffer = {
    async diff(migrations, schema) {
      await db.exec(RESET_DATABASE);
      for (const m of migrations) {
        try {
          await db.exec(m.sql);
        } catch (e) {
          throw new Error(`Migration ${m.name} failed to apply: ${(e as Error).message}`, {
            cause: e,
          });
        }
      }
      // A fresh engine per diff: it is cheap, and no state carries over between schemas.
      const engine = await Engine.new(
        { datamodels: [[schema.path, schema.content]] },
        () => {},
        factory,
      );
      try {
        const files = { files: [schema] };
        const { stdout } = await engine.diff({
          from: { tag: 'schemaDatasource', ...files, configDir: path.dirname(schema.path) },
          to: { tag: 'schemaDatamodel', ...files },
          script: true,
          exitCode: null,
          filters: { externalTables: [], externalEnums: [] },
        });
        return stdout && !isEmptyMigration(stdout) ? stdout : '';
      } finally {
        engine.free();
      }
    },
    diffFiles: async ({ migrationsDir, schemaPath }) =>
      differ.diff(readMigrations(migrationsDir), {
        path: schemaPath,
        content: await readFile(schemaPath, 'utf8'),
      }),
    close: () => db.close(),
  };
  return differ;
}

/**
 * The SQL that takes a database from "all migrations in migrationsDir applied" to
 * "schema.prisma's datamodel"; '' means no drift.
 */
export async function migrationSqlFromMigrationsToSchema(
  paths: MigrationPaths & { pglite?: PGliteOptions },
): Promise<string> {
  const differ = await openSchemaDiffer(paths.pglite);
  try {
    return await differ.diffFiles(paths);
  } finally {
    await differ.close();
  }
}
