// Brings a database to a usable state: the embedded server when no
// DATABASE_URL is set, migrations applied, demo data seeded once.
// Used by `npm start`, the tests' global setup and the benchmark.
import path from "node:path";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "../lib/generated/prisma/client";
import { applyMigrations } from "./migrate";
import { seedDemo } from "./seed";
import { startEmbeddedPostgres, type RunningPostgres } from "./embedded-postgres";

export type PreparedDatabase = {
  url: string;
  embedded: RunningPostgres | null;
  applied: string[];
  seeded: string[];
  stop(): Promise<void>;
};

export async function prepareDatabase(options: {
  root: string;
  /** Data directory of the embedded server, relative to root. */
  dataDir?: string;
  database?: string;
  seed?: boolean;
  throwaway?: boolean;
  /** Ignore DATABASE_URL and always start the embedded server (tests, benchmark). */
  forceEmbedded?: boolean;
}): Promise<PreparedDatabase> {
  let url = options.forceEmbedded ? undefined : process.env.DATABASE_URL;
  let embedded: RunningPostgres | null = null;
  if (!url) {
    embedded = await startEmbeddedPostgres({
      dataDir: path.join(options.root, options.dataDir ?? ".data/pg"),
      throwaway: options.throwaway,
    });
    const database = options.database ?? "stocktake";
    await embedded.createDatabase(database);
    url = embedded.urlFor(database);
  }
  try {
    const applied = await applyMigrations(url);
    let seeded: string[] = [];
    if (options.seed !== false) {
      const prisma = new PrismaClient({ adapter: new PrismaPg({ connectionString: url }) });
      try {
        seeded = await seedDemo(prisma);
      } finally {
        await prisma.$disconnect();
      }
    }
    return { url, embedded, applied, seeded, stop: async () => void (await embedded?.stop()) };
  } catch (error) {
    await embedded?.stop();
    throw error;
  }
}
