// The mutation registry: every mutation exported by the data layer runs once
// against the real database and writes exactly one audit row, moving its
// partnership's data version by exactly one. A mutation without a case here
// fails the first test, so none can be added that skips its audit row (the
// board dashboard's "an update shows on the very next load" depends on it).
import fs from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { isMutation, type Mutation } from "@/lib/audit/mutation";
import { describeAuditRow } from "@/lib/audit/sentence";
import { db } from "./support/db";
import { callerFor, partnershipId } from "./support/callers";
import { isMutationsFile } from "./support/data-access";
import { isComposite, isElsewhere, type Context, type MutationCases } from "./mutations/types";

const CASES: MutationCases = Object.assign(
  {},
  ...Object.values(import.meta.glob<MutationCases>("./mutations/*.cases.ts", { eager: true, import: "*" })).flatMap((mod) => Object.values(mod)),
);

function mutationFiles(dir = "lib"): string[] {
  return fs.readdirSync(path.join(process.cwd(), dir), { withFileTypes: true }).flatMap((entry) => {
    const rel = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === "generated" ? [] : mutationFiles(rel);
    return isMutationsFile(rel) ? [rel] : [];
  });
}

async function exportedMutations() {
  const found: { key: string; value: unknown }[] = [];
  for (const file of mutationFiles()) {
    const mod = (await import(/* @vite-ignore */ path.join(process.cwd(), file))) as Record<string, unknown>;
    for (const [name, value] of Object.entries(mod)) found.push({ key: `${file}#${name}`, value });
  }
  return found;
}

let context: Context;

beforeAll(async () => {
  const id = await partnershipId("derby-city");
  // The cases name what they make "RG<n>", "Registry board <n>"…: numbered from
  // a base of its own for each run over the same database (CI's second pass),
  // counted from the one registry board each run makes.
  const runs = await db.board.count({ where: { partnershipId: id, name: { startsWith: "Registry board " } } });
  let n = runs * 1000;
  context = { partnershipId: id, admin: await callerFor("admin@derby-city.demo", "derby-city"), next: () => ++n };
});

// A partnership not made yet (an operator's new one) is at version 0.
const versionOf = async (id: string) => (await db.partnership.findFirst({ where: { id }, select: { dataVersion: true } }))?.dataVersion ?? 0;
const auditRows = (id: string) => db.auditEvent.count({ where: { partnershipId: id } });

describe("the mutation registry", () => {
  it("finds only mutations in the mutation files, and a case for each", async () => {
    const exported = await exportedMutations();
    expect(exported.length).toBeGreaterThan(25);
    expect(exported.filter((e) => !isMutation(e.value)).map((e) => e.key)).toEqual([]);
    expect(exported.map((e) => e.key).filter((key) => !(key in CASES))).toEqual([]);
    expect(Object.keys(CASES).filter((key) => !exported.some((e) => e.key === key))).toEqual([]);
  });

  it("runs every mutation once: exactly one audit row (one per core for a composite) and one step of the data version, each read as a sentence of the vocabulary", async () => {
    const results: Record<string, { audits: number; expected: number; versionStep: number }> = {};
    const unread: string[] = [];
    for (const { key, value } of await exportedMutations()) {
      const built = await CASES[key]!(context);
      const { input, audits: expected } = isComposite(built) || isElsewhere(built) ? built : { input: built, audits: 1 };
      const { partnershipId, caller } = isElsewhere(built) ? built : { partnershipId: context.partnershipId, caller: context.admin };
      const [audits, version] = await Promise.all([auditRows(partnershipId), versionOf(partnershipId)]);
      await (value as Mutation<unknown, unknown, never>)(partnershipId, caller as never, input);
      results[key] = { audits: (await auditRows(partnershipId)) - audits, expected, versionStep: (await versionOf(partnershipId)) - version };
      // What it wrote reads back through its kind's verb (typed), not through the plain reader for old rows.
      const written = await db.auditEvent.findMany({ where: { partnershipId }, orderBy: { at: "desc" }, take: Math.max(0, results[key].audits) });
      for (const row of written)
        if (!describeAuditRow(row, "derby-city").typed) unread.push(`${key}: ${row.entityType} ${row.action} ${JSON.stringify({ before: row.before, after: row.after })}`);
    }
    const wrong = Object.entries(results).filter(([, r]) => r.audits !== r.expected || r.versionStep !== 1);
    expect(wrong).toEqual([]);
    expect(unread).toEqual([]);
    expect(Object.keys(results).length).toBeGreaterThan(25);
  });
});
