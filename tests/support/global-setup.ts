// Integration tests run against a real, throwaway PostgreSQL: the embedded
// server on its own data directory (in the system's temporary directory when
// run as root from a private checkout), migrated and seeded like production.
import path from "node:path";
import type { TestProject } from "vitest/node";
import { prepareDatabase, type PreparedDatabase } from "../../prisma/database";
import { seedDemo } from "../../prisma/seed";
import { PINNED_DAY } from "./pinned-day";

// The seed reads today from the one clock, like the tests (vitest.config.ts).
process.env.STOCKTAKE_TODAY ??= PINNED_DAY;

let database: PreparedDatabase | undefined;
const root = path.resolve(import.meta.dirname, "..", "..");
// STOCKTAKE_TEST_DATA_DIR keeps the database for a second pass over the
// same rows (CI's reversed run, tests/run-all.mjs); by default it is thrown away.
const kept = process.env.STOCKTAKE_TEST_DATA_DIR?.trim() || undefined;
const dataDir = kept ?? `.data/test-pg-${process.pid}`;

export async function setup(project: TestProject) {
  database = await prepareDatabase({ root, dataDir, database: "stocktake_test", throwaway: !kept, forceEmbedded: true, seed: seedDemo });
  // The tests connect as the app does: its least-privileged role.
  project.provide("databaseUrl", database.url);
  project.provide("ownerDatabaseUrl", database.ownerUrl);
  process.env.DATABASE_URL = database.url;
}

export async function teardown() {
  await database?.stop(); // a throwaway cluster deletes its data as it stops; a kept one keeps it
}

declare module "vitest" {
  export interface ProvidedContext {
    databaseUrl: string;
    ownerDatabaseUrl: string;
  }
}
