// The partnership's data version against a real PostgreSQL. The board
// dashboard's page cache is keyed by it (lib/pages/cache.ts), so an
// update shows on the very next load only if every write moves it, in the
// writing transaction, and nothing else does. Written in a plan of the file's
// own (tests/support/kpi-plan.ts): its KPI months are empty on every run, and
// the action it marks off track is nobody else's to count.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "./support/db";
import { kpiPlan, type KpiPlan } from "./support/kpi-plan";
import { partnershipId } from "./support/callers";
import type { Caller } from "@/lib/auth/caller";
import { getDashboardAccess } from "@/lib/auth/queries";
import { parseIsoDate } from "@/lib/dates/format";
import { ForbiddenError } from "@/lib/errors";
import { importKpiValues, saveKpiValue } from "@/lib/kpis/mutations/values";
import { getAssessedPlan } from "@/lib/plan/model";
import { updateActionStatus } from "@/lib/plan/mutations";

let plan: KpiPlan;
/** The file's own partnership, the one written to. */
let ours: string;
/** Another partnership (the demo's Derbyshire), only read. */
let derbyshire: string;
let admin: Caller;
let viewer: Caller;
let kpiId: string;

const versionOf = async (id: string) => (await db.partnership.findUniqueOrThrow({ where: { id }, select: { dataVersion: true } })).dataVersion;

beforeAll(async () => {
  plan = await kpiPlan("dashboard-version");
  ours = plan.own.id;
  derbyshire = await partnershipId("derbyshire");
  ({ admin, viewer } = plan.callers);
  kpiId = (await plan.kpis([{ code: "K01", area: "APA1" }])).K01!;
});

describe("the partnership's data version", () => {
  it("moves by one with a write, in that partnership only, and the dashboard's access check reads it", async () => {
    const [mine, shire] = await Promise.all([versionOf(ours), versionOf(derbyshire)]);
    await saveKpiValue(ours, admin, { kpiId, period: parseIsoDate("2024-04-01"), value: 50, note: "" });
    expect(await versionOf(ours)).toBe(mine + 1);
    expect(await versionOf(derbyshire)).toBe(shire);
    expect(await getDashboardAccess(admin.actor.userId!, plan.own.slug)).toMatchObject({ partnershipId: ours, dataVersion: mine + 1 });
  });

  it("moves once for a bulk import of many rows (one audit row)", async () => {
    const before = await versionOf(ours);
    await importKpiValues(ours, admin, { kpiId, data: "May 2024\t51\nJun 2024\t52\nJul 2024\t53" });
    expect(await versionOf(ours)).toBe(before + 1);
  });

  it("stays put when a write is refused", async () => {
    const before = await versionOf(ours);
    await expect(saveKpiValue(ours, viewer, { kpiId, period: parseIsoDate("2024-04-01"), value: 1, note: "" })).rejects.toBeInstanceOf(ForbiddenError);
    expect(await versionOf(ours)).toBe(before);
  });

  it("rolls back with a transaction that fails after a mutation wrote its audit row", async () => {
    const before = await versionOf(ours);
    const audits = await db.auditEvent.count({ where: { partnershipId: ours } });
    await expect(
      db.$transaction(async (tx) => {
        await saveKpiValue.core(tx, ours, admin, { kpiId, period: parseIsoDate("2024-05-01"), value: 7, note: "", reason: "Rolled back" });
        throw new Error("failed after the audit row");
      }),
    ).rejects.toThrow("failed after the audit row");
    expect(await versionOf(ours)).toBe(before);
    expect(await db.auditEvent.count({ where: { partnershipId: ours } })).toBe(audits);
  });

  it("moves once for a transaction that composes several mutations, each with its audit row", async () => {
    const before = await versionOf(ours);
    const audits = await db.auditEvent.count({ where: { partnershipId: ours } });
    await db.$transaction(async (tx) => {
      await saveKpiValue.core(tx, ours, admin, { kpiId, period: parseIsoDate("2024-08-01"), value: 54, note: "" });
      await saveKpiValue.core(tx, ours, admin, { kpiId, period: parseIsoDate("2024-09-01"), value: 55, note: "" });
    });
    expect(await db.auditEvent.count({ where: { partnershipId: ours } })).toBe(audits + 2);
    expect(await versionOf(ours)).toBe(before + 1);
  });
});

describe("the plan page's kept assessment", () => {
  const today = parseIsoDate("2026-11-23");

  it("is computed once per data version, and a status update shows on the very next request", async () => {
    const first = await getAssessedPlan(ours, today);
    expect(await getAssessedPlan(ours, today)).toBe(first);
    const action = await db.action.findFirstOrThrow({
      where: { id: plan.actions["1.1a"], partnershipId: ours, archivedAt: null, reportedStatus: { not: "OFF_TRACK" } },
      select: { id: true, version: true },
    });
    await updateActionStatus(ours, admin, { actionId: action.id, version: action.version, status: "OFF_TRACK", commentary: "Slipped: the provider withdrew." });
    const next = await getAssessedPlan(ours, today);
    expect(next).not.toBe(first);
    const row = next.tree.flatMap((a) => a.outcomes.flatMap((o) => o.actions)).find((a) => a.id === action.id);
    expect(row?.reportedStatus).toBe("OFF_TRACK");
  });

  it("is kept per partnership and per day", async () => {
    const mine = await getAssessedPlan(ours, today);
    const shire = await getAssessedPlan(derbyshire, today);
    expect(shire).not.toBe(mine);
    const shireAreas = await db.priorityArea.findMany({ where: { partnershipId: derbyshire, archivedAt: null }, select: { id: true } });
    const ids = new Set(shireAreas.map((a) => a.id));
    expect(shire.tree.length).toBeGreaterThan(0);
    expect(shire.tree.every((area) => ids.has(area.id))).toBe(true);
    expect(await getAssessedPlan(ours, parseIsoDate("2026-11-24"))).not.toBe(mine);
  });
});
