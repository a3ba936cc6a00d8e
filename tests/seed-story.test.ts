// The demo carried to today (prisma/seed/continuation.ts) never contradicts
// itself, marks what is illustrative, and shows a board a recognisable mix.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { format } from "date-fns";
import { UTCDate } from "@date-fns/utc";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { DEMO_PARTNERSHIPS } from "@/prisma/seed";
import { db } from "./support/db";
import { demoRows, differences, freshDemo, type FreshDemo } from "./support/fresh-demo";
import { today } from "@/lib/clock";
import { parseIsoDate } from "@/lib/dates/format";
import { getDashboard } from "@/lib/dashboard/queries";
import { forecastKpi } from "@/lib/kpis/compute";
import { kpiInput } from "@/lib/kpis/compute";
import { ILLUSTRATIVE } from "@/prisma/seed/continuation";

const NEGATIVE = /\bmissed\b|\bnot (?:met|finalised|completed|achieved|agreed|ratified|in place)\b|cannot be finalised|will not be (?:complete|agreed)/i;
const POSITIVE = /\b(?:was|were|been) met\b|\bachieved\b/i;

/** The ways a commentary names a date: "31 March 2025" or "31 March". */
function dateWords(date: Date): string[] {
  const d = new UTCDate(date);
  return [format(d, "d MMMM yyyy"), format(d, "d MMMM")];
}

// Two builds of the demo for the pinned day, each in a database of its own (other files write to the
// shared one). The second runs with the real clock moved years on and to another time of day: a seed
// that read the clock instead of the pinned day, or drew from Math.random, builds another demo.
const builds = {} as { first: FreshDemo; second: FreshDemo };

beforeAll(async () => {
  builds.first = await freshDemo(`stocktake_story_${process.pid}_first`);
  vi.useFakeTimers({ toFake: ["Date"], now: new Date("2031-07-09T05:43:21Z") });
  try {
    builds.second = await freshDemo(`stocktake_story_${process.pid}_second`);
  } finally {
    vi.useRealTimers();
  }
});

afterAll(async () => {
  await builds.first?.drop();
  await builds.second?.drop();
});

describe("the demo never contradicts itself", () => {
  it("no history entry says a milestone was missed when it is recorded met, or met when it is recorded missed", async () => {
    const actions = await db.action.findMany({
      select: {
        code: true,
        partnership: { select: { slug: true } },
        updates: { select: { commentary: true } },
        milestones: { select: { text: true, occurrences: { select: { dueDate: true, state: true } } } },
      },
    });
    const contradictions: string[] = [];
    let checked = 0;
    for (const action of actions) {
      const sentences = action.updates.flatMap((u) => u.commentary.split(/(?<=[.!?])\s+/));
      for (const occurrence of action.milestones.flatMap((m) => m.occurrences)) {
        if (occurrence.state === "PENDING") continue;
        const [full, short] = dateWords(occurrence.dueDate);
        // "31 March" alone may be another year's; only a sentence naming no other year counts.
        const naming = sentences.filter((s) => s.includes(full!) || (s.includes(short!) && !/\b20\d\d\b/.test(s.replace(short!, ""))));
        checked += naming.length;
        for (const sentence of naming) {
          if (occurrence.state === "MET" && NEGATIVE.test(sentence)) contradictions.push(`${action.partnership.slug} ${action.code}: met on ${full}, but "${sentence}"`);
          if (occurrence.state === "MISSED" && POSITIVE.test(sentence)) contradictions.push(`${action.partnership.slug} ${action.code}: missed on ${full}, but "${sentence}"`);
        }
      }
    }
    expect(contradictions).toEqual([]);
    // The check reads real sentences: the documents' own ("so the 31 March milestone has been missed").
    expect(checked).toBeGreaterThan(5);
  });

  it("records as missed the milestones the documents' history says were missed (2.1c on 31 March, 1.1b on 30 April)", async () => {
    for (const [code, due] of [
      ["2.1c", "2025-03-31"],
      ["1.1b", "2025-04-30"],
    ] as const) {
      const occurrence = await db.milestoneOccurrence.findFirstOrThrow({
        where: { milestone: { action: { code, partnership: { slug: "derbyshire" } } }, dueDate: new Date(`${due}T00:00:00Z`) },
        select: { state: true },
      });
      expect(occurrence.state, code).toBe("MISSED");
    }
  });

  it("no KPI forecast speaks of a past date as future: after its target date a KPI says whether the target was met", async () => {
    // Read from a fresh build: another file's KPIs or values in the shared database cannot change the count.
    const kpis = await builds.first.prisma.kpi.findMany({
      select: {
        code: true,
        partnership: { select: { slug: true } },
        direction: true,
        frequency: true,
        unit: true,
        tolerance: true,
        baselineValue: true,
        baselineDate: true,
        targetValue: true,
        targetDate: true,
        trajectory: true,
        values: true,
      },
    });
    const day = today();
    // The KPIs whose documents set a target before the pinned day (the story's own targets are later).
    const fromDocuments = DEMO_PARTNERSHIPS.flatMap((p) =>
      p.kpis.filter((k) => !p.story.kpis[k.code]?.define && k.target && parseIsoDate(k.target.date) < day).map((k) => `${p.slug} ${k.code}`),
    ).sort();
    expect(fromDocuments.length).toBeGreaterThan(5);
    const past = kpis.filter((k) => k.targetDate && k.targetDate < day);
    expect(past.map((k) => `${k.partnership.slug} ${k.code}`).sort()).toEqual(fromDocuments);
    const checked: string[] = [];
    for (const kpi of past) {
      const forecast = forecastKpi(kpiInput(kpi), day);
      if (!forecast) continue;
      expect(forecast.text, kpi.code).toMatch(/was (not )?met/);
      expect(forecast.text, kpi.code).not.toMatch(/\bwill\b/);
      checked.push(`${kpi.partnership.slug} ${kpi.code}`);
    }
    // Every one of them has a value by its target date, so every one is judged: none skipped.
    expect(checked.sort()).toEqual(fromDocuments);
  });

  it("keeps developers' notes out of what users read (K02's definition)", async () => {
    const k02 = await db.kpi.findFirstOrThrow({ where: { code: "K02", partnership: { slug: "derby-city" } }, select: { definition: true, provenance: true } });
    expect(k02.definition).not.toMatch(/the demo/i);
    expect(k02.provenance).toMatch(/calendar year/);
  });
});

describe("the story carried to today is marked illustrative", () => {
  it("marks every update, outcome, request and value made after the documents, and says so on the partnership", async () => {
    for (const [slug, end] of [
      ["derbyshire", "2025-07-31"],
      ["derby-city", "2025-09-30"],
    ] as const) {
      const partnershipId = (await db.partnership.findFirstOrThrow({ where: { slug }, select: { id: true, provenance: true } })).id;
      const after = new Date(`${end}T23:59:59Z`);
      const unmarked = await db.actionUpdate.count({ where: { partnershipId, createdAt: { gt: after }, provenance: null, authorUserId: null } });
      expect(unmarked, slug).toBe(0);
      const illustrative = await db.actionUpdate.count({ where: { partnershipId, provenance: ILLUSTRATIVE } });
      expect(illustrative, slug).toBeGreaterThan(20);
      expect(await db.kpiValue.count({ where: { partnershipId, provenance: ILLUSTRATIVE } }), slug).toBeGreaterThan(20);
      expect(await db.changeRequest.count({ where: { partnershipId, provenance: ILLUSTRATIVE } }), slug).toBeGreaterThan(2);
      expect(await db.evidence.count({ where: { partnershipId, provenance: ILLUSTRATIVE } }), slug).toBeGreaterThan(3);
      const partnership = await db.partnership.findFirstOrThrow({ where: { id: partnershipId }, select: { provenance: true } });
      expect(partnership.provenance).toMatch(/illustrative/);
    }
    const derbyshireKpis = await db.kpi.findMany({ where: { partnership: { slug: "derbyshire" } }, select: { code: true, provenance: true, targetValue: true } });
    for (const kpi of derbyshireKpis) {
      expect(kpi.targetValue, kpi.code).not.toBeNull();
      expect(kpi.provenance, kpi.code).toMatch(/^Illustrative/);
    }
  });

  it("is the same demo for the same day (no randomness beyond a generator seeded by the day)", async () => {
    const [first, second] = [await demoRows(builds.first.prisma), await demoRows(builds.second.prisma)];
    expect(first.ActionUpdate!.length).toBeGreaterThan(100);
    expect(first.KpiValue!.length).toBeGreaterThan(100);
    expect(differences(first, second)).toEqual({});
  });

  it("is the demo the shared database was seeded with for the same day", async () => {
    // The story's updates are only ever added to, never changed: the shared database holds the same ones.
    const story = async (client: PrismaClient) =>
      (
        await client.actionUpdate.findMany({
          where: { provenance: ILLUSTRATIVE, action: { partnership: { slug: { in: ["derbyshire", "derby-city"] } } } },
          select: { createdAt: true, status: true, commentary: true, authorName: true, action: { select: { code: true, partnership: { select: { slug: true } } } } },
        })
      )
        .map((u) => JSON.stringify(u))
        .sort();
    const built = await story(builds.first.prisma);
    expect(built.length).toBeGreaterThan(100);
    expect(await story(db)).toEqual(built);
    // KPI values may since have been corrected in the app (which clears their provenance); what is still the story's is the build's.
    const values = async (client: PrismaClient) =>
      (
        await client.kpiValue.findMany({
          where: { provenance: ILLUSTRATIVE, kpi: { partnership: { slug: { in: ["derbyshire", "derby-city"] } } } },
          select: { period: true, value: true, enteredAt: true, kpi: { select: { code: true, partnership: { select: { slug: true } } } } },
        })
      ).map((v) => JSON.stringify(v));
    const builtValues = new Set(await values(builds.first.prisma));
    const shared = await values(db);
    expect(shared.length).toBeGreaterThan(builtValues.size / 2);
    expect(shared.filter((v) => !builtValues.has(v))).toEqual([]);
  });
});

describe("what a board sees on a fresh start", () => {
  // Other test files write to the shared database; the mix is judged on the first fresh build.
  const global = globalThis as unknown as { stocktakeDb?: { pool: FreshDemo["pool"]; prisma: PrismaClient } };

  it("mostly on track or amber, some complete, a few red with reasons, a handful of conflicts and owed updates", async () => {
    const shared = global.stocktakeDb;
    global.stocktakeDb = { pool: builds.first.pool, prisma: builds.first.prisma };
    try {
      for (const slug of ["derbyshire", "derby-city"]) {
        const { id } = await builds.first.prisma.partnership.findFirstOrThrow({ where: { slug }, select: { id: true } });
        const model = await getDashboard(id, today());
        const { computed } = model.totals;
        const open = computed.ON_TRACK + computed.AT_RISK;
        expect(open, slug).toBeGreaterThan(computed.OFF_TRACK * 2);
        expect(computed.COMPLETE, slug).toBeGreaterThan(0);
        expect(computed.OFF_TRACK, slug).toBeGreaterThan(0);
        expect(computed.OFF_TRACK / model.totals.actions, slug).toBeLessThan(0.25);
        expect(model.totals.conflicts, slug).toBeGreaterThan(0);
        expect(model.totals.conflicts, slug).toBeLessThanOrEqual(6);
        expect(model.totals.owed, slug).toBeGreaterThan(0);
        expect(model.totals.owed, slug).toBeLessThanOrEqual(6);
        expect(model.totals.pendingChanges, slug).toBeGreaterThan(0);
        expect(model.upcoming.length, slug).toBeGreaterThan(0);
        expect(
          model.conflicts.every((c) => c.reason.length > 0),
          slug,
        ).toBe(true);
        expect(model.totals.kpisNoData, slug).toBeLessThan(model.totals.kpis / 4);
        expect(model.totals.kpisOffTrack, slug).toBeLessThan(model.totals.kpis / 4);
      }
    } finally {
      global.stocktakeDb = shared;
    }
  });
});
