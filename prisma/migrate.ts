// The one module that owns schema migrations.
//
// Prisma 7's CLI downloads a native schema engine before every `migrate`
// command, which cannot happen offline. The same engine ships on npm compiled
// to WebAssembly (@prisma/schema-engine-wasm); driven through the pg driver
// adapter it applies migrations exactly like `prisma migrate deploy` and
// records them in the standard `_prisma_migrations` table, so the normal CLI
// agrees wherever it can run.
//
//   npx tsx prisma/migrate.ts deploy        apply pending migrations (as MIGRATION_DATABASE_URL's role, else
//                                           DATABASE_URL's) and grant DATABASE_URL's role its rights
//   npx tsx prisma/migrate.ts create NAME   write prisma/migrations/<ts>_NAME from the schema change
import fs from "node:fs/promises";
import path from "node:path";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import { PrismaPg } from "@prisma/adapter-pg";
import { bindMigrationAwareSqlAdapterFactory } from "@prisma/driver-adapter-utils";
import type { MigrationList, SchemaEngine } from "@prisma/schema-engine-wasm";
import { startEmbeddedPostgres } from "./embedded-postgres";
import { grantAppRole, roleOf } from "./roles";
import * as engineGlue from "@prisma/schema-engine-wasm/schema_engine_bg";

const prismaDir = path.dirname(fileURLToPath(import.meta.url));
const migrationsDir = path.join(prismaDir, "migrations");
const schemaPath = path.join(prismaDir, "schema.prisma");
/** The schema as of the newest migration; `create` diffs the live schema against it. */
const lastMigratedSchemaPath = path.join(migrationsDir, "schema.last.prisma");

let engineClass: Promise<typeof SchemaEngine> | undefined;

/** The package imports its .wasm as an ES module (a bundler feature); Node needs it instantiated by hand. */
function loadEngineClass(): Promise<typeof SchemaEngine> {
  engineClass ??= (async () => {
    const require = createRequire(import.meta.url);
    const wasmPath = path.join(path.dirname(require.resolve("@prisma/schema-engine-wasm")), "schema_engine_bg.wasm");
    const glue = engineGlue as unknown as Record<string, unknown> & { __wbg_set_wasm(exports: unknown): void };
    const { instance } = await WebAssembly.instantiate(await fs.readFile(wasmPath), { "./schema_engine_bg.js": glue as WebAssembly.ModuleImports });
    glue.__wbg_set_wasm(instance.exports);
    (instance.exports.__wbindgen_start as () => void)();
    return engineGlue.SchemaEngine;
  })();
  return engineClass;
}

async function withEngine<T>(connectionString: string, run: (engine: SchemaEngine) => Promise<T>): Promise<T> {
  const SchemaEngine = await loadEngineClass();
  // The engine never closes the connections it opens (and with them the
  // migration advisory lock), so we track and dispose them ourselves.
  const factory = new PrismaPg({ connectionString });
  const opened: { dispose(): Promise<void> }[] = [];
  const tracking = Object.assign(Object.create(Object.getPrototypeOf(factory)), factory, {
    connect: async () => {
      const connection = await factory.connect();
      opened.push(connection);
      return connection;
    },
    connectToShadowDb: async () => {
      const connection = await factory.connectToShadowDb();
      opened.push(connection);
      return connection;
    },
  }) as PrismaPg;
  const adapter = bindMigrationAwareSqlAdapterFactory(tracking);
  const engine = await SchemaEngine.new({ datamodels: undefined }, () => {}, adapter);
  try {
    return await run(engine);
  } finally {
    engine.free();
    await Promise.all(opened.map((connection) => connection.dispose().catch(() => {})));
  }
}

async function readMigrationList(): Promise<MigrationList> {
  const entries = await fs.readdir(migrationsDir, { withFileTypes: true });
  const directories = entries
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
  const lockPath = path.join(migrationsDir, "migration_lock.toml");
  return {
    baseDir: migrationsDir,
    lockfile: { path: "migration_lock.toml", content: await fs.readFile(lockPath, "utf8").catch(() => null) },
    shadowDbInitScript: "",
    migrationDirectories: await Promise.all(
      directories.map(async (name) => {
        const file = path.join(migrationsDir, name, "migration.sql");
        const content = await fs.readFile(file, "utf8").then(
          (value) => ({ tag: "ok" as const, value }),
          (error: Error) => ({ tag: "error" as const, value: error.message }),
        );
        // Paths must be relative to the migrations folder, or the engine cannot find them.
        return { path: name, migrationFile: { path: "migration.sql", content } };
      }),
    ),
  };
}

/** Applies every pending migration; returns the names applied. */
export async function applyMigrations(connectionString: string): Promise<string[]> {
  const migrationsList = await readMigrationList();
  return withEngine(connectionString, async (engine) => {
    const result = await engine.applyMigrations({
      migrationsList,
      filters: { externalTables: [], externalEnums: [] },
    });
    return result.appliedMigrationNames;
  });
}

/** Writes a new migration from the difference between the last migrated schema and schema.prisma. */
export async function createMigration(name: string): Promise<string | null> {
  const [current, previous] = await Promise.all([
    fs.readFile(schemaPath, "utf8"),
    fs.readFile(lastMigratedSchemaPath, "utf8").catch(() => null),
  ]);
  // The engine connects on start, though a diff of two schema files never uses the database.
  const db = await startEmbeddedPostgres({ dataDir: path.join(prismaDir, "..", ".data", "migrate-scratch"), throwaway: true });
  const sql = await withEngine(db.urlFor("postgres"), async (engine) => {
    const result = await engine.diff({
      from: previous === null ? { tag: "empty" } : { tag: "schemaDatamodel", files: [{ path: "schema.prisma", content: previous }] },
      to: { tag: "schemaDatamodel", files: [{ path: "schema.prisma", content: current }] },
      script: true,
      exitCode: null,
      filters: { externalTables: [], externalEnums: [] },
    });
    return (result as { stdout?: string }).stdout ?? "";
  }).finally(() => db.stop());
  if (!sql.trim() || sql.includes("This is an empty migration")) return null;
  const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
  const dir = path.join(migrationsDir, `${stamp}_${name.replace(/[^a-z0-9_]+/gi, "_").toLowerCase()}`);
  await fs.mkdir(dir, { recursive: true });
  await fs.writeFile(path.join(dir, "migration.sql"), sql);
  await fs.writeFile(lastMigratedSchemaPath, current);
  await fs
    .access(path.join(migrationsDir, "migration_lock.toml"))
    .catch(() => fs.writeFile(path.join(migrationsDir, "migration_lock.toml"), 'provider = "postgresql"\n'));
  return dir;
}

async function main() {
  const [command, name] = process.argv.slice(2);
  if (command === "deploy") {
    const url = process.env.DATABASE_URL;
    if (!url) throw new Error("DATABASE_URL is not set");
    const ownerUrl = process.env.MIGRATION_DATABASE_URL ?? url;
    const applied = await applyMigrations(ownerUrl);
    console.log(applied.length ? `Applied ${applied.join(", ")}` : "No pending migrations.");
    if (roleOf(ownerUrl) !== roleOf(url)) {
      await grantAppRole(ownerUrl, roleOf(url));
      console.log(`Granted ${roleOf(url)} its rights (the audit: INSERT and SELECT only).`);
    } else {
      console.log("DATABASE_URL is the owner: set MIGRATION_DATABASE_URL to the owner and DATABASE_URL to the app's role (README, Deploying).");
    }
  } else if (command === "create" && name) {
    const dir = await createMigration(name);
    console.log(dir ? `Wrote ${path.relative(process.cwd(), dir)}/migration.sql` : "The schema has not changed; no migration written.");
  } else {
    console.error("usage: tsx prisma/migrate.ts deploy | create <name>");
    process.exitCode = 2;
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  main().catch((error) => {
    console.error(error);
    process.exit(1);
  });
}
