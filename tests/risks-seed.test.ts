// The demo registers: illustrative and marked so on every risk, linked to the
// areas and actions the documents name, with about a year of reviews that
// ends on the seed's today (pinned), and a board dashboard built from them.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "./support/db";
import { partnershipId } from "./support/callers";
import { PINNED_DAY } from "./support/pinned-day";
import { daysBetween, parseIsoDate } from "@/lib/dates/format";
import { getDashboard } from "@/lib/dashboard/queries";
import { riskTrend } from "@/lib/risks/compute";
import { DEMO_RISK_REGISTERS } from "../prisma/seed/risks";

const today = parseIsoDate(PINNED_DAY);
let derbyshire: string;
let derbyCity: string;

/** The seeded risks (other test files add risks of their own to Derby City). */
const registerOf = (id: string) =>
  db.risk.findMany({
    where: { partnershipId: id, provenance: { not: null } },
    orderBy: { code: "asc" },
    include: { areas: { include: { priorityArea: true } }, actions: { include: { action: true } }, reviews: { orderBy: { at: "asc" } }, mitigations: true },
  });

beforeAll(async () => {
  derbyshire = await partnershipId("derbyshire");
  derbyCity = await partnershipId("derby-city");
});

describe("the demo risk registers", () => {
  it("has Derbyshire's eleven risks and Derby City's four, numbered in order, each marked illustrative", async () => {
    for (const [id, count, document] of [
      [derbyshire, 11, "Priority Impact Plan"],
      [derbyCity, 4, "self-assessment"],
    ] as const) {
      const risks = await registerOf(id);
      expect(risks.map((r) => r.code)).toEqual(Array.from({ length: count }, (_, i) => `R${String(i + 1).padStart(2, "0")}`));
      for (const risk of risks) {
        expect(risk.provenance, risk.code).toMatch(/^Illustrative\./);
        expect(risk.provenance, risk.code).toContain(document);
      }
    }
  });

  it("links every risk to an area and to actions that exist in the plan", async () => {
    for (const [slug, register] of Object.entries(DEMO_RISK_REGISTERS)) {
      const risks = await registerOf(slug === "derbyshire" ? derbyshire : derbyCity);
      risks.forEach((risk, i) => {
        expect(risk.areas.map((a) => a.priorityArea.code).sort(), risk.code).toEqual([...register.risks[i]!.areaCodes].sort());
        expect(risk.actions.map((a) => a.action.code).sort(), risk.code).toEqual([...register.risks[i]!.actionCodes].sort());
      });
    }
  });

  it("draws on the challenges the documents name", async () => {
    const titles = (await registerOf(derbyshire)).map((r) => r.title.toLowerCase()).join("\n");
    for (const theme of ["ehc", "waits", "share accurate send data", "workforce", "special school", "communication"]) expect(titles).toContain(theme);
  });

  it("keeps about a year of reviews for each open risk, ending by today, with the current score its latest entry", async () => {
    for (const id of [derbyshire, derbyCity]) {
      for (const risk of (await registerOf(id)).filter((r) => r.state === "OPEN")) {
        const first = risk.reviews[0]!;
        const last = risk.reviews.at(-1)!;
        expect(first.kind, risk.code).toBe("CREATED");
        expect(daysBetween(first.at, today), risk.code).toBeGreaterThanOrEqual(330);
        expect(daysBetween(first.at, today), risk.code).toBeLessThanOrEqual(400);
        expect(risk.reviews.every((r) => daysBetween(r.at, today) >= 0), risk.code).toBe(true);
        const latestReview = [...risk.reviews].reverse().find((r) => r.kind === "REVIEWED")!;
        expect([latestReview.currentLikelihood, latestReview.currentImpact], risk.code).toEqual([risk.currentLikelihood, risk.currentImpact]);
        expect(risk.lastReviewedAt?.getTime(), risk.code).toBe(latestReview.at.getTime());
        expect(last.at.getTime(), risk.code).toBeLessThanOrEqual(today.getTime() + 86_400_000);
      }
    }
  });

  it("gives a board a mix to read: some rising and falling, some escalated, some due a review, one closed", async () => {
    const risks = await registerOf(derbyshire);
    const open = risks.filter((r) => r.state === "OPEN");
    const trends = open.map((r) => riskTrend(r.reviews, today).trend);
    expect(trends).toEqual(expect.arrayContaining(["RISING", "STEADY", "FALLING"]));
    expect(open.filter((r) => r.escalatedToBoard).length).toBe(3);
    expect(open.filter((r) => daysBetween(today, r.nextReviewDate) <= 0).map((r) => r.code)).toEqual(["R02", "R03", "R07"]);
    expect(risks.filter((r) => r.state === "CLOSED").map((r) => [r.code, r.escalatedToBoard, Boolean(r.closedReason)])).toEqual([["R11", false, true]]);
    expect(risks.flatMap((r) => r.mitigations).some((m) => m.state !== "COMPLETE" && daysBetween(m.dueDate, today) > 0)).toBe(true);
  });

  it("the lead of PIA1 owns risks due a review, for My updates", async () => {
    const lead = await db.membership.findFirstOrThrow({ where: { partnershipId: derbyshire, user: { email: "lead@derbyshire.demo" } }, select: { id: true } });
    const owned = await db.risk.findMany({ where: { partnershipId: derbyshire, ownerMembershipId: lead.id }, select: { code: true, nextReviewDate: true } });
    expect(owned.map((r) => r.code).sort()).toEqual(["R07", "R08"]);
    expect(owned.some((r) => daysBetween(today, r.nextReviewDate) < 0)).toBe(true);
  });

  it("fills the dashboard's risk panel: escalated first, a heat map of every open risk, the count due a review", async () => {
    const { risks } = await getDashboard(derbyshire, today);
    expect(risks).toMatchObject({ open: 10, escalated: 3, reviewDue: 3, illustrative: true });
    expect(risks.top.slice(0, 3).every((r) => r.escalated)).toBe(true);
    expect(risks.top.slice(3).every((r) => !r.escalated)).toBe(true);
    expect(risks.heat.flat().reduce((n, c) => n + c, 0)).toBe(10);
    expect(Object.values(risks.bands).reduce((a, b) => a + b, 0)).toBe(10);
    const scores = risks.top.slice(3).map((r) => r.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
  });
});
