// The demo carried to today (prisma/seed/continuation.ts) never contradicts
// itself, marks what is illustrative, and shows a board a recognisable mix.
import pg from "pg";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { applyMigrations } from "@/prisma/migrate";
import { seedDemo } from "@/prisma/seed";
import { format } from "date-fns";
import { UTCDate } from "@date-fns/utc";
import { db } from "./support/db";
import { today } from "@/lib/clock";
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
    for (const [code, due] of [["2.1c", "2025-03-31"], ["1.1b", "2025-04-30"]] as const) {
      const occurrence = await db.milestoneOccurrence.findFirstOrThrow({
        where: { milestone: { action: { code, partnership: { slug: "derbyshire" } } }, dueDate: new Date(`${due}T00:00:00Z`) },
        select: { state: true },
      });
      expect(occurrence.state, code).toBe("MISSED");
    }
  });

  it("no KPI forecast speaks of a past date as future: after its target date a KPI says whether the target was met", async () => {
    const kpis = await db.kpi.findMany({
      select: { code: true, direction: true, frequency: true, unit: true, tolerance: true, baselineValue: true, baselineDate: true, targetValue: true, targetDate: true, trajectory: true, values: true },
    });
    const day = today();
    const past = kpis.filter((k) => k.targetDate && k.targetDate < day);
    expect(past.length).toBeGreaterThan(5);
    for (const kpi of past) {
      const forecast = forecastKpi(kpiInput(kpi), day);
      if (!forecast) continue;
      expect(forecast.text, kpi.code).toMatch(/was (not )?met/);
      expect(forecast.text, kpi.code).not.toMatch(/\bwill\b/);
    }
  });

  it("keeps developers' notes out of what users read (K02's definition)", async () => {
    const k02 = await db.kpi.findFirstOrThrow({ where: { code: "K02", partnership: { slug: "derby-city" } }, select: { definition: true, provenance: true } });
    expect(k02.definition).not.toMatch(/the demo/i);
    expect(k02.provenance).toMatch(/calendar year/);
  });
});

describe("the story carried to today is marked illustrative", () => {
  it("marks every update, outcome, request and value made after the documents, and says so on the partnership", async () => {
    for (const [slug, end] of [["derbyshire", "2025-07-31"], ["derby-city", "2025-09-30"]] as const) {
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
    const updates = await db.actionUpdate.findMany({ where: { provenance: ILLUSTRATIVE }, orderBy: [{ createdAt: "asc" }, { commentary: "asc" }], select: { commentary: true } });
    expect(updates.length).toBeGreaterThan(50);
  });
});

describe("what a board sees on a fresh start", () => {
  // Other test files write to the shared database; the mix is judged on a demo seeded afresh, in a
  // database of its own, created, migrated and seeded as the owner (as npm start does).
  const name = `stocktake_story_${process.pid}`;
  const base = inject("ownerDatabaseUrl");
  const url = base.replace(/\/[^/?]+(\?|$)/, `/${name}$1`);
  const fresh: { pool?: pg.Pool; prisma?: PrismaClient } = {};
  const global = globalThis as unknown as { stocktakeDb?: { pool: pg.Pool; prisma: PrismaClient } };

  async function admin(sql: string) {
    const client = new pg.Client({ connectionString: base });
    await client.connect();
    try {
      await client.query(sql);
    } finally {
      await client.end();
    }
  }

  beforeAll(async () => {
    await admin(`DROP DATABASE IF EXISTS ${name}`);
    await admin(`CREATE DATABASE ${name}`);
    await applyMigrations(url);
    fresh.pool = new pg.Pool({ connectionString: url, max: 4 });
    fresh.prisma = new PrismaClient({ adapter: new PrismaPg(fresh.pool) });
    await seedDemo(fresh.prisma);
  });

  afterAll(async () => {
    await fresh.prisma?.$disconnect();
    await fresh.pool?.end().catch(() => {});
    await admin(`DROP DATABASE IF EXISTS ${name}`);
  });

  it("mostly on track or amber, some complete, a few red with reasons, a handful of conflicts and owed updates", async () => {
    const shared = global.stocktakeDb;
    global.stocktakeDb = { pool: fresh.pool!, prisma: fresh.prisma! };
    try {
      for (const slug of ["derbyshire", "derby-city"]) {
        const { id } = await fresh.prisma!.partnership.findFirstOrThrow({ where: { slug }, select: { id: true } });
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
        expect(model.conflicts.every((c) => c.reason.length > 0), slug).toBe(true);
        expect(model.totals.kpisNoData, slug).toBeLessThan(model.totals.kpis / 4);
        expect(model.totals.kpisOffTrack, slug).toBeLessThan(model.totals.kpis / 4);
      }
    } finally {
      global.stocktakeDb = shared;
    }
  });
});
