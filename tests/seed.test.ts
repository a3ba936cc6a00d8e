import { describe, expect, it } from "vitest";
import { db } from "./support/db";
import { DEMO_PARTNERSHIPS, seedDemo } from "@/prisma/seed";

async function counts() {
  const [partnerships, users, memberships, areas, outcomes, actions, milestones, occurrences, kpis, kpiValues, updates] = await Promise.all([
    db.partnership.count(),
    db.user.count(),
    db.membership.count(),
    db.priorityArea.count(),
    db.outcome.count(),
    db.action.count(),
    db.milestone.count(),
    db.milestoneOccurrence.count(),
    db.kpi.count(),
    db.kpiValue.count(),
    db.actionUpdate.count(),
  ]);
  return { partnerships, users, memberships, areas, outcomes, actions, milestones, occurrences, kpis, kpiValues, updates };
}

describe("demo seed", () => {
  it("is idempotent: a second run adds nothing", async () => {
    const before = await counts();
    expect(before.partnerships).toBeGreaterThanOrEqual(2);
    expect(await seedDemo(db)).toEqual([]);
    expect(await counts()).toEqual(before);
  });

  it("reproduces Derbyshire's Priority Impact Plan: 7 reporting areas, 41 actions 1.1a … 7.4", async () => {
    const derbyshire = await db.partnership.findFirstOrThrow({ where: { slug: "derbyshire" } });
    const partnershipId = derbyshire.id;
    const actions = await db.action.findMany({ where: { partnershipId }, select: { code: true } });
    expect(actions).toHaveLength(41);
    const codes = actions.map((a) => a.code);
    expect(new Set(codes).size).toBe(41);
    for (const code of ["1.1a", "1.2b", "3.1b", "4.1", "4.2c", "5.1d", "6.3", "7.4"]) expect(codes).toContain(code);
    expect(codes).not.toContain("a.1b");

    const areas = await db.priorityArea.findMany({
      where: { partnershipId },
      select: { code: true, parent: { select: { code: true } } },
    });
    const topLevel = areas
      .filter((a) => !a.parent)
      .map((a) => a.code)
      .sort();
    expect(topLevel).toEqual(["AFI2", "PIA1", "PIA2", "PIA3", "PIA4", "PIA5", "PIA6"]);
    const links = Object.fromEntries(areas.filter((a) => a.parent).map((a) => [a.code, a.parent!.code]));
    expect(links).toEqual({ AFI1: "PIA4", AFI3: "PIA3", AFI4: "PIA6", AFI5: "PIA6" });
  });

  it("dates each demo area from its plan document, so the demo owes every highlight report since (January 2025; Derby City: September 2025)", async () => {
    expect(Object.fromEntries(DEMO_PARTNERSHIPS.map((p) => [p.slug, p.planDate]))).toEqual({ derbyshire: "2025-01-01", "derby-city": "2025-09-01" });
    for (const spec of DEMO_PARTNERSHIPS) {
      // The plan's own areas (other test files add areas of their own to the demo).
      const codes = spec.areas.map((a) => a.code);
      const areas = await db.priorityArea.findMany({ where: { partnership: { slug: spec.slug }, code: { in: codes } }, select: { createdAt: true } });
      expect(areas).toHaveLength(codes.length);
      expect(new Set(areas.map((a) => a.createdAt.toISOString()))).toEqual(new Set([`${spec.planDate}T00:00:00.000Z`]));
    }
  });

  it("keeps the plan's measures as milestones, one-off and recurring, with their dates", async () => {
    const partnership = await db.partnership.findFirstOrThrow({ where: { slug: "derbyshire" } });
    const milestones = await db.milestone.findMany({
      where: { partnershipId: partnership.id, action: { code: "1.1a" } },
      orderBy: { position: "asc" },
      select: { byWhenText: true, dueDate: true, frequency: true, _count: { select: { occurrences: true } } },
    });
    expect(milestones.map((m) => m.frequency)).toEqual([null, "MONTHLY", null, "QUARTERLY", "SIX_MONTHLY"]);
    expect(milestones[0].dueDate?.toISOString().slice(0, 10)).toBe("2025-03-31");
    expect(milestones[2].dueDate?.toISOString().slice(0, 10)).toBe("2025-07-16");
    expect(milestones[1]._count.occurrences).toBeGreaterThan(12);
    const fromJune = await db.milestone.count({ where: { partnershipId: partnership.id, byWhenText: { contains: "from June 2025" } } });
    expect(fromJune).toBeGreaterThan(0);
  });

  it("gives every partnership one sign-in per role, with the lead on the first area and the contributor assigned", async () => {
    for (const slug of ["derbyshire", "derby-city"]) {
      const partnership = await db.partnership.findFirstOrThrow({ where: { slug } });
      const members = await db.membership.findMany({
        where: { partnershipId: partnership.id },
        select: {
          role: true,
          user: { select: { email: true } },
          areas: { select: { priorityArea: { select: { code: true, position: true } } } },
          _count: { select: { assignedActions: true } },
        },
      });
      const byEmail = Object.fromEntries(members.map((m) => [m.user.email, m]));
      expect(byEmail[`admin@${slug}.demo`].role).toBe("ADMIN");
      expect(byEmail[`board@${slug}.demo`].role).toBe("BOARD");
      expect(byEmail[`lead@${slug}.demo`].role).toBe("LEAD");
      expect(byEmail[`contributor@${slug}.demo`].role).toBe("CONTRIBUTOR");
      expect(byEmail[`viewer@${slug}.demo`].role).toBe("VIEWER");
      expect(byEmail["advisor@dfe.demo"].role).toBe("ADVISOR");
      expect(byEmail[`lead@${slug}.demo`].areas.map((a) => a.priorityArea.position)).toContain(0);
      expect(byEmail[`contributor@${slug}.demo`]._count.assignedActions).toBeGreaterThan(0);
    }
  });

  it("gives Derby City its real KPI series (ND average wait 46 → 69 weeks), apart from the illustrative continuation", async () => {
    const partnership = await db.partnership.findFirstOrThrow({ where: { slug: "derby-city" } });
    const wait = await db.kpi.findFirstOrThrow({
      where: { partnershipId: partnership.id, name: { contains: "ND", mode: "insensitive" }, unit: "WEEKS" },
      select: { direction: true, values: { where: { NOT: { provenance: { startsWith: "Illustrative" } } }, orderBy: { period: "asc" }, select: { period: true, value: true } } },
    });
    expect(wait.direction).toBe("LOWER_IS_BETTER");
    expect(wait.values.map((v) => [v.period.toISOString().slice(0, 7), v.value])).toEqual([
      ["2024-08", 46],
      ["2025-06", 69],
    ]);
  });
});
