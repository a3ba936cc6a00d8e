// House rules that a reviewer would otherwise have to catch (STYLE rules 2–3),
// checked on every test run like a lint rule.
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { isDataAccessFile } from "../tests/support/data-access";

const root = path.resolve(import.meta.dirname, "..");

function sourceFiles(dir: string): string[] {
  const out: string[] = [];
  for (const entry of fs.readdirSync(path.join(root, dir), { withFileTypes: true })) {
    const rel = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      if (entry.name !== "generated") out.push(...sourceFiles(rel));
    } else if (/\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name)) out.push(rel);
  }
  return out;
}

const files = ["app", "components", "lib"].flatMap(sourceFiles);
/** The data layer, plus the one module that opens write transactions and writes audit rows. */
const WRITE_HELPER = "lib/audit/mutation.ts";
const isDataLayer = (f: string) => f === "lib/db.ts" || f === WRITE_HELPER || isDataAccessFile(f);
const read = (f: string) => fs.readFileSync(path.join(root, f), "utf8");
// A value import of the client, anything Prisma generated (its enums too), the pg driver, or the db module.
const prismaImport = /^\s*import\s+(?!type\b)[^;]*from\s+["'](@prisma\/client|[^"']*generated\/prisma\/\w+|pg|@\/lib\/db|[^"']*\/lib\/db)["']/m;
/** STYLE rule 2 by name: the db client is imported only by files called queries.ts or mutations.ts (a mutations/ folder's files write through the transaction they are given). */
const importsPrisma = (f: string) => f === "lib/db.ts" || f === WRITE_HELPER || /(^|\/)(queries|mutations)\.ts$/.test(f);

describe("house rules", () => {
  it("uses Prisma (and the pg driver) only in lib/db.ts and lib/**/queries.ts|mutations.ts", () => {
    const offenders = files.filter((f) => !importsPrisma(f) && prismaImport.test(read(f)));
    expect(offenders).toEqual([]);
  });

  it("queries only in the data layer, also through a transaction handed in (a tenant lookup in a rules file escapes the tenancy test)", () => {
    const modelCall = /\b(?:tx|client|db|prisma)\.[a-z]\w*\.(?:find\w*|count|aggregate|groupBy|create\w*|update\w*|upsert|delete\w*)\(|\$queryRaw|\$executeRaw/;
    const offenders = files.filter((f) => !isDataLayer(f) && modelCall.test(read(f)));
    expect(offenders).toEqual([]);
  });

  it("never looks a row up by id alone", () => {
    const offenders = files.filter((f) => /findUnique\(\s*\{\s*where:\s*\{\s*id\b/.test(fs.readFileSync(path.join(root, f), "utf8")));
    expect(offenders).toEqual([]);
  });

  it("marks data access server-only", () => {
    const unmarked = files.filter((f) => isDataLayer(f) && f !== "lib/db.ts" && !read(f).includes('import "server-only"'));
    expect(unmarked).toEqual([]);
  });

  it("opens write transactions and writes audit rows only through the audited-write helper", () => {
    const offenders = files.filter((f) => f !== WRITE_HELPER && f !== "lib/db.ts" && /\$transaction\(|writeTransaction\(|auditEvent\.(create|update|delete|upsert)/.test(read(f)));
    expect(offenders).toEqual([]);
  });

  it("sends every server action through submit (validate, member, audited mutation, refresh)", () => {
    const actions = files.filter((f) => read(f).startsWith('"use server"'));
    expect(actions.length).toBeGreaterThan(2);
    const bodies = actions.flatMap((f) =>
      read(f)
        .split(/\nexport async function /)
        .slice(1)
        .map((body) => ({ name: `${f}#${body.slice(0, body.indexOf("("))}`, body })),
    );
    expect(bodies.length).toBeGreaterThan(10);
    // The signature's line ends with "{" and the body is one `return submit(…)`.
    expect(bodies.filter(({ body }) => !/^[^\n]*\{\n\s*return submit\(/.test(body)).map((b) => b.name)).toEqual([]);
  });

  it("never binds arguments to a server action (a form posted without JavaScript would hang: vercel/next.js#57867)", () => {
    const offenders = files.filter((f) => /Action\.bind\(/.test(read(f)));
    expect(offenders).toEqual([]);
  });

  it("takes today and the time of writes from the one clock", () => {
    // The start-up tooling times itself and the session memo compares expiry instants; neither decides a status.
    const allowed = (f: string) => f === "lib/clock.ts" || f.startsWith("lib/runtime/") || f === "lib/auth/session-token.ts";
    const offenders = files.filter((f) => !allowed(f) && /new Date\(\)|Date\.now\(\)/.test(read(f)));
    expect(offenders).toEqual([]);
  });

  it("keeps every source file readable in one sitting: at most 300 lines (seed data, schema and migrations aside)", () => {
    // The app's layers, the start-up and database tooling, and the test and bench tooling; not the seed's data or tests themselves.
    const tooling = ["prisma", "tests/bench", "tests/support", "e2e/support"].flatMap(sourceFiles).filter((f) => !/^prisma\/seed/.test(f));
    const measured = [...files, ...tooling];
    const lines = (f: string) => read(f).split("\n").length - (read(f).endsWith("\n") ? 1 : 0);
    expect(measured.length).toBeGreaterThan(300);
    expect(measured.filter((f) => lines(f) > 300).map((f) => `${f}: ${lines(f)} lines`)).toEqual([]);
  });

  it("checks the rules against something", () => {
    expect(files.filter((f) => isDataAccessFile(f)).length).toBeGreaterThan(8);
  });
});
