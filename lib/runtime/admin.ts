// `npm run admin -- <command>`: the operators' command line (lib/cli). It
// works whether or not the app is running: on DATABASE_URL when it is set;
// else on the embedded PostgreSQL the app uses (.data/pg), the running one
// when `npm start` holds it, or one started for the command (migrations
// applied) and stopped afterwards.
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { prepareDatabase } from "../../prisma/database";
import { runningEmbeddedPostgres } from "../../prisma/embedded-postgres";
import { ensureEmbeddedAppRole } from "../../prisma/roles";
import { gist } from "../../prisma/start-error";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..");
const DATA_DIR = ".data/pg";

/** The database to use, and how to let it go afterwards. */
async function database(): Promise<{ url: string; stop(): Promise<void> }> {
  if (process.env.DATABASE_URL) return { url: process.env.DATABASE_URL, stop: async () => {} };
  const running = await runningEmbeddedPostgres(path.join(root, DATA_DIR), "stocktake");
  if (running) return { url: await ensureEmbeddedAppRole(running), stop: async () => {} };
  const prepared = await prepareDatabase({ root, dataDir: DATA_DIR });
  return { url: prepared.url, stop: prepared.stop };
}

function account(): string {
  try {
    return os.userInfo().username;
  } catch {
    return process.env.USER ?? "unknown";
  }
}

async function main(): Promise<number> {
  const argv = process.argv.slice(2);
  // Help needs no database.
  const { commands } = await import("../cli/commands");
  const { helpText, runCommand } = await import("../cli/registry");
  if (argv.length === 0 || argv[0] === "help" || argv[0] === "--help") {
    console.log(helpText(commands));
    return argv.length === 0 ? 2 : 0;
  }
  let db: { url: string; stop(): Promise<void> };
  try {
    db = await database();
  } catch (error) {
    console.error(`Could not reach the database: ${gist(error)}.`);
    return 1;
  }
  process.env.DATABASE_URL = db.url;
  try {
    return await runCommand(commands, argv, { out: (line) => console.log(line), err: (line) => console.error(line), account: account() });
  } finally {
    // Our connections end before the server we may have started stops.
    const { closeDb } = await import("../db");
    await closeDb();
    await db.stop();
  }
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
