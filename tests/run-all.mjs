// `npm test`: the linter and the type checker (zero warnings), unit and
// integration tests (vitest, against a throwaway real PostgreSQL), then
// end-to-end tests (Playwright in Chromium against the production build).
// Every suite runs even if an earlier one fails; the last line is the total,
// "N passed, N failed". The linter, the type checker and the production
// build run side by side, and the build goes on beside vitest: one at a time
// they leave most of a two-core machine idle. Their output is printed whole,
// each in turn.
import { spawn, spawnSync } from "node:child_process";
import { closeSync, existsSync, lstatSync, mkdirSync, openSync, readdirSync, readFileSync, realpathSync, rmSync } from "node:fs";

// One start for the pinned clock of every process this run starts (lib/clock.ts): a test file or
// the end-to-end server begun after midnight still writes after one begun before it.
process.env.STOCKTAKE_CLOCK_START ??= String(Date.now());

const results = "test-results";
rmSync(results, { recursive: true, force: true });
mkdirSync(results, { recursive: true });

function run(label, args, env = process.env) {
  console.log(`\n=== ${label} ===`);
  const started = Date.now();
  const outcome = spawnSync(process.execPath, args, { stdio: "inherit", env });
  console.log(`=== ${label}: ${((Date.now() - started) / 1000).toFixed(1)} s, exit ${outcome.status} ===`);
  return outcome.status ?? 1;
}

/** Deletes a kept test database: as root its data sits behind a symlink (prisma/postgres-placement.ts). */
function forget(dataDir) {
  if (!existsSync(dataDir) && !lstatSync(dataDir, { throwIfNoEntry: false })) return;
  if (existsSync(dataDir)) rmSync(realpathSync(dataDir), { recursive: true, force: true });
  rmSync(dataDir, { recursive: true, force: true });
}

function readJson(file) {
  return existsSync(file) ? JSON.parse(readFileSync(file, "utf8")) : null;
}

/** "file > title" of each vitest test that failed. */
function vitestFailures(report) {
  if (!report) return [];
  return report.testResults.flatMap((file) => {
    const name = file.name.replace(`${process.cwd()}/`, "");
    const tests = file.assertionResults.filter((test) => test.status === "failed").map((test) => `${name} > ${test.fullName}`);
    // A file that failed outside its tests (a hook, an import) says so by itself.
    return tests.length === 0 && file.status === "failed" ? [`${name}: ${file.message.split("\n")[0]}`] : tests;
  });
}

/** "file:line title" of each Playwright test that did not pass first time. */
function e2eFailures(report) {
  if (!report) return [];
  const names = [];
  const walk = (suite) => {
    for (const spec of suite.specs ?? []) {
      if (spec.tests.some((test) => test.status === "unexpected" || test.status === "flaky")) names.push(`${spec.file}:${spec.line} ${spec.title}`);
    }
    for (const child of suite.suites ?? []) walk(child);
  };
  for (const suite of report.suites) walk(suite);
  return names;
}

/**
 * Runs a node script in the background with its output in a file (a pipe
 * left unread while vitest runs in the foreground could fill and stall it),
 * for printing whole when it ends.
 */
function start(label, args) {
  const started = Date.now();
  const log = `${results}/${label.replace(/\W+/g, "-")}.log`;
  const fd = openSync(log, "w");
  return new Promise((resolve) => {
    const child = spawn(process.execPath, args, { env: process.env, stdio: ["ignore", fd, fd] });
    const end = (code, note = "") => {
      closeSync(fd);
      resolve({ label, code, output: readFileSync(log, "utf8") + note, seconds: (Date.now() - started) / 1000 });
    };
    child.on("error", (error) => end(1, `${error.message}\n`));
    child.on("exit", (code) => end(code ?? 1));
  });
}

function print({ label, code, output, seconds }) {
  console.log(`\n=== ${label} ===`);
  process.stdout.write(output);
  console.log(`=== ${label}: ${seconds.toFixed(1)} s, exit ${code} ===`);
  return code;
}

// A kept database a crashed earlier run left behind goes first.
for (const entry of existsSync(".data") ? readdirSync(".data") : []) if (entry.startsWith("test-pg-passes-")) forget(`.data/${entry}`);
// The Prisma client first, alone: everything after reads it.
const buildScript = ["node_modules/tsx/dist/cli.mjs", "--conditions=react-server", "e2e/support/build.ts"];
const generateExit = run("Prisma client (generated if the schema changed)", [...buildScript, "generate"]);
const [lint, types] = await Promise.all([
  start("lint (ESLint, zero warnings)", ["node_modules/eslint/bin/eslint.js", ".", "--max-warnings", "0"]),
  start("types (tsc)", ["node_modules/typescript/bin/tsc", "--noEmit"]),
]);
const lintExit = print(lint);
const typesExit = print(types);
// The build starts once tsc is done (it rewrites .next/types, which tsc reads) and goes on beside
// vitest. The end-to-end server would build a missing or stale app itself; this only starts it earlier.
const building = start("production build for the end-to-end tests (beside vitest)", [...buildScript, "build"]);
// The integration files share one database: they run in a shuffled order
// (the seed is printed, to replay it), and in CI a second time, reversed, on
// the rows the first pass left behind, so that no verdict leans on the order.
const vitestArgs = (report) => ["node_modules/vitest/vitest.mjs", "run", "--reporter=default", "--reporter=json", `--outputFile.json=${results}/${report}`];
const ciPasses = process.env.CI === "true" || process.env.CI === "1";
const keptData = `.data/test-pg-passes-${process.pid}`;
const passEnv = (order) => ({ ...process.env, STOCKTAKE_TEST_ORDER: order, ...(ciPasses ? { STOCKTAKE_TEST_DATA_DIR: keptData } : {}) });
// STOCKTAKE_TEST_ORDER=shuffle:<seed> replays a first pass's order; the second pass is always reversed.
const vitestExit = run("unit and integration (vitest; integration files shuffled)", vitestArgs("vitest.json"), passEnv(process.env.STOCKTAKE_TEST_ORDER ?? "shuffle"));
const secondExit = ciPasses
  ? run("integration again, files reversed, on the same database (CI)", [...vitestArgs("vitest-reversed.json"), "--project", "integration"], passEnv("reverse"))
  : 0;
forget(keptData);
const buildExit = print(await building);
const e2eExit = run("end-to-end (Playwright, Chromium)", ["node_modules/@playwright/test/cli.js", "test"]);

const vitest = readJson(`${results}/vitest.json`);
const reversed = ciPasses ? readJson(`${results}/vitest-reversed.json`) : null;
const e2e = readJson(`${results}/e2e.json`);
let passed = 0;
let failed = 0;
const lines = [];
for (const [label, exit] of [
  ["lint", lintExit],
  ["types", typesExit],
]) {
  if (exit === 0) passed += 1;
  else failed += 1;
  lines.push(`${label}: ${exit === 0 ? "clean" : "problems (counted as one failure)"}`);
}
// Steps that are not checks count only when they fail (the end-to-end server would otherwise rebuild and hide why).
for (const [label, exit] of [
  ["Prisma client", generateExit],
  ["production build", buildExit],
]) {
  if (exit !== 0) {
    failed += 1;
    lines.push(`${label}: failed (counted as one failure; its output is above)`);
  }
}
if (vitest) {
  passed += vitest.numPassedTests;
  failed += vitest.numFailedTests;
  lines.push(`unit + integration: ${vitest.numPassedTests} passed, ${vitest.numFailedTests} failed`);
} else {
  failed += 1;
  lines.push("unit + integration: did not report (counted as one failure)");
}
if (ciPasses && reversed) {
  passed += reversed.numPassedTests;
  failed += reversed.numFailedTests;
  lines.push(`integration, reversed: ${reversed.numPassedTests} passed, ${reversed.numFailedTests} failed`);
} else if (ciPasses) {
  failed += 1;
  lines.push("integration, reversed: did not report (counted as one failure)");
}
if (e2e) {
  const { expected, unexpected, flaky } = e2e.stats;
  passed += expected;
  failed += unexpected + flaky;
  lines.push(`end-to-end: ${expected} passed, ${unexpected + flaky} failed`);
} else {
  failed += 1;
  lines.push("end-to-end: did not report (counted as one failure)");
}
if ((vitestExit !== 0 || secondExit !== 0 || e2eExit !== 0) && failed === 0) failed = 1;

// The failures by name, last, so that a log cut to its tail still says which.
const failures = [...vitestFailures(vitest), ...vitestFailures(reversed).map((name) => `${name} (reversed pass)`), ...e2eFailures(e2e)];
if (failures.length > 0) console.log(`\nFailed:\n${failures.map((name) => `  ✗ ${name}`).join("\n")}`);
console.log(`\n${lines.join("\n")}`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 && generateExit === 0 && buildExit === 0 && vitestExit === 0 && secondExit === 0 && e2eExit === 0 ? 0 : 1);
