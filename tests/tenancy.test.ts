// Tenant isolation in the data layer: every exported data-access function in
// lib/**/queries.ts and lib/**/mutations.ts (or a mutations/ folder) must be
// listed here, and each is called with another partnership's id (and this
// partnership's row ids): a read returns nothing; a write fails with the
// not-found error, changes nothing in either partnership, and its message
// says nothing of the other partnership. A new function that is not listed
// fails the first test, so none can be added without a cross-tenant check.
import fs from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "./support/db";
import { callerFor } from "./support/callers";
import { isDataAccessFile } from "./support/data-access";
import { NotFoundError } from "@/lib/errors";
import type { Ids, Rows, TenancyCases } from "./tenancy/types";

const CASES: TenancyCases = Object.assign(
  {},
  ...Object.values(import.meta.glob<TenancyCases>("./tenancy/*.cases.ts", { eager: true, import: "*" })).flatMap((mod) => Object.values(mod)),
);

function dataAccessModules(): string[] {
  const found: string[] = [];
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory() && entry.name !== "generated") walk(full);
      else if (isDataAccessFile(path.relative(process.cwd(), full))) found.push(path.relative(process.cwd(), full));
    }
  };
  walk(path.join(process.cwd(), "lib"));
  return found.sort();
}

async function exportedFunctions() {
  const functions: { key: string; fn: (...args: unknown[]) => Promise<unknown> }[] = [];
  for (const file of dataAccessModules()) {
    const mod = (await import(/* @vite-ignore */ path.join(process.cwd(), file))) as Record<string, unknown>;
    for (const [name, value] of Object.entries(mod)) {
      if (typeof value === "function") functions.push({ key: `${file}#${name}`, fn: value as (...args: unknown[]) => Promise<unknown> });
    }
  }
  return functions;
}

/** Every id of every row Derbyshire owns, and one sample id per table. */
async function derbyshireRows(partnershipId: string): Promise<{ all: Set<string>; sample: Rows }> {
  const tables = await db.$queryRaw<{ table_name: string }[]>`
    SELECT c.table_name FROM information_schema.columns c
    JOIN information_schema.columns i ON i.table_name = c.table_name AND i.column_name = 'id' AND i.table_schema = 'public'
    WHERE c.column_name = 'partnershipId' AND c.table_schema = 'public'`;
  const all = new Set<string>([partnershipId]);
  const sample: Rows = {};
  for (const { table_name } of tables) {
    const rows = await db.$queryRawUnsafe<{ id: string }[]>(`SELECT id FROM "${table_name}" WHERE "partnershipId" = $1`, partnershipId);
    for (const row of rows) all.add(row.id);
    if (rows[0]) sample[table_name] = rows[0].id;
  }
  return { all, sample };
}

function leakedIds(result: unknown, owned: Set<string>): string[] {
  const json = JSON.stringify(result ?? null);
  return [...json.matchAll(/"([a-z0-9]{20,32})"/g)].map((m) => m[1]).filter((id) => owned.has(id));
}

function isEmpty(value: unknown): boolean {
  if (value === null || value === undefined) return true;
  if (Array.isArray(value)) return value.length === 0;
  if (typeof value === "number") return value === 0;
  return false;
}

/** A fingerprint of every row of every table: an update shows as well as an insert or a delete. */
async function tableContents(): Promise<Record<string, string>> {
  const tables = await db.$queryRaw<{ table_name: string }[]>`SELECT relname AS table_name FROM pg_stat_user_tables WHERE relname <> '_prisma_migrations'`;
  const contents: Record<string, string> = {};
  for (const { table_name } of tables) {
    const [{ digest }] = await db.$queryRawUnsafe<{ digest: string }[]>(
      `SELECT count(*) || ':' || md5(coalesce(string_agg(md5(t::text), '' ORDER BY md5(t::text)), '')) AS digest FROM "${table_name}" t`,
    );
    contents[table_name] = digest;
  }
  return contents;
}

/** Every code, title, name and text of Derbyshire's rows that a message could give away. */
async function derbyshireWords(partnershipId: string): Promise<string[]> {
  const rows = await db.$queryRawUnsafe<{ word: string }[]>(
    `SELECT code AS word FROM "PriorityArea" WHERE "partnershipId" = $1 UNION SELECT title FROM "PriorityArea" WHERE "partnershipId" = $1
     UNION SELECT code FROM "Outcome" WHERE "partnershipId" = $1 UNION SELECT code FROM "Action" WHERE "partnershipId" = $1
     UNION SELECT title FROM "Action" WHERE "partnershipId" = $1 UNION SELECT text FROM "Milestone" WHERE "partnershipId" = $1
     UNION SELECT code FROM "Kpi" WHERE "partnershipId" = $1 UNION SELECT name FROM "Kpi" WHERE "partnershipId" = $1
     UNION SELECT name FROM "Partnership" WHERE id = $1 UNION SELECT slug FROM "Partnership" WHERE id = $1
     UNION SELECT name FROM "Board" WHERE "partnershipId" = $1
     UNION SELECT title FROM "Risk" WHERE "partnershipId" = $1 UNION SELECT text FROM "RiskMitigation" WHERE "partnershipId" = $1
     UNION SELECT u.name FROM "User" u JOIN "Membership" m ON m."userId" = u.id WHERE m."partnershipId" = $1 AND m.role <> 'ADVISOR'`,
    partnershipId,
  );
  return rows.map((r) => r.word).filter((word) => word.length >= 3);
}

let ids: Ids;

beforeAll(async () => {
  const [derbyshire, derbyCity, derbyCityUser, derbyshireUser] = await Promise.all([
    db.partnership.findFirstOrThrow({ where: { slug: "derbyshire" } }),
    db.partnership.findFirstOrThrow({ where: { slug: "derby-city" } }),
    db.user.findUniqueOrThrow({ where: { email: "admin@derby-city.demo" } }),
    db.user.findUniqueOrThrow({ where: { email: "admin@derbyshire.demo" } }),
  ]);
  const roles = ["ADMIN", "BOARD", "LEAD", "CONTRIBUTOR", "VIEWER", "ADVISOR"] as const;
  const callers = Object.fromEntries(
    await Promise.all(roles.map(async (role) => [role, await callerFor(role === "ADVISOR" ? "advisor@dfe.demo" : `${role.toLowerCase()}@derby-city.demo`, "derby-city")])),
  ) as Ids["derbyCityCallers"];
  ids = { derbyshire: derbyshire.id, derbyCity: derbyCity.id, derbyCityUserId: derbyCityUser.id, derbyshireUserId: derbyshireUser.id, derbyCityCallers: callers };
});

describe("tenant isolation in the data layer", () => {
  it("lists every exported data-access function", async () => {
    const keys = (await exportedFunctions()).map((f) => f.key).sort();
    expect(keys.filter((key) => !(key in CASES))).toEqual([]);
    expect(Object.keys(CASES).filter((key) => !keys.includes(key))).toEqual([]);
  });

  it("returns nothing and changes nothing when called with another partnership's id", async () => {
    const before = await tableContents();
    const rows = await derbyshireRows(ids.derbyshire);
    const words = await derbyshireWords(ids.derbyshire);
    expect(rows.all.size).toBeGreaterThan(100);
    expect(words).toEqual(expect.arrayContaining(["AFI1", "1.1a", "Derbyshire Local Area SEND Partnership"]));
    for (const { key, fn } of await exportedFunctions()) {
      const test = CASES[key];
      if (test.kind === "pre-tenant") {
        await test.check(fn, ids);
        continue;
      }
      if (test.kind === "mutation") {
        const error = await fn(...test.args(ids, rows.sample)).then(
          () => null,
          (e: unknown) => e,
        );
        expect(error, `${key} with another partnership's rows`).toBeInstanceOf(NotFoundError);
        const message = (error as Error).message;
        expect(
          words.filter((word) => message.includes(word)),
          `${key}: "${message}" names the other partnership's rows`,
        ).toEqual([]);
        expect(await tableContents(), `${key} changed nothing`).toEqual(before);
        continue;
      }
      const own = await fn(...(await test.args(ids.derbyshire, rows.sample)));
      expect(leakedIds(own, rows.all).length, `${key} returns Derbyshire data for Derbyshire`).toBeGreaterThan(0);
      // Derby City's id with Derbyshire's row ids: no Derbyshire row comes back.
      const foreign = await fn(...(await test.args(ids.derbyCity, rows.sample)));
      expect(leakedIds(foreign, rows.all), `${key} with another partnership's id`).toEqual([]);
      if (test.empty) expect(isEmpty(foreign), `${key} with another partnership's id`).toBe(true);
    }
    expect(await tableContents()).toEqual(before);
  });
});
