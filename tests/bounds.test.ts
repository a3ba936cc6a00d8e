// Input bounds (issue 10): every form refuses implausible input with the
// message next to the field, and saves nothing. Tried through the server
// actions themselves, as a browser posts them, as Derby City's admin.
import { beforeAll, describe, expect, it, vi } from "vitest";
import { addDays } from "date-fns";
import type { ActionResult } from "@/lib/actions/result";
import type { SessionUser } from "@/lib/auth/session";
import { today } from "@/lib/clock";
import { toIsoDate } from "@/lib/dates/format";
import { db } from "./support/db";

const signedIn: { user: SessionUser | null } = { user: null };
vi.mock("@/lib/auth/session", () => ({ getSession: async () => signedIn.user }));

type Action = (previous: null, form: FormData) => Promise<ActionResult<unknown>>;
type Ids = Record<string, string>;

let ids: Ids;
let partnershipId: string;

const tomorrow = () => toIsoDate(addDays(today(), 1));
const nextMonth = () => {
  const t = today();
  return `${["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"][(t.getUTCMonth() + 1) % 12]} ${t.getUTCFullYear() + (t.getUTCMonth() === 11 ? 1 : 0)}`;
};

function form(fields: Record<string, string>): FormData {
  const data = new FormData();
  data.set("slug", "derby-city");
  for (const [name, value] of Object.entries(fields)) data.set(name, value);
  return data;
}

const audits = () => db.auditEvent.count({ where: { partnershipId } });

/** Posts the form; expects a refusal whose message sits next to `field`, matching `message`, and no write. */
async function refuses(action: Action, fields: Record<string, string>, field: string, message: RegExp) {
  const before = await audits();
  const result = await action(null, form(fields));
  expect(result.ok, JSON.stringify(fields)).toBe(false);
  const errors = result.ok ? [] : (result.fieldErrors?.[field] ?? []);
  expect(errors.join(" "), `${field} for ${JSON.stringify(fields).slice(0, 120)}: ${JSON.stringify(result)}`.slice(0, 400)).toMatch(message);
  expect(await audits()).toBe(before);
}

beforeAll(async () => {
  const admin = await db.user.findUniqueOrThrow({ where: { email: "admin@derby-city.demo" }, select: { id: true, name: true, email: true, sessionVersion: true } });
  signedIn.user = { userId: admin.id, name: admin.name, email: admin.email, sessionVersion: admin.sessionVersion };
  partnershipId = (await db.partnership.findFirstOrThrow({ where: { slug: "derby-city" }, select: { id: true } })).id;
  const action = await db.action.findFirstOrThrow({ where: { partnershipId, code: "2.2d" }, select: { id: true, version: true, outcomeId: true } });
  const recurring = await db.milestone.findFirstOrThrow({ where: { partnershipId, frequency: { not: null } }, select: { id: true, version: true } });
  const kpi = async (code: string) => (await db.kpi.findFirstOrThrow({ where: { partnershipId, code }, select: { id: true } })).id;
  const value = await db.kpiValue.findFirstOrThrow({ where: { partnershipId, kpi: { code: "K01" } }, select: { period: true } });
  const area = await db.priorityArea.findFirstOrThrow({ where: { partnershipId }, select: { id: true } });
  ids = {
    action: action.id,
    actionVersion: String(action.version),
    outcome: action.outcomeId,
    recurring: recurring.id,
    recurringVersion: String(recurring.version),
    percent: await kpi("K01"),
    count: await kpi("K08"),
    weeks: await kpi("K07"),
    days: await kpi("K12"),
    valuePeriod: toIsoDate(value.period),
    area: area.id,
  };
});

describe("dates within 2000–2100, and not in the future where they record something that happened", () => {
  it("a status update's evidence date", async () => {
    const { updateActionStatusAction } = await import("@/lib/plan/actions");
    const base = { actionId: ids.action, version: ids.actionVersion, status: "ON_TRACK", commentary: "Bounds test", evidenceTitle: "Minutes", evidenceKind: "DOCUMENT", evidenceText: "x" };
    await refuses(updateActionStatusAction, { ...base, evidenceDate: "9999-12-31" }, "evidenceDate", /between 2000 and 2100/);
    await refuses(updateActionStatusAction, { ...base, evidenceDate: "1999-12-31" }, "evidenceDate", /between 2000 and 2100/);
    await refuses(updateActionStatusAction, { ...base, evidenceDate: tomorrow() }, "evidenceDate", /cannot be dated in the future/);
  });

  it("a change request's proposed date: within the window, and not before the action's start", async () => {
    const { raiseChangeRequestAction } = await import("@/lib/changes/actions");
    const base = { actionId: ids.action, reason: "Bounds test", impact: "None" };
    await refuses(raiseChangeRequestAction, { ...base, proposedDueDate: "1900-01-01" }, "proposedDueDate", /between 2000 and 2100/);
    await refuses(raiseChangeRequestAction, { ...base, proposedDueDate: "2200-01-01" }, "proposedDueDate", /between 2000 and 2100/);
    await refuses(raiseChangeRequestAction, { ...base, proposedDueDate: "2025-01-01" }, "proposedDueDate", /before the action's start/);
  });

  it("an action's start and due dates, and a milestone's dates", async () => {
    const { createActionAction, updateActionAction, createMilestoneAction, updateMilestoneAction } = await import("@/lib/plan/structure/actions");
    await refuses(createActionAction, { outcomeId: ids.outcome, code: "B9a", title: "Bounds", baselineDueDate: "2200-01-01" }, "baselineDueDate", /between 2000 and 2100/);
    await refuses(createActionAction, { outcomeId: ids.outcome, code: "B9a", title: "Bounds", baselineDueDate: "2027-01-01", startDate: "1999-01-01" }, "startDate", /between 2000 and 2100/);
    await refuses(updateActionAction, { id: ids.action, version: ids.actionVersion, outcomeId: ids.outcome, code: "2.2d", title: "Bounds", startDate: "2101-01-01" }, "startDate", /between 2000 and 2100/);
    await refuses(createMilestoneAction, { actionId: ids.action, text: "Bounds", schedule: "ONE_OFF", dueDate: "2200-01-01" }, "dueDate", /between 2000 and 2100/);
    await refuses(
      createMilestoneAction,
      { actionId: ids.action, text: "Bounds", schedule: "RECURRING", frequency: "MONTHLY", recurrenceStart: "1999-01-31", recurrenceEnd: "2026-01-31" },
      "recurrenceStart",
      /between 2000 and 2100/,
    );
    await refuses(
      updateMilestoneAction,
      { id: ids.recurring, version: ids.recurringVersion, text: "Bounds", schedule: "RECURRING", frequency: "MONTHLY", recurrenceStart: "2025-04-01", recurrenceEnd: "2205-03-31" },
      "recurrenceEnd",
      /between 2000 and 2100/,
    );
  });

  it("a due date correction: within the window, and not before the start", async () => {
    const { correctDueDateAction } = await import("@/lib/plan/actions");
    const base = { actionId: ids.action, version: ids.actionVersion, reason: "Bounds test" };
    await refuses(correctDueDateAction, { ...base, dueDate: "2200-01-01" }, "dueDate", /between 2000 and 2100/);
    await refuses(correctDueDateAction, { ...base, dueDate: "2025-01-01" }, "dueDate", /before the action's start/);
  });
});

describe("KPI figures by unit, and KPI months not in the future", () => {
  it("a single value", async () => {
    const { saveKpiValueAction } = await import("@/lib/kpis/actions");
    await refuses(saveKpiValueAction, { kpiId: ids.percent, unit: "PERCENT", period: "Feb 2099", value: "50" }, "period", /has not started yet/);
    await refuses(saveKpiValueAction, { kpiId: ids.percent, unit: "PERCENT", period: nextMonth(), value: "50" }, "period", /has not started yet/);
    await refuses(saveKpiValueAction, { kpiId: ids.percent, unit: "PERCENT", period: "Jan 1999", value: "50" }, "period", /between 2000 and 2100/);
    await refuses(saveKpiValueAction, { kpiId: ids.percent, unit: "PERCENT", period: "Jan 2024", value: "250" }, "value", /between 0 and 100/);
    await refuses(saveKpiValueAction, { kpiId: ids.count, unit: "COUNT", period: "Jan 2024", value: "-3" }, "value", /whole number, 0 or more/);
    await refuses(saveKpiValueAction, { kpiId: ids.count, unit: "COUNT", period: "Jan 2024", value: "2.5" }, "value", /whole number/);
    await refuses(saveKpiValueAction, { kpiId: ids.weeks, unit: "WEEKS", period: "Jan 2024", value: "-1" }, "value", /weeks cannot be negative/);
    await refuses(saveKpiValueAction, { kpiId: ids.days, unit: "DAYS", period: "Jan 2024", value: "-1" }, "value", /days cannot be negative/);
    // The server holds to the KPI's real unit whatever the form claims.
    await refuses(saveKpiValueAction, { kpiId: ids.percent, unit: "COUNT", period: "Jan 2024", value: "250" }, "value", /between 0 and 100/);
    await refuses(saveKpiValueAction, { kpiId: ids.percent, period: "Jan 2024", value: "250" }, "value", /between 0 and 100/);
  });

  it("numbers read by a real parser: ambiguous separators, spaces and non-finite values each get their message", async () => {
    const { saveKpiValueAction } = await import("@/lib/kpis/actions");
    const base = { kpiId: ids.count, unit: "COUNT", period: "Jan 2024" };
    await refuses(saveKpiValueAction, { ...base, value: "1,2,3" }, "value", /commas in the wrong places/);
    await refuses(saveKpiValueAction, { ...base, value: " 1 2 3 " }, "value", /spaces inside it/);
    await refuses(saveKpiValueAction, { ...base, value: "9".repeat(400) }, "value", /too large/);
    await refuses(saveKpiValueAction, { ...base, value: "Infinity" }, "value", /not a number/);
  });

  it("a pasted import, row by row", async () => {
    const { importKpiValuesAction } = await import("@/lib/kpis/actions");
    await refuses(importKpiValuesAction, { kpiId: ids.percent, unit: "PERCENT", data: "Feb 2099\t50", confirm: "1" }, "data", /has not started yet/);
    await refuses(importKpiValuesAction, { kpiId: ids.percent, unit: "PERCENT", data: "Jan 2024\t250", confirm: "1" }, "data", /between 0 and 100/);
    await refuses(importKpiValuesAction, { kpiId: ids.count, unit: "COUNT", data: "Jan 2024\t1,2,3", confirm: "1" }, "data", /commas in the wrong places/);
    const preview = await importKpiValuesAction(null, form({ kpiId: ids.percent, unit: "PERCENT", data: "Jan 2024\t250\nFeb 2099\t50" }));
    expect(preview.ok && preview.data.preview?.errorCount).toBe(2);
  });

  it("a correction", async () => {
    const { correctKpiValueAction } = await import("@/lib/kpis/actions");
    await refuses(correctKpiValueAction, { kpiId: ids.percent, unit: "PERCENT", period: ids.valuePeriod, op: "correct", value: "250", reason: "x" }, "value", /between 0 and 100/);
    await refuses(correctKpiValueAction, { kpiId: ids.percent, unit: "PERCENT", period: ids.valuePeriod, op: "correct", value: "50" }, "reason", /Say why/);
  });

  it("a KPI's definition: baseline, target, trajectory and benchmarks", async () => {
    const { createKpiAction } = await import("@/lib/kpis/actions");
    const base = { code: "BND1", name: "Bounds", definition: "Bounds test", unit: "PERCENT", direction: "HIGHER_IS_BETTER", frequency: "MONTHLY", areaIds: ids.area };
    await refuses(createKpiAction, { ...base, baselineValue: "150", baselineDate: "2025-01-01" }, "baselineValue", /between 0 and 100/);
    await refuses(createKpiAction, { ...base, baselineValue: "50", baselineDate: tomorrow() }, "baselineDate", /cannot be in the future/);
    await refuses(createKpiAction, { ...base, targetValue: "-1", targetDate: "2027-01-01" }, "targetValue", /between 0 and 100/);
    await refuses(createKpiAction, { ...base, targetValue: "60", targetDate: "2200-01-01" }, "targetDate", /between 2000 and 2100/);
    await refuses(createKpiAction, { ...base, trajectory: "31 Mar 2200, 60" }, "trajectory", /between 2000 and 2100/);
    await refuses(createKpiAction, { ...base, trajectory: "31 Mar 2027, 160" }, "trajectory", /between 0 and 100/);
    await refuses(createKpiAction, { ...base, benchmarks: "Feb 2099, 50" }, "benchmarks", /cannot be in the future/);
    await refuses(createKpiAction, { ...base, unit: "COUNT", baselineValue: "2.5", baselineDate: "2025-01-01" }, "baselineValue", /whole number/);
  });
});
