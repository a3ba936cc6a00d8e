// The plan's download (lib/plan/export.ts), drawn from the demo's Derbyshire
// plan as its programme office reads it (read-only: nothing here writes):
// one row per action in plan order, Derbyshire's own columns, the page's
// filters applied and said; and read back by the import's readers
// (lib/plan-import), CSV and XLSX alike, it gives the same codes, titles,
// outcomes, due dates, statuses and measures.
import { beforeAll, describe, expect, it } from "vitest";
import { memberContext, type MemberContext } from "@/lib/auth/guards";
import { getMembershipBySlug } from "@/lib/auth/queries";
import { parseIsoDate } from "@/lib/dates/format";
import { toCsv, toXlsx, type Register } from "@/lib/exports/register";
import { planRegister } from "@/lib/plan/export";
import { getAssessedPlan } from "@/lib/plan/model";
import { readDateCell } from "@/lib/plan-import/compute/dates";
import { headerRowIndex, suggestMapping } from "@/lib/plan-import/compute/mapping";
import { readWhen, splitMeasures } from "@/lib/plan-import/compute/measures";
import { settleRows } from "@/lib/plan-import/compute/rows";
import { readStatusCell } from "@/lib/plan-import/compute/status";
import { previewImport, type ExistingPlan } from "@/lib/plan-import/compute/preview";
import { getImportContext } from "@/lib/plan-import/queries";
import { readUpload } from "@/lib/plan-import/read";
import { db } from "./support/db";

const today = parseIsoDate("2026-11-20");
let admin: MemberContext;

async function demoMember(email: string, slug: string): Promise<MemberContext> {
  const user = await db.user.findUniqueOrThrow({ where: { email }, select: { id: true, name: true, email: true, sessionVersion: true } });
  const row = await getMembershipBySlug(user.id, slug);
  if (!row) throw new Error(`${email} is not a member of ${slug}`);
  return memberContext({ userId: user.id, name: user.name, email: user.email, sessionVersion: user.sessionVersion }, row);
}

/** The plan as the page shows it: every action of every area, in order. */
async function planActions() {
  const plan = await getAssessedPlan(admin.partnershipId, today);
  return plan.tree.flatMap((area) => area.outcomes.flatMap((outcome) => outcome.actions.map((action) => ({ area, outcome, action }))));
}

beforeAll(async () => {
  admin = await demoMember("admin@derbyshire.demo", "derbyshire");
});

describe("the plan's download", () => {
  it("has one row per action in plan order, in Derbyshire's own columns", async () => {
    const register = (await planRegister(admin, new URLSearchParams(), today))!;
    const actions = await planActions();
    expect(register.rows.map((r) => r.action.code)).toEqual(actions.map((a) => a.action.code));
    expect(register.rows.length).toBeGreaterThan(40);
    expect(register.columns.map((c) => c.header).slice(0, 6)).toEqual(["Priority area", "Desired outcome", "Code", "Action", "How will we measure impact and by when", "Lead"]);
    expect(register.filters).toEqual([]);
    const csv = toCsv(register);
    expect(csv).toContain("Improvement plan — Derbyshire");
    expect(csv).toMatch(/By when: /);
  });

  it("applies the page's filters and says them", async () => {
    const register = (await planRegister(admin, new URLSearchParams({ area: "PIA1", owed: "1" }), today))!;
    expect(register.filters).toEqual(["Area: PIA1", "Only updates owed"]);
    expect(register.rows.every((r) => r.area.code === "PIA1")).toBe(true);
    const all = (await planRegister(admin, new URLSearchParams({ area: "PIA1" }), today))!;
    expect(all.rows.length).toBeGreaterThanOrEqual(register.rows.length);
    expect(all.rows.length).toBeLessThan((await planActions()).length);
  });
});

describe("the plan's download, read back by the import", () => {
  for (const format of ["csv", "xlsx"] as const) {
    it(`gives the same plan from the ${format.toUpperCase()}`, async () => {
      const register = (await planRegister(admin, new URLSearchParams(), today)) as Register<unknown>;
      const bytes = format === "csv" ? new TextEncoder().encode(toCsv(register)) : new Uint8Array(await toXlsx(register));
      const { sheets } = await readUpload(`derbyshire-plan.${format}`, bytes);
      const rows = sheets[0]!.rows;
      const header = headerRowIndex(rows.map((r) => r.cells));
      expect(header).not.toBeNull();
      const fields = suggestMapping(rows[header!]!.cells.map((c) => (typeof c === "string" ? c : "")));
      expect(fields.slice(0, 10)).toEqual(["area", "outcome", "code", "action", "measure", "lead", "start", "due", "ignore", "status"]);
      const { planRows } = settleRows(rows.slice(header! + 1), fields);
      const actions = await planActions();
      expect(planRows.map((r) => r.code)).toEqual(actions.map((a) => a.action.code));
      planRows.forEach((row, i) => {
        const { area, outcome, action } = actions[i]!;
        expect(row.action).toBe(action.title.replace(/\s+/g, " ").trim());
        expect(row.area).toBe(`${area.code} — ${area.title}`.replace(/\s+/g, " ").trim());
        expect(row.outcome).toBe(`${outcome.code} — ${outcome.text}`.replace(/\s+/g, " ").trim());
        const due = readDateCell(row.due, "due");
        expect(due.kind === "date" ? due.date.toISOString() : due.kind, action.code).toBe(action.currentDueDate?.toISOString() ?? "unconfirmed");
        expect(readStatusCell(row.status, admin.labels), action.code).toMatchObject({ kind: "status", status: action.reportedStatus });
        const measures = splitMeasures(row.measure);
        expect(
          measures.map((m) => m.text),
          action.code,
        ).toEqual(action.milestones.map((m) => m.text.replace(/\s+/g, " ").trim()));
        // Each milestone's by when reads back as its rhythm, or as its date.
        expect(
          measures.map((m) => {
            const when = readWhen(m.byWhen);
            return when.kind === "recurring" ? when.frequency : when.kind === "once" ? when.date.date.toISOString() : when.kind;
          }),
          action.code,
        ).toEqual(action.milestones.map((m) => m.frequency ?? m.dueDate?.toISOString() ?? "none"));
        expect(row.said, action.code).toEqual([]);
      });
    });
  }
});

describe("the plan's download, previewed for import", () => {
  /** The plan as the import reads it (lib/plan-import/queries.ts). */
  const existingPlan = async (): Promise<ExistingPlan> => (await getImportContext(admin.partnershipId)).existing;

  async function previewOf(existing: ExistingPlan) {
    const register = (await planRegister(admin, new URLSearchParams(), today)) as Register<unknown>;
    const { sheets } = await readUpload("derbyshire-plan.csv", new TextEncoder().encode(toCsv(register)));
    const rows = sheets[0]!.rows;
    const header = headerRowIndex(rows.map((r) => r.cells))!;
    const { planRows } = settleRows(rows.slice(header + 1), suggestMapping(rows[header]!.cells.map((c) => (typeof c === "string" ? c : ""))));
    const members = await db.membership.findMany({ where: { partnershipId: admin.partnershipId }, select: { id: true, user: { select: { name: true } } } });
    return previewImport(planRows, { existing, members: members.map((m) => ({ membershipId: m.id, name: m.user.name })), labels: admin.labels });
  }

  it("is every action unchanged against the plan it came from", async () => {
    const preview = await previewOf(await existingPlan());
    const actions = await planActions();
    expect(preview.counts).toMatchObject({ new: 0, updated: 0, unchanged: actions.length, errors: 0 });
    const changed = preview.rows.filter((r) => r.becomes !== "unchanged").map((r) => `${r.code}: ${r.changes.join(", ")}`);
    expect(changed).toEqual([]);
  });

  it("is every action new, with no error, into an empty partnership", async () => {
    const preview = await previewOf({ areas: [], outcomes: [], actions: [] });
    const actions = await planActions();
    expect(preview.counts).toMatchObject({ new: actions.length, updated: 0, unchanged: 0, errors: 0 });
    expect(preview.rows.map((r) => r.code)).toEqual(actions.map((a) => a.action.code));
    expect(new Set(preview.rows.map((r) => r.area.code))).toEqual(new Set(actions.map((a) => a.area.code)));
  });
});
