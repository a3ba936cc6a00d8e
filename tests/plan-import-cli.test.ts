// `npm run admin -- plan import`, run in-process as the command line runs it:
// the preview (counts, then every problem by row), a dry run that saves
// nothing, errors that exit 2 with nothing made, and the import itself in one
// transaction, audited as the command line.
import { mkdtemp, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { commands } from "@/lib/cli/commands";
import { runCommand } from "@/lib/cli/registry";
import { db } from "./support/db";
import { ownPartnership, type OwnPartnership } from "./support/own-partnership";

const PLAN = [
  "Strategic priority,What do we want to achieve,What we will do,Impact measures,Strategic lead,Due date,Status",
  "Priority 1: Leadership,Leaders know the local area,Set up a SEND board,Board minutes By when: Monthly from January 2025,Ada Office,Mar-25,On track",
  ",,Publish the local offer,,Head of Inclusion,TBC,Amber",
].join("\n");

async function admin(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCommand(commands, argv, { out: (line) => out.push(line), err: (line) => err.push(line), account: "tester" });
  return { code, out, err };
}

let own: OwnPartnership;
let dir: string;
const file = async (name: string, text: string) => {
  const at = path.join(dir, name);
  await writeFile(at, text);
  return at;
};
const actions = () => db.action.count({ where: { partnershipId: own.id } });

beforeAll(async () => {
  own = await ownPartnership("cli-import");
  dir = await mkdtemp(path.join(os.tmpdir(), "plan-import-"));
});

describe("npm run admin -- plan import", () => {
  it("previews with --dry-run and saves nothing", async () => {
    const result = await admin("plan", "import", "--partnership", own.slug, await file("plan.csv", PLAN), "--dry-run");
    expect(result.err).toEqual([]);
    expect(result.code).toBe(0);
    expect(result.out).toContain("  C What we will do → Action");
    expect(result.out).toContain("2 new, 0 updated, 0 unchanged; 0 errors, 1 warning, 2 notes");
    expect(result.out).toContain("row 3: warning: due date “TBC”: imported as to be confirmed");
    expect(result.out).toContain("row 3: note: row 3: area same as row 2 above");
    expect(result.out.at(-1)).toBe("Dry run: nothing was imported.");
    expect(await actions()).toBe(0);
  });

  it("prints every error by row and exits 2 with nothing made", async () => {
    const twice = `${PLAN}\nPriority 1: Leadership,,Set up a SEND board again,,,,\n`
      .replace("Set up a SEND board again", "1.1a Twice")
      .replace("Publish the local offer", "1.1a Publish");
    const audits = await db.auditEvent.count({ where: { partnershipId: own.id } });
    const result = await admin("plan", "import", "--partnership", own.slug, await file("errors.csv", twice));
    expect(result.code).toBe(2);
    expect(result.out.filter((line) => line.includes(": error: "))).toEqual(["row 4: error: action 1.1a is also in row 3: each action once"]);
    expect(result.err).toEqual(["1 error to fix in the file: nothing was imported."]);
    expect(await actions()).toBe(0);
    expect(await db.auditEvent.count({ where: { partnershipId: own.id } })).toBe(audits);
  });

  it("imports in one transaction, audited as the command line, and a second run changes nothing", async () => {
    const at = await file("plan.csv", PLAN);
    const result = await admin("plan", "import", "--partnership", own.slug, at);
    expect(result.err).toEqual([]);
    expect(result.out.at(-1)).toBe(`Imported plan.csv into ${own.name}: 1 new priority area, 1 new outcome, 2 new actions (0 updated, 0 unchanged), 1 new milestone.`);
    const made = await db.action.findMany({ where: { partnershipId: own.id }, orderBy: { code: "asc" }, select: { title: true, currentDueDate: true, reportedStatus: true } });
    expect(made.map((a) => [a.title, a.currentDueDate?.toISOString().slice(0, 10) ?? null, a.reportedStatus])).toEqual([
      ["Set up a SEND board", "2025-03-31", "ON_TRACK"],
      ["Publish the local offer", null, "AT_RISK"],
    ]);
    // "Monthly from January 2025": due at the end of each month, the first at the end of January.
    const milestone = await db.milestone.findFirstOrThrow({ where: { partnershipId: own.id }, select: { frequency: true, recurrenceStart: true } });
    expect(milestone).toMatchObject({ frequency: "MONTHLY", recurrenceStart: new Date("2025-01-31T00:00:00Z") });
    const summary = await db.auditEvent.findFirstOrThrow({ where: { partnershipId: own.id, entityType: "PlanImportUpload" }, select: { actorName: true, entityId: true } });
    expect(summary).toEqual({ actorName: "Command line (tester)", entityId: own.id });
    const again = await admin("plan", "import", "--partnership", own.slug, at);
    expect(again.out).toContain("0 new, 0 updated, 2 unchanged; 0 errors, 1 warning, 2 notes");
    expect(await actions()).toBe(2);
  });

  it("refuses in one sentence: no partnership, an unknown one, a missing file, a refused file, a sheet the workbook lacks", async () => {
    expect((await admin("plan", "import", await file("plan.csv", PLAN))).err).toEqual(["Name the partnership with --partnership <slug>, such as --partnership derby-city."]);
    expect((await admin("plan", "import", "--partnership", "nowhere-at-all", await file("plan.csv", PLAN))).err[0]).toMatch(/^No partnership has the address "nowhere-at-all"/);
    expect((await admin("plan", "import", "--partnership", own.slug, path.join(dir, "missing.csv"))).err[0]).toMatch(/^Cannot read .*missing\.csv: check the path\.$/);
    expect((await admin("plan", "import", "--partnership", own.slug, await file("empty.csv", ""))).err).toEqual(["The file is empty."]);
    const sheet = await admin("plan", "import", "--partnership", own.slug, await file("plan.csv", PLAN), "--sheet", "Plan");
    expect(sheet.code).toBe(2);
    expect(sheet.err).toEqual(['The workbook has no sheet "Plan": its sheets are "".']);
  });
});
