// The plan import's data layer against a real database: an upload previewed
// and confirmed in one transaction through the plan's cores; a failure rolls
// every row back and names its row; the same file again changes nothing; an
// edited file updates by code, or by area and title, never duplicating; the
// mapping and status words are remembered; admins only; another
// partnership's upload is not found.
import { beforeAll, describe, expect, it } from "vitest";
import type { Caller } from "@/lib/auth/caller";
import { ForbiddenError, NotFoundError, ValidationError } from "@/lib/errors";
import { NO_CHOICES, type ImportChoices } from "@/lib/plan-import/choices";
import { confirmImport } from "@/lib/plan-import/mutations/confirm";
import { storeUpload } from "@/lib/plan-import/mutations/upload";
import { loadImportStart, loadImportUpload } from "@/lib/plan-import/view";
import { db } from "./support/db";
import { ownPartnership, type OwnPartnership } from "./support/own-partnership";

const HEADER = "Strategic priority;What do we want to achieve;What we will do;Impact measures;Strategic lead;Start date;Due date;Status";
const HULL = [
  HEADER,
  "Priority 1: Leadership;Leaders know the local area;Set up a SEND board;Board minutes By when: Feb-25;Ada Office;Jan-25;Mar-25;On track",
  ";;Publish the local offer;Local offer page views By when: Quarterly;Head of Inclusion;Jan-25;TBC;Progressing well",
  "Priority 2: Identification;Needs are identified early;Train early years staff;;Head of Inclusion;Feb-25;Dec-25;Not started",
].join("\r\n");

let own: OwnPartnership;
let admin: Caller;
const bytes = (text: string) => new TextEncoder().encode(text);

async function upload(text: string, fileName = "hull-plan.csv", caller = admin) {
  return (await storeUpload(own.id, caller, { fileName, bytes: bytes(text) })).id;
}
const confirm = (uploadId: string, choices: ImportChoices = NO_CHOICES, caller: Caller = admin) => confirmImport(own.id, caller, { source: { uploadId }, choices });
const view = async (uploadId: string, choices: ImportChoices = NO_CHOICES) => (await loadImportUpload(await own.member("admin"), uploadId, choices))!;
const planCounts = async () => {
  const where = { partnershipId: own.id };
  const [areas, outcomes, actions, milestones, audits] = await Promise.all([
    db.priorityArea.count({ where }),
    db.outcome.count({ where }),
    db.action.count({ where }),
    db.milestone.count({ where }),
    db.auditEvent.count({ where }),
  ]);
  return { areas, outcomes, actions, milestones, audits };
};
const refusal = (call: Promise<unknown>) =>
  call.then(
    () => null,
    (error: unknown) => error as Error,
  );
const words = { "progressing well": "ON_TRACK" } as const;

beforeAll(async () => {
  own = await ownPartnership("plan-import");
  admin = await own.caller("admin");
});

describe("an upload's preview", () => {
  it("maps the Hull-style columns by itself and lists the status words nothing knows", async () => {
    const id = await upload(HULL);
    const page = await view(id);
    expect(page.result).toBeNull();
    expect(page.problem).toBeNull();
    expect(page.headerRow).toBe(1);
    expect(page.columns.map((c) => c.field)).toEqual(["area", "outcome", "action", "measure", "lead", "start", "due", "status"]);
    expect(page.columns[2]).toMatchObject({ letter: "C", header: "What we will do", sample: "Set up a SEND board" });
    expect(page.mappingProblems).toEqual([]);
    expect(page.statusWords).toEqual([{ key: "progressing well", text: "Progressing well", status: null, rows: 1 }]);
    expect(page.preview!.counts).toMatchObject({ new: 3, updated: 0, unchanged: 0, errors: 0 });
    const tbc = page.preview!.rows[1]!;
    expect(tbc.dueDate).toBeNull();
    expect(tbc.status).toBeNull();
    expect(tbc.area.title).toBe("Leadership");
    const chosen = await view(id, { ...NO_CHOICES, words });
    expect(chosen.statusWords[0]!.status).toBe("ON_TRACK");
    expect(chosen.preview!.rows[1]!.status).toBe("ON_TRACK");
  });

  it("has no preview while the mapping has problems, and says them", async () => {
    const id = await upload(HULL);
    const page = await view(id, { ...NO_CHOICES, fields: ["area", "outcome", "ignore", "measure", "lead", "start", "due", "status"] });
    expect(page.preview).toBeNull();
    expect(page.mappingProblems).toEqual(["Choose the column that holds the actions."]);
    await expect(confirm(id, { ...NO_CHOICES, fields: ["area", "outcome", "ignore", "measure", "lead", "start", "due", "status"] })).rejects.toThrow(
      "Choose the column that holds the actions.",
    );
  });
});

describe("confirming an import", () => {
  let first: string;

  it("writes every row through the plan's cores in one go, with one summary row, and remembers the choices", async () => {
    const before = await planCounts();
    first = await upload(HULL);
    const result = await confirm(first, { ...NO_CHOICES, words });
    expect(result).toMatchObject({ fileName: "hull-plan.csv", areas: 2, outcomes: 2, actions: { new: 3, updated: 0, unchanged: 0 }, milestones: 2 });
    expect(result.toInvite).toEqual(["Head of Inclusion"]);
    const after = await planCounts();
    // Upload (1), 2 areas, 2 outcomes, 3 actions, 3 first statuses, 2 milestones, the summary.
    expect(after).toEqual({ areas: before.areas + 2, outcomes: before.outcomes + 2, actions: before.actions + 3, milestones: before.milestones + 2, audits: before.audits + 14 });
    const actions = await db.action.findMany({
      where: { partnershipId: own.id },
      orderBy: { code: "asc" },
      select: { title: true, currentDueDate: true, reportedStatus: true, leadMembershipId: true, leadRole: true },
    });
    const board = actions.find((a) => a.title === "Set up a SEND board")!;
    expect(board).toMatchObject({ reportedStatus: "ON_TRACK", leadMembershipId: own.membershipIds.admin, leadRole: null });
    expect(board.currentDueDate?.toISOString().slice(0, 10)).toBe("2025-03-31");
    expect(actions.find((a) => a.title === "Publish the local offer")).toMatchObject({ currentDueDate: null, reportedStatus: "ON_TRACK", leadRole: "Head of Inclusion" });
    const summary = await db.auditEvent.findFirstOrThrow({ where: { partnershipId: own.id, entityType: "PlanImportUpload", action: "import" }, orderBy: { at: "desc" } });
    expect(summary.entityId).toBe(first);
    const page = await view(first);
    expect(page.result).toEqual(result);
    const partnership = await db.partnership.findFirstOrThrow({ where: { id: own.id }, select: { importMapping: true, importStatusWords: true } });
    expect(partnership.importStatusWords).toEqual({ "progressing well": "ON_TRACK" });
    expect(Object.values(partnership.importMapping as object)).toEqual([["area", "outcome", "action", "measure", "lead", "start", "due", "status"]]);
  });

  it("imports an upload once", async () => {
    const error = await refusal(confirm(first, { ...NO_CHOICES, words }));
    expect(error).toBeInstanceOf(ValidationError);
    expect(error!.message).toMatch(/^This file was imported on /);
  });

  it("changes nothing when the same file comes again, but its summary", async () => {
    const before = await planCounts();
    const again = await upload(HULL);
    const page = await view(again);
    // The status word chosen last time is remembered.
    expect(page.statusWords[0]!.status).toBe("ON_TRACK");
    expect(page.preview!.counts).toMatchObject({ new: 0, updated: 0, unchanged: 3 });
    const result = await confirm(again);
    expect(result.actions).toEqual({ new: 0, updated: 0, unchanged: 3 });
    expect(await planCounts()).toEqual({ ...before, audits: before.audits + 2 });
  });

  it("updates an edited file's rows by area and title, adds its new rows, and never duplicates", async () => {
    const edited = HULL.replace(
      "Set up a SEND board;Board minutes By when: Feb-25",
      "Set up a SEND board;Board minutes By when: Feb-25\nTerms of reference By when: Apr-25",
    ).concat("\r\n;;Agree a joint commissioning plan;;Ada Office;Apr-25;Sep-25;Not started");
    const before = await planCounts();
    const id = await upload(edited);
    const page = await view(id);
    expect(page.preview!.counts).toMatchObject({ new: 1, updated: 1, unchanged: 2 });
    expect(page.preview!.rows[0]!.changes).toEqual(["1 milestone added"]);
    await confirm(id);
    const after = await planCounts();
    expect(after.actions).toBe(before.actions + 1);
    expect(after.milestones).toBe(before.milestones + 1);
    expect(await db.action.count({ where: { partnershipId: own.id, title: "Set up a SEND board" } })).toBe(1);
  });

  it("updates by code: a retitled action keeps its code", async () => {
    const [action] = await db.action.findMany({ where: { partnershipId: own.id, title: "Train early years staff" }, select: { id: true, code: true } });
    // A file of fewer columns: what it leaves out (the outcome, the start) stays as the plan has it.
    const file = [
      "Priority area,Code,Action,Lead,Due date",
      `Priority 2: Identification,${action!.code},Train early years and school staff,Head of Inclusion,31 December 2025`,
    ].join("\n");
    const id = await upload(file, "retitled.csv");
    const page = await view(id);
    expect(page.preview!.rows[0]).toMatchObject({ becomes: "updated", changes: ["title"], actionId: action!.id });
    await confirm(id);
    expect(await db.action.findFirstOrThrow({ where: { id: action!.id }, select: { title: true, code: true } })).toEqual({
      title: "Train early years and school staff",
      code: action!.code,
    });
  });

  it("rolls back every row when one cannot be saved, and says which row", async () => {
    // An archived action keeps its code: a new row with that code cannot be saved.
    const archived = await db.action.findFirstOrThrow({ where: { partnershipId: own.id, title: "Agree a joint commissioning plan" }, select: { id: true, code: true } });
    await db.action.update({ where: { id: archived.id }, data: { archivedAt: new Date() } });
    const file = [
      "Priority area,Code,Action,Due date",
      "Priority 3: Preparing for adulthood,PA1,Map post-16 routes,31 March 2026",
      `Priority 3: Preparing for adulthood,${archived.code},Reuse an archived code,31 March 2026`,
    ].join("\n");
    const before = await planCounts();
    const id = await upload(file, "clash.csv");
    expect((await view(id)).preview!.counts).toMatchObject({ new: 2, errors: 0 });
    const error = await refusal(confirm(id));
    expect(error).toBeInstanceOf(ValidationError);
    expect(error!.message).toContain("Row 3");
    expect(error!.message).toContain(`Code ${archived.code} is already used`);
    expect(await planCounts()).toEqual({ ...before, audits: before.audits + 1 });
    expect(await db.planImportUpload.findFirstOrThrow({ where: { id }, select: { importedAt: true, result: true } })).toEqual({ importedAt: null, result: null });
  });

  it("refuses a file whose rows have errors, listing the first", async () => {
    const id = await upload(
      ["Priority area,Code,Action", "Priority 4: Health,H1,Join up health checks", "Priority 4: Health,H1,Join up health checks again"].join("\n"),
      "twice.csv",
    );
    const error = await refusal(confirm(id));
    expect(error).toBeInstanceOf(ValidationError);
    expect(error!.message).toMatch(/^Nothing was imported: the file has an error to fix first \(row 3: action H1 is also in row 2/);
  });
});

describe("who may import", () => {
  it("is the programme office only", async () => {
    const id = await upload(HULL);
    for (const role of ["viewer", "lead", "advisor", "board", "contributor"] as const) {
      const member = await own.member(role);
      expect(await loadImportStart(member), role).toBeNull();
      expect(await loadImportUpload(member, id, NO_CHOICES), role).toBeNull();
      const caller = await own.caller(role);
      expect(await refusal(confirm(id, NO_CHOICES, caller)), role).toBeInstanceOf(ForbiddenError);
      expect(await refusal(upload(HULL, "x.csv", caller)), role).toBeInstanceOf(ForbiddenError);
    }
    const start = await loadImportStart(await own.member("admin"));
    expect(start!.recent[0]).toMatchObject({ id, fileName: "hull-plan.csv", importedAt: null, byName: "Ada Office (Programme Manager)" });
  });

  it("never finds another partnership's upload", async () => {
    const other = await ownPartnership("plan-import-other");
    const theirs = (await storeUpload(other.id, await other.caller("admin"), { fileName: "secret-plan.csv", bytes: bytes(HULL) })).id;
    const before = await planCounts();
    expect(await loadImportUpload(await own.member("admin"), theirs, NO_CHOICES)).toBeNull();
    const error = await refusal(confirm(theirs));
    expect(error).toBeInstanceOf(NotFoundError);
    expect(error!.message).not.toContain("secret-plan");
    expect(await planCounts()).toEqual(before);
    expect(await db.planImportUpload.findFirstOrThrow({ where: { id: theirs }, select: { importedAt: true } })).toEqual({ importedAt: null });
  });
});
