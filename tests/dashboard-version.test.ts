// The partnership's data version against a real PostgreSQL. The board
// dashboard's page cache is keyed by it (lib/pages/cache.ts), so an
// update shows on the very next load only if every write moves it, in the
// writing transaction, and nothing else does.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "./support/db";
import { callerFor, partnershipId } from "./support/callers";
import type { Caller } from "@/lib/auth/caller";
import { getDashboardAccess } from "@/lib/auth/queries";
import { parseIsoDate } from "@/lib/dates/format";
import { ForbiddenError } from "@/lib/errors";
import { importKpiValues, saveKpiValue } from "@/lib/kpis/mutations/values";
import { getAssessedPlan } from "@/lib/plan/model";
import { updateActionStatus } from "@/lib/plan/mutations";

let derbyCity: string;
let derbyshire: string;
let admin: Caller;
let viewer: Caller;
let kpiId: string;

const versionOf = async (id: string) => (await db.partnership.findUniqueOrThrow({ where: { id }, select: { dataVersion: true } })).dataVersion;

beforeAll(async () => {
  [derbyCity, derbyshire] = await Promise.all([partnershipId("derby-city"), partnershipId("derbyshire")]);
  admin = await callerFor("admin@derby-city.demo", "derby-city");
  viewer = await callerFor("viewer@derby-city.demo", "derby-city");
  kpiId = (await db.kpi.findFirstOrThrow({ where: { partnershipId: derbyCity, code: "K01" }, select: { id: true } })).id;
});

describe("the partnership's data version", () => {
  it("moves by one with a write, in that partnership only, and the dashboard's access check reads it", async () => {
    const [city, shire] = await Promise.all([versionOf(derbyCity), versionOf(derbyshire)]);
    await saveKpiValue(derbyCity, admin, { kpiId, period: parseIsoDate("2024-04-01"), value: 50, note: "" });
    expect(await versionOf(derbyCity)).toBe(city + 1);
    expect(await versionOf(derbyshire)).toBe(shire);
    expect(await getDashboardAccess(admin.actor.userId!, "derby-city")).toMatchObject({ partnershipId: derbyCity, dataVersion: city + 1 });
  });

  it("moves once for a bulk import of many rows (one audit row)", async () => {
    const before = await versionOf(derbyCity);
    await importKpiValues(derbyCity, admin, { kpiId, data: "May 2024\t51\nJun 2024\t52\nJul 2024\t53" });
    expect(await versionOf(derbyCity)).toBe(before + 1);
  });

  it("stays put when a write is refused", async () => {
    const before = await versionOf(derbyCity);
    await expect(saveKpiValue(derbyCity, viewer, { kpiId, period: parseIsoDate("2024-04-01"), value: 1, note: "" })).rejects.toBeInstanceOf(ForbiddenError);
    expect(await versionOf(derbyCity)).toBe(before);
  });

  it("rolls back with a transaction that fails after a mutation wrote its audit row", async () => {
    const before = await versionOf(derbyCity);
    const audits = await db.auditEvent.count({ where: { partnershipId: derbyCity } });
    await expect(
      db.$transaction(async (tx) => {
        await saveKpiValue.core(tx, derbyCity, admin, { kpiId, period: parseIsoDate("2024-05-01"), value: 7, note: "", reason: "Rolled back" });
        throw new Error("failed after the audit row");
      }),
    ).rejects.toThrow("failed after the audit row");
    expect(await versionOf(derbyCity)).toBe(before);
    expect(await db.auditEvent.count({ where: { partnershipId: derbyCity } })).toBe(audits);
  });

  it("moves once for a transaction that composes several mutations, each with its audit row", async () => {
    const before = await versionOf(derbyCity);
    const audits = await db.auditEvent.count({ where: { partnershipId: derbyCity } });
    await db.$transaction(async (tx) => {
      await saveKpiValue.core(tx, derbyCity, admin, { kpiId, period: parseIsoDate("2024-08-01"), value: 54, note: "" });
      await saveKpiValue.core(tx, derbyCity, admin, { kpiId, period: parseIsoDate("2024-09-01"), value: 55, note: "" });
    });
    expect(await db.auditEvent.count({ where: { partnershipId: derbyCity } })).toBe(audits + 2);
    expect(await versionOf(derbyCity)).toBe(before + 1);
  });
});

describe("the plan page's kept assessment", () => {
  const today = parseIsoDate("2026-11-23");

  it("is computed once per data version, and a status update shows on the very next request", async () => {
    const first = await getAssessedPlan(derbyCity, today);
    expect(await getAssessedPlan(derbyCity, today)).toBe(first);
    const action = await db.action.findFirstOrThrow({
      where: { partnershipId: derbyCity, archivedAt: null, reportedStatus: { not: "OFF_TRACK" } },
      select: { id: true, version: true },
    });
    await updateActionStatus(derbyCity, admin, { actionId: action.id, version: action.version, status: "OFF_TRACK", commentary: "Slipped: the provider withdrew." });
    const next = await getAssessedPlan(derbyCity, today);
    expect(next).not.toBe(first);
    const row = next.tree.flatMap((a) => a.outcomes.flatMap((o) => o.actions)).find((a) => a.id === action.id);
    expect(row?.reportedStatus).toBe("OFF_TRACK");
  });

  it("is kept per partnership and per day", async () => {
    const city = await getAssessedPlan(derbyCity, today);
    const shire = await getAssessedPlan(derbyshire, today);
    expect(shire).not.toBe(city);
    const shireAreas = await db.priorityArea.findMany({ where: { partnershipId: derbyshire, archivedAt: null }, select: { id: true } });
    const ids = new Set(shireAreas.map((a) => a.id));
    expect(shire.tree.length).toBeGreaterThan(0);
    expect(shire.tree.every((area) => ids.has(area.id))).toBe(true);
    expect(await getAssessedPlan(derbyCity, parseIsoDate("2026-11-24"))).not.toBe(city);
  });
});
