// Brings a database to a usable state: the embedded server when no
// DATABASE_URL is set, migrations applied, demo data seeded once.
// Used by `npm start`, the tests' global setup and the benchmark.
import path from "node:path";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "../lib/generated/prisma/client";
import { applyMigrations } from "./migrate";
import { seedDemo } from "./seed";
import { startEmbeddedPostgres, type RunningPostgres } from "./embedded-postgres";
import { gist, StartError } from "../lib/runtime/start-error";

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
  const database = options.database ?? "stocktake";
  let url = options.forceEmbedded ? undefined : process.env.DATABASE_URL;
  let embedded: RunningPostgres | null = null;
  if (!url) {
    embedded = await startEmbeddedPostgres({
      dataDir: path.join(options.root, options.dataDir ?? ".data/pg"),
      throwaway: options.throwaway,
    });
    url = embedded.urlFor(database);
  }
  const where = embedded ? "the embedded PostgreSQL" : "the database at DATABASE_URL";
  let step = "apply the migrations to";
  try {
    await embedded?.createDatabase(database);
    const applied = await applyMigrations(url);
    let seeded: string[] = [];
    if (options.seed !== false) {
      step = "seed the demo data into";
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
    const advice = !embedded
      ? "check that it is running and that the URL is right"
      : options.throwaway
        ? "check the newest migration and the seed"
        : `if the demo data is expendable, delete ${options.dataDir ?? ".data/pg"} to start afresh, or set DATABASE_URL`;
    throw new StartError(`Could not ${step} ${where} (${gist(error)}); ${advice}.`, { cause: error });
  }
}
