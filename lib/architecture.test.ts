// House rules that a reviewer would otherwise have to catch (STYLE rules 2–3),
// checked on every test run like a lint rule.
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

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
const dataAccess = /^lib\/(db\.ts|.*\/(queries|mutations)\.ts)$/;
// A value import of the client, the generated Prisma runtime, the pg driver, or the db module.
const prismaImport = /^\s*import\s+(?!type\b)[^;]*from\s+["'](@prisma\/client|[^"']*generated\/prisma\/client|pg|@\/lib\/db|[^"']*\/lib\/db)["']/m;

describe("house rules", () => {
  it("uses Prisma (and the pg driver) only in lib/db.ts and lib/**/queries.ts|mutations.ts", () => {
    const offenders = files.filter((f) => !dataAccess.test(f) && prismaImport.test(fs.readFileSync(path.join(root, f), "utf8")));
    expect(offenders).toEqual([]);
  });

  it("never looks a row up by id alone", () => {
    const offenders = files.filter((f) => /findUnique\(\s*\{\s*where:\s*\{\s*id\b/.test(fs.readFileSync(path.join(root, f), "utf8")));
    expect(offenders).toEqual([]);
  });

  it("marks data access server-only", () => {
    const unmarked = files.filter((f) => dataAccess.test(f) && !fs.readFileSync(path.join(root, f), "utf8").includes('import "server-only"'));
    expect(unmarked).toEqual([]);
  });

  it("refreshes the partnership's cached pages after every write (server actions that call a mutation)", () => {
    const actions = files.filter((f) => f.endsWith("actions.ts") && fs.readFileSync(path.join(root, f), "utf8").startsWith('"use server"'));
    expect(actions.length).toBeGreaterThan(2);
    const offenders: string[] = [];
    let writers = 0;
    for (const file of actions) {
      const source = fs.readFileSync(path.join(root, file), "utf8");
      const mutations = [...source.matchAll(/import\s*\{([^}]*)\}\s*from\s*["'][^"']*mutations["']/g)].flatMap((m) => m[1]!.split(",").map((n) => n.trim()).filter(Boolean));
      for (const body of source.split(/\nexport async function /).slice(1)) {
        const name = body.slice(0, body.indexOf("("));
        const writes = mutations.some((m) => new RegExp(`\\b${m}\\(`).test(body));
        if (writes) writers++;
        if (writes && !/refreshPartnership\(/.test(body)) offenders.push(`${file}#${name}`);
      }
    }
    expect(offenders).toEqual([]);
    expect(writers).toBeGreaterThan(10);
  });

  it("checks the rules against something", () => {
    expect(files.filter((f) => dataAccess.test(f)).length).toBeGreaterThan(2);
  });
});
