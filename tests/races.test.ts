// Issue 14, item 7: rules that a check inside each transaction cannot keep
// when saves race each other, settled by the database instead: fired
// concurrently, as the probe fired them. In a plan of the file's own
// (tests/support/kpi-plan.ts), so a second run on the same database races
// on an empty KPI month and fresh codes again, and nothing needs removing.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "./support/db";
import { kpiPlan } from "./support/kpi-plan";
import type { Caller } from "@/lib/auth/caller";
import { raiseChangeRequest } from "@/lib/changes/mutations";
import { parseIsoDate } from "@/lib/dates/format";
import { ValidationError } from "@/lib/errors";
import { saveKpiValue } from "@/lib/kpis/mutations/values";
import { createAction } from "@/lib/plan/structure/mutations/actions";
import { createArea } from "@/lib/plan/structure/mutations/areas";
import { createOutcome } from "@/lib/plan/structure/mutations/outcomes";

let ours: string;
let admin: Caller;
let actionId: string;
let kpiId: string;
const REASON = "Race test: ten raised at once.";

beforeAll(async () => {
  const plan = await kpiPlan("races");
  ours = plan.own.id;
  admin = plan.callers.admin;
  actionId = plan.actions["1.1a"];
  kpiId = (await plan.kpis([{ code: "K10", area: "APA2" }])).K10!;
});

/** Runs `n` calls at once; the results in order. */
function atOnce<T>(n: number, call: (i: number) => Promise<T>) {
  return Promise.allSettled(Array.from({ length: n }, (_, i) => call(i)));
}

const rejectedWith = (results: PromiseSettledResult<unknown>[]) =>
  results
    .filter((r): r is PromiseRejectedResult => r.status === "rejected")
    .map((r) => (r.reason instanceof ValidationError ? (r.reason.fieldErrors?.code?.[0] ?? r.reason.message) : String(r.reason)));

describe("raising a change request", () => {
  it("ten at once on one action leave one awaiting the board; the others are told why", async () => {
    const action = await db.action.findFirstOrThrow({
      where: { id: actionId, partnershipId: ours, archivedAt: null, changeRequests: { none: { state: "PENDING" } } },
      select: { id: true },
    });
    const results = await atOnce(10, (i) =>
      raiseChangeRequest(ours, admin, { actionId: action.id, proposedDueDate: parseIsoDate(`2027-0${1 + (i % 9)}-15`), reason: REASON, impact: "None." }),
    );
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(new Set(rejectedWith(results))).toEqual(new Set(["There is already a change request awaiting the board's decision for this item."]));
    expect(await db.changeRequest.count({ where: { partnershipId: ours, actionId: action.id, state: "PENDING" } })).toBe(1);
  });
});

describe("plan codes differing only in case", () => {
  it("three priority areas created at once: one is saved", async () => {
    const results = await atOnce(3, (i) =>
      createArea(ours, admin, { code: ["RACEA9", "raceA9", "RaceA9"][i]!, kind: "LOCAL_PRIORITY", title: `Race area ${i}`, finding: "Race test.", leadRoles: [] }),
    );
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(rejectedWith(results).every((message) => /^Code \w+ is already used by another priority area in this plan\.$/.test(message))).toBe(true);
    expect(await db.priorityArea.count({ where: { partnershipId: ours, code: { equals: "racea9", mode: "insensitive" } } })).toBe(1);
  });

  it("three outcomes and three actions created at once: one of each is saved", async () => {
    const area = await createArea(ours, admin, { code: "RACEB9", kind: "LOCAL_PRIORITY", title: "Race area", finding: "Race test.", leadRoles: [] });
    const outcomes = await atOnce(3, (i) => createOutcome(ours, admin, { priorityAreaId: area.id, code: ["RACE9.1", "race9.1", "Race9.1"][i]!, text: `Race outcome ${i}` }));
    expect(outcomes.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const outcome = outcomes.find((r) => r.status === "fulfilled")!.value;
    const actions = await atOnce(3, (i) =>
      createAction(ours, admin, {
        outcomeId: outcome.id,
        code: ["RACE9", "race9", "Race9"][i]!,
        title: `Race action ${i}`,
        tags: [],
        baselineDueDate: parseIsoDate("2027-03-31"),
      }),
    );
    expect(actions.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(rejectedWith(actions).every((message) => /already used by another action/.test(message))).toBe(true);
    expect(await db.action.count({ where: { partnershipId: ours, code: { equals: "race9", mode: "insensitive" } } })).toBe(1);
  });
});

describe("saving one KPI month", () => {
  it("ten saves at once: one row, one audit row saying create, and nine corrections each naming the value it replaced", async () => {
    const kpi = await db.kpi.findFirstOrThrow({ where: { id: kpiId, partnershipId: ours, code: "K10" }, select: { id: true } });
    // A month of a KPI of this run's own plan: no earlier save is there.
    const period = parseIsoDate("2019-01-01");
    expect(await db.kpiValue.count({ where: { partnershipId: ours, kpiId: kpi.id } })).toBe(0);
    const values = Array.from({ length: 10 }, (_, i) => 10 + i);
    // A month that has a value is corrected only with a reason: every save gives one.
    const results = await atOnce(10, (i) => saveKpiValue(ours, admin, { kpiId: kpi.id, period, value: values[i]!, reason: `Save ${i} at once` }));
    expect(results.filter((r) => r.status === "rejected")).toEqual([]);

    const rows = await db.kpiValue.findMany({ where: { partnershipId: ours, kpiId: kpi.id, period }, select: { id: true, value: true } });
    expect(rows).toHaveLength(1);
    const audits = await db.auditEvent.findMany({
      where: { partnershipId: ours, entityType: "KpiValue", entityId: rows[0]!.id },
      select: { action: true, before: true, after: true },
    });
    expect(audits).toHaveLength(10);
    expect(audits.filter((a) => a.action === "create")).toHaveLength(1);
    expect(audits.filter((a) => a.action === "correct")).toHaveLength(9);
    expect(results.filter((r) => r.status === "fulfilled" && !r.value.replaced)).toHaveLength(1);
    // The saves ran one after another on the row: each update replaced what the one before it wrote,
    // so the replaced values are nine different values, and the value left is not among them.
    const replaced = audits.filter((a) => a.action === "correct").map((a) => (a.before as { value: number }).value);
    expect(new Set(replaced).size).toBe(9);
    expect(replaced).not.toContain(rows[0]!.value);
    const created = audits.find((a) => a.action === "create")!.after as { value: number };
    expect(replaced).toContain(created.value);
    expect(await db.kpiValueCorrection.count({ where: { partnershipId: ours, kpiId: kpi.id, period } })).toBe(9);
  });
});
