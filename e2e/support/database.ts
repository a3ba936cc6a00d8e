// The end-to-end server's throwaway database, for a spec's set-up writes:
// what a spec needs in place but is not about (say, the sections of a
// stocktake it publishes), written directly instead of clicked through. The
// server writes the app role's URL to a file when it starts and removes it as
// it stops (e2e/support/server.ts); specs run in other processes.
import { readFile } from "node:fs/promises";
import path from "node:path";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "../../lib/generated/prisma/client";
import { APP_PORT } from "./ports";

/** Relative to the project's root. */
export const DATABASE_URL_FILE = `.data/e2e-db-${APP_PORT}.url`;

const root = path.resolve(import.meta.dirname, "..", "..");

/** Runs `work` with a client of the end-to-end database, disconnected after. */
export async function withDatabase<T>(work: (db: PrismaClient) => Promise<T>): Promise<T> {
  const url = await readFile(path.join(root, DATABASE_URL_FILE), "utf8");
  const db = new PrismaClient({ adapter: new PrismaPg({ connectionString: url }) });
  try {
    return await work(db);
  } finally {
    await db.$disconnect();
  }
}
