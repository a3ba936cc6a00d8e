// Brings a database to a usable state: the embedded server when no
// DATABASE_URL is set, migrations applied (as the owner), the app's role
// granted what it needs (prisma/roles.ts), and the caller's seed run once.
// Used by `npm start`, the tests' global setup and the end-to-end server.
// The seed is passed in, not imported: it writes through lib's mutations, so
// this layer below lib never reaches up to it (npm start runs it in a process
// of its own: prisma/seed-run.ts).
import path from "node:path";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "../lib/generated/prisma/client";
import { applyMigrations } from "./migrate";
import { startEmbeddedPostgres, type RunningPostgres } from "./embedded-postgres";
import { ensureEmbeddedAppRole, grantAppRole, roleOf } from "./roles";
import { gist, StartError } from "./start-error";

export type PreparedDatabase = {
  /** What the app connects as: the least-privileged role (prisma/roles.ts). */
  url: string;
  /** The owner's URL: migrations, the seed, and tests that must act as the owner. */
  ownerUrl: string;
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
  /** Seeds the demo into the database (as its owner) and returns the partnerships it seeded; none, no seed. */
  seed?: (prisma: PrismaClient, ownerUrl: string) => Promise<string[]>;
  throwaway?: boolean;
  /** Ignore DATABASE_URL and always start the embedded server (tests, benchmark). */
  forceEmbedded?: boolean;
}): Promise<PreparedDatabase> {
  const database = options.database ?? "stocktake";
  const managed = options.forceEmbedded ? undefined : process.env.DATABASE_URL;
  let embedded: RunningPostgres | null = null;
  // With DATABASE_URL, migrations run as MIGRATION_DATABASE_URL's role when
  // it is set (the owner), and the app's role is DATABASE_URL's.
  let ownerUrl = managed ? (process.env.MIGRATION_DATABASE_URL ?? managed) : "";
  let url = managed ?? "";
  if (!managed) {
    embedded = await startEmbeddedPostgres({
      dataDir: path.join(options.root, options.dataDir ?? ".data/pg"),
      throwaway: options.throwaway,
    });
    ownerUrl = embedded.urlFor(database);
  }
  const where = embedded ? "the embedded PostgreSQL" : "the database at DATABASE_URL";
  let step = "apply the migrations to";
  try {
    await embedded?.createDatabase(database);
    const applied = await applyMigrations(ownerUrl);
    step = "grant the app's role its rights on";
    if (embedded) url = await ensureEmbeddedAppRole(ownerUrl);
    await grantAppRole(ownerUrl, roleOf(url));
    let seeded: string[] = [];
    if (options.seed) {
      step = "seed the demo data into";
      const prisma = new PrismaClient({ adapter: new PrismaPg({ connectionString: ownerUrl }) });
      try {
        seeded = await options.seed(prisma, ownerUrl);
      } finally {
        await prisma.$disconnect();
      }
    }
    return { url, ownerUrl, embedded, applied, seeded, stop: async () => void (await embedded?.stop()) };
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
