// Generates the Prisma client and builds the app only when their inputs changed,
// so a warm `npm start` skips straight to serving.
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { StartError } from "../../prisma/start-error";

const BUILD_INPUTS = ["app", "components", "lib", "public", "prisma/schema.prisma", "next.config.ts", "proxy.ts", "postcss.config.mjs", "tsconfig.json", "package.json"];
const SKIP = new Set(["node_modules", ".next", ".data", "generated", "runtime"]);

function collect(root: string, relative: string, files: string[]) {
  const full = path.join(root, relative);
  if (!existsSync(full)) return;
  if (statSync(full).isFile()) {
    files.push(relative);
    return;
  }
  for (const entry of readdirSync(full, { withFileTypes: true })) {
    if (SKIP.has(entry.name)) continue;
    collect(root, path.join(relative, entry.name), files);
  }
}

export function fingerprint(root: string, inputs: string[]): string {
  const files: string[] = [];
  for (const input of inputs) collect(root, input, files);
  const hash = createHash("sha256");
  for (const file of files.sort()) {
    if (/\.test\.tsx?$/.test(file)) continue;
    hash.update(file).update("\0").update(readFileSync(path.join(root, file))).update("\0");
  }
  return hash.digest("hex");
}

/** Runs a Node program quietly; on failure, `failed` is the sentence and the program's output goes to the log. */
function run(root: string, args: string[], env: Record<string, string>, failed: string) {
  try {
    execFileSync(process.execPath, args, { cwd: root, stdio: "pipe", encoding: "utf8", maxBuffer: 64 * 1024 * 1024, env: { ...process.env, ...env } });
  } catch (error) {
    // The message is "Command failed: …" followed by the program's stderr.
    const { message, stdout } = error as Error & { stdout?: string };
    throw new StartError(failed, { output: `${message}\n${stdout ?? ""}` });
  }
}

export function ensureGenerated(root: string) {
  const stamp = path.join(root, "lib", "generated", "prisma", ".schema-fingerprint");
  const current = fingerprint(root, ["prisma/schema.prisma", "package-lock.json"]);
  if (existsSync(stamp) && readFileSync(stamp, "utf8") === current) return;
  console.log("Generating the Prisma client…");
  // `prisma generate` never runs the schema engine; pointing at any existing
  // file stops it trying to download one (there is no network here).
  const env = { PRISMA_SCHEMA_ENGINE_BINARY: process.execPath, PRISMA_HIDE_UPDATE_MESSAGE: "1", PRISMA_GENERATE_NO_HINTS: "1" };
  const failed = "Generating the Prisma client failed; check prisma/schema.prisma, or run npm install again if node_modules is incomplete.";
  run(root, [path.join(root, "node_modules", "prisma", "build", "index.js"), "generate"], env, failed);
  writeFileSync(stamp, current);
}

export function ensureBuilt(root: string, distDir = ".next") {
  const stamp = path.join(root, distDir, "stocktake-fingerprint");
  const current = fingerprint(root, BUILD_INPUTS);
  if (existsSync(path.join(root, distDir, "BUILD_ID")) && existsSync(stamp) && readFileSync(stamp, "utf8") === current) return;
  console.log("Building the app (first start, or the sources changed)…");
  const failed = "The app failed to build; fix the errors that npm run build shows.";
  run(root, [path.join(root, "node_modules", "next", "dist", "bin", "next"), "build"], { NEXT_TELEMETRY_DISABLED: "1" }, failed);
  writeFileSync(stamp, current);
}
