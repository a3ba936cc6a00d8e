// `npm start`: database (embedded unless DATABASE_URL is set) → migrations →
// demo seed (once) → build if the sources changed → `next start` → the email
// digests' worker (lib/digests/worker.ts; STOCKTAKE_DIGESTS=off leaves it
// off). Prints the URL and the demo sign-ins; Ctrl-C stops the worker and the
// app, then the database.
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { prepareDatabase } from "../../prisma/database";
import { isPortFree, type RunningPostgres } from "../../prisma/embedded-postgres";
import { ensureBuilt, ensureGenerated } from "./build";
import { runSeedProcess, type SeedReport } from "./seed-process";
import { reportFailure, StartError } from "../../prisma/start-error";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..");
const LOG = ".data/start.log";

/** A signing secret kept under .data/ so sessions survive restarts; production sets AUTH_SECRET. */
function authSecret(): string {
  if (process.env.AUTH_SECRET) return process.env.AUTH_SECRET;
  const file = path.join(root, ".data", "auth-secret");
  if (existsSync(file)) return readFileSync(file, "utf8").trim();
  mkdirSync(path.dirname(file), { recursive: true });
  const secret = randomBytes(32).toString("base64url");
  writeFileSync(file, secret, { mode: 0o600 });
  return secret;
}

function describeDatabase(embedded: RunningPostgres | null): string {
  if (!embedded) return "DATABASE_URL";
  const where = embedded.relocated
    ? `data in ${embedded.dataDir}, linked from .data/pg, because the postgres user cannot reach this checkout`
    : `data in ${path.relative(root, embedded.dataDir)}`;
  return `embedded PostgreSQL on port ${embedded.port} (${where})`;
}

async function waitForHealth(url: string, child: ChildProcess, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new StartError(`The app server stopped while starting (exit code ${child.exitCode}); its messages above say why.`);
    try {
      const response = await fetch(`${url}/api/health`);
      if (response.ok) return;
    } catch {
      /* not listening yet */
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new StartError(`The app did not answer on ${url} within ${timeoutMs / 1000} s; check the messages above, then try again.`);
}

async function main() {
  const started = Date.now();
  const port = Number(process.env.PORT ?? 3000);
  const url = `http://localhost:${port}`;

  if (!Number.isInteger(port) || port < 1 || port > 65535) throw new StartError(`PORT must be a port number such as 3000, not "${process.env.PORT}".`);
  if (!(await isPortFree(port))) {
    throw new StartError(`Port ${port} is already in use (another Stocktake?); stop it, or start on another port with PORT=${port === 65535 ? 3001 : port + 1} npm start.`);
  }
  ensureGenerated(root);
  let demo: SeedReport | undefined;
  const database = await prepareDatabase({ root, seed: async (_owner, ownerUrl) => (demo = await runSeedProcess(root, ownerUrl)).seeded });
  console.log(`Database: ${describeDatabase(database.embedded)}`);
  if (database.applied.length) console.log(`Applied migrations: ${database.applied.join(", ")}`);
  if (database.seeded.length) console.log(`Seeded demo partnerships: ${database.seeded.join(", ")}`);

  let server: ChildProcess | null = null;
  let digests: { stop(): Promise<void> } | null = null;
  let stopping = false;
  const stop = async (code: number) => {
    if (stopping) return;
    stopping = true;
    // The worker first: a digest mid-send finishes (or is left to the ledger's retry) before the database goes.
    await digests?.stop().catch(() => {});
    if (server && server.exitCode === null) {
      const exited = new Promise((resolve) => server!.once("exit", resolve));
      server.kill("SIGTERM");
      await Promise.race([exited, new Promise((r) => setTimeout(r, 5000))]);
    }
    // The database stops after the app, so no request is cut off mid-transaction.
    await database.stop().catch(() => {});
    process.exit(code);
  };
  process.on("SIGINT", () => void stop(0));
  process.on("SIGTERM", () => void stop(0));
  process.on("SIGHUP", () => void stop(0)); // the terminal closed
  // `kill <npm's pid>` ends npm and its shell, which does not pass the signal on:
  // once orphaned, stop as if told to, rather than leave the app and database running.
  const parent = process.ppid;
  setInterval(() => {
    if (process.ppid !== parent) void stop(0);
  }, 500).unref();

  try {
    ensureBuilt(root);
    const nextBin = path.join(root, "node_modules", "next", "dist", "bin", "next");
    const appEnv = { DATABASE_URL: database.url, AUTH_SECRET: authSecret(), NEXTAUTH_URL: process.env.NEXTAUTH_URL ?? url };
    server = spawn(process.execPath, [nextBin, "start", "-p", String(port)], {
      cwd: root,
      stdio: ["ignore", "inherit", "inherit"],
      env: { ...process.env, ...appEnv, NODE_ENV: "production" },
    });
    server.on("exit", (code) => {
      if (!stopping) {
        console.error(`The app server stopped (exit code ${code}).`);
        void stop(code ?? 1);
      }
    });
    await waitForHealth(`http://127.0.0.1:${port}`, server);
    // The digests read and write as the app does (its role, its links, its secret); pg-boss keeps its jobs as the owner.
    const { digestsEnabled, startDigestWorker } = await import("../digests/worker");
    if (digestsEnabled()) {
      Object.assign(process.env, appEnv);
      digests = await startDigestWorker(database.ownerUrl);
      console.log("Email digests: the worker runs hourly (STOCKTAKE_DIGESTS=off to turn it off).");
    }
  } catch (error) {
    if (!stopping) reportFailure(error, root, LOG);
    await stop(1);
    return;
  }
  const signIns = demo?.signIns ?? [];
  const width = Math.max(...signIns.map((s) => s.email.length));
  console.log(`
Stocktake is running at ${url}  (ready in ${((Date.now() - started) / 1000).toFixed(1)} s)

Demo sign-ins (password: ${demo?.password})
${signIns.map((s) => `  ${s.email.padEnd(width)}  ${s.role.padEnd(11)}  ${s.partnership}`).join("\n")}

Press Ctrl-C to stop.`);
}

main().catch((error) => {
  reportFailure(error, root, LOG);
  process.exit(1);
});
