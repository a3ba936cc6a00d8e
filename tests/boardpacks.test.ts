// Board packs against a real PostgreSQL: publishing composes its cores in one
// transaction (one audit row each, nothing half-written when it fails), a
// published pack never changes, who may prepare, publish and read it, and
// the demo's own published pack.
import { beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "./support/db";
import { callerFor, partnershipId } from "./support/callers";
import type { Caller } from "@/lib/auth/caller";
import type { MemberContext } from "@/lib/auth/guards";
import { ConflictError, ForbiddenError, NotFoundError } from "@/lib/errors";
import { publishBoardPack, saveBoardPackDraft } from "@/lib/boardpacks/mutations";
import { parseBoardPackSnapshot } from "@/lib/boardpacks/snapshot";
import { getDraftPackPage, getPublishedPackPage, publishedPackIds } from "@/lib/boardpacks/view";
import { today } from "@/lib/clock";

// The one fault injected: freezing the pack fails after the draft's save has
// been written in the same transaction, which must then roll back whole.
const fault = vi.hoisted(() => ({ freeze: false }));
vi.mock("@/lib/boardpacks/snapshot", async (importOriginal) => {
  const actual = await importOriginal<typeof import("@/lib/boardpacks/snapshot")>();
  return {
    ...actual,
    freezeBoardPack: (...args: Parameters<typeof actual.freezeBoardPack>) => {
      if (fault.freeze) throw new Error("Simulated failure while freezing the pack");
      return actual.freezeBoardPack(...args);
    },
  };
});

const ROLES = ["admin", "board", "lead", "contributor", "viewer", "advisor"] as const;
type RoleName = (typeof ROLES)[number];
let derbyshire: string;
let boardId: string;
const callers = {} as Record<RoleName, Caller>;

function member(role: RoleName): MemberContext {
  const caller = callers[role];
  return {
    partnershipId: derbyshire,
    scope: caller.scope,
    role: caller.scope.role,
    partnership: { id: derbyshire, slug: "derbyshire", name: "Derbyshire", advisorDashboardAccess: false },
  } as MemberContext;
}

/** A meeting's minutes published as the app publishes them: written and approved first (tests/meetings.test.ts checks every published meeting for it). */
const PUBLISHED_MINUTES = {
  minutes: "Minutes of the board pack test.",
  minutesApprovedAt: new Date(Date.UTC(2027, 6, 1)),
  published: true,
  publishedAt: new Date(Date.UTC(2027, 6, 1)),
};

let n = 0;
/** A meeting of Derbyshire's board of the test's own, well after the demo's, so nothing else counts it. */
async function meeting(state: "OPEN" | "CLOSED" | "CANCELLED" = "OPEN") {
  n++;
  return db.meeting.create({
    data: { partnershipId: derbyshire, boardId, title: `Board pack test meeting ${n}`, date: new Date(Date.UTC(2027, 5, n, 10)), state },
    select: { id: true, title: true },
  });
}

const audits = (entityId?: string) =>
  db.auditEvent.findMany({
    where: { partnershipId: derbyshire, entityType: "BoardPack", ...(entityId ? { entityId } : {}) },
    orderBy: { id: "asc" },
    select: { action: true, entityId: true },
  });

beforeAll(async () => {
  derbyshire = await partnershipId("derbyshire");
  for (const role of ROLES) callers[role] = await callerFor(role === "advisor" ? "advisor@dfe.demo" : `${role}@derbyshire.demo`, "derbyshire");
  boardId = (await db.board.findFirstOrThrow({ where: { partnershipId: derbyshire }, select: { id: true } })).id;
});

describe("publishing", () => {
  it("saves the draft and freezes the pack in one transaction, one audit row per core", async () => {
    const m = await meeting();
    const version = await db.partnership.findFirstOrThrow({ where: { id: derbyshire }, select: { dataVersion: true } });
    const published = await publishBoardPack(derbyshire, callers.admin, { meetingId: m.id, version: 0, coverNote: "Read the risks first." });
    expect((await audits(published.packId)).map((a) => a.action)).toEqual(["create", "publish"]);
    // One transaction: the data version moves once for both audit rows.
    expect((await db.partnership.findFirstOrThrow({ where: { id: derbyshire }, select: { dataVersion: true } })).dataVersion).toBe(version.dataVersion + 1);
    const row = await db.boardPack.findFirstOrThrow({ where: { id: published.packId, partnershipId: derbyshire } });
    expect(row.state).toBe("PUBLISHED");
    const snapshot = parseBoardPackSnapshot(row.snapshot);
    expect(snapshot.schemaVersion).toBe(1);
    expect(snapshot.coverNote).toBe("Read the risks first.");
    expect(snapshot.meeting.title).toBe(m.title);
    expect(snapshot.asAt).toBe(today().toISOString().slice(0, 10));
    // Every one of the board's areas is there, a report or a named gap.
    const areas = await db.priorityArea.count({ where: { partnershipId: derbyshire, parentId: null, archivedAt: null } });
    expect(snapshot.reports).toHaveLength(areas);
    expect(snapshot.risks.items.length).toBeGreaterThan(0);
    expect(snapshot.risks.items.findIndex((r) => !r.escalated)).toBeGreaterThanOrEqual(snapshot.risks.items.filter((r) => r.escalated).length);
    expect(snapshot.kpis.length).toBeGreaterThan(0);
  });

  it("leaves nothing half-written when a later step fails", async () => {
    const m = await meeting();
    const before = { packs: await db.boardPack.count({ where: { partnershipId: derbyshire } }), audits: (await audits()).length };
    fault.freeze = true;
    try {
      await expect(publishBoardPack(derbyshire, callers.admin, { meetingId: m.id, version: 0, coverNote: "Never saved" })).rejects.toThrow("Simulated failure");
    } finally {
      fault.freeze = false;
    }
    expect(await db.boardPack.count({ where: { partnershipId: derbyshire } })).toBe(before.packs);
    expect((await audits()).length).toBe(before.audits);
  });

  it("publishes a draft saved earlier, with the version it was saved at, and refuses a stale one", async () => {
    const m = await meeting("CLOSED");
    const draft = await saveBoardPackDraft(derbyshire, callers.admin, { meetingId: m.id, version: 0, coverNote: "First thoughts" });
    await expect(publishBoardPack(derbyshire, callers.admin, { meetingId: m.id, version: 0 })).rejects.toBeInstanceOf(ConflictError);
    const published = await publishBoardPack(derbyshire, callers.admin, { meetingId: m.id, version: draft.version, coverNote: "Final" });
    expect((await audits(published.packId)).map((a) => a.action)).toEqual(["create", "update", "publish"]);
  });

  it("refuses a cancelled meeting", async () => {
    const m = await meeting("CANCELLED");
    await expect(publishBoardPack(derbyshire, callers.admin, { meetingId: m.id, version: 0 })).rejects.toThrow("cancelled");
    expect(await db.boardPack.count({ where: { partnershipId: derbyshire, meetingId: m.id } })).toBe(0);
  });
});

describe("a published pack is immutable", () => {
  it("refuses any save or second publish, and the database refuses a direct change", async () => {
    const m = await meeting();
    const { packId } = await publishBoardPack(derbyshire, callers.admin, { meetingId: m.id, version: 0 });
    const row = await db.boardPack.findFirstOrThrow({ where: { id: packId, partnershipId: derbyshire }, select: { version: true, snapshot: true } });
    await expect(saveBoardPackDraft(derbyshire, callers.admin, { meetingId: m.id, version: row.version, coverNote: "Changed" })).rejects.toBeInstanceOf(ConflictError);
    await expect(publishBoardPack(derbyshire, callers.admin, { meetingId: m.id, version: row.version })).rejects.toBeInstanceOf(ConflictError);
    await expect(db.boardPack.updateMany({ where: { id: packId, partnershipId: derbyshire }, data: { coverNote: "Tampered" } })).rejects.toThrow(/cannot be changed/);
    expect((await db.boardPack.findFirstOrThrow({ where: { id: packId, partnershipId: derbyshire }, select: { snapshot: true } })).snapshot).toEqual(row.snapshot);
  });

  it("does not change when the live data does", async () => {
    const m = await meeting();
    const { packId } = await publishBoardPack(derbyshire, callers.admin, { meetingId: m.id, version: 0 });
    const before = (await getPublishedPackPage(member("board"), packId))!.doc;
    const risk = await db.risk.findFirstOrThrow({ where: { partnershipId: derbyshire, state: "OPEN" }, select: { id: true, title: true } });
    await db.risk.updateMany({ where: { id: risk.id, partnershipId: derbyshire }, data: { title: `${risk.title} (renamed)` } });
    try {
      expect((await getPublishedPackPage(member("board"), packId))!.doc).toEqual(before);
      const draft = await getDraftPackPage(member("admin"), (await meeting()).id, today());
      expect(draft?.kind === "draft" && draft.doc.risks.items.some((r) => r.title.endsWith("(renamed)"))).toBe(true);
    } finally {
      await db.risk.updateMany({ where: { id: risk.id, partnershipId: derbyshire }, data: { title: risk.title } });
    }
  });
});

describe("who may prepare, publish and read", () => {
  it("lets only the programme office save or publish", async () => {
    const m = await meeting();
    for (const role of ["board", "lead", "contributor", "viewer", "advisor"] as const) {
      await expect(saveBoardPackDraft(derbyshire, callers[role], { meetingId: m.id, version: 0 }), role).rejects.toBeInstanceOf(ForbiddenError);
      await expect(publishBoardPack(derbyshire, callers[role], { meetingId: m.id, version: 0 }), role).rejects.toBeInstanceOf(ForbiddenError);
    }
    expect(await db.boardPack.count({ where: { partnershipId: derbyshire, meetingId: m.id } })).toBe(0);
  });

  it("shows the draft to the programme office only, and the published pack to members", async () => {
    const m = await meeting();
    expect((await getDraftPackPage(member("admin"), m.id, today()))?.kind).toBe("draft");
    for (const role of ["board", "lead", "contributor", "viewer", "advisor"] as const) expect(await getDraftPackPage(member(role), m.id, today()), role).toBeNull();
    const { packId } = await publishBoardPack(derbyshire, callers.admin, { meetingId: m.id, version: 0 });
    for (const role of ["admin", "board", "lead", "contributor", "viewer"] as const) {
      expect(await getDraftPackPage(member(role), m.id, today()), role).toEqual({ kind: "published", packId });
      expect((await getPublishedPackPage(member(role), packId))?.id, role).toBe(packId);
    }
  });

  it("shows the published pack to advisors only where the partnership shares its live dashboard, and refuses them where it does not", async () => {
    const m = await meeting();
    const { packId } = await publishBoardPack(derbyshire, callers.admin, { meetingId: m.id, version: 0 });
    // Advisors read published meetings only, and the pack follows its meeting (the next test): this one's minutes are published.
    await db.meeting.updateMany({ where: { id: m.id, partnershipId: derbyshire }, data: PUBLISHED_MINUTES });
    const setting = { where: { id: derbyshire }, select: { advisorDashboardAccess: true } } as const;
    const seeded = (await db.partnership.findFirstOrThrow(setting)).advisorDashboardAccess;
    try {
      // Both settings, whatever the seed chose; the advisor's caller is built from the partnership's row, as the server builds it.
      for (const shares of [false, true]) {
        await db.partnership.updateMany({ where: { id: derbyshire }, data: { advisorDashboardAccess: shares } });
        const advisor = { ...member("advisor"), scope: (await callerFor("advisor@dfe.demo", "derbyshire")).scope };
        expect(advisor.scope.advisorDashboardAccess, `sharing ${shares}`).toBe(shares);
        expect((await getPublishedPackPage(advisor, packId))?.id ?? null, `sharing ${shares}`).toBe(shares ? packId : null);
        expect(await getDraftPackPage(advisor, m.id, today()), `sharing ${shares}`).toEqual(shares ? { kind: "published", packId } : null);
      }
    } finally {
      await db.partnership.updateMany({ where: { id: derbyshire }, data: { advisorDashboardAccess: seeded } });
    }
    expect((await db.partnership.findFirstOrThrow(setting)).advisorDashboardAccess).toBe(seeded);
  });

  it("keeps a published pack from advisors while its meeting is not published, as the meeting is: page, PDF's loader, link and the meeting page's way to it", async () => {
    const m = await meeting();
    const { packId } = await publishBoardPack(derbyshire, callers.admin, { meetingId: m.id, version: 0 });
    const advisor = { ...member("advisor"), scope: (await callerFor("advisor@dfe.demo", "derbyshire")).scope };
    expect(advisor.scope.advisorDashboardAccess).toBe(true); // the demo shares its dashboard: only the meeting's publication refuses
    expect(await getPublishedPackPage(advisor, packId)).toBeNull();
    expect(await getDraftPackPage(advisor, m.id, today())).toBeNull();
    expect((await publishedPackIds(advisor)).has(m.id)).toBe(false);
    expect((await getPublishedPackPage(member("board"), packId))?.id).toBe(packId);
    await db.meeting.updateMany({ where: { id: m.id, partnershipId: derbyshire }, data: PUBLISHED_MINUTES });
    expect((await getPublishedPackPage(advisor, packId))?.id).toBe(packId);
    expect(await getDraftPackPage(advisor, m.id, today())).toEqual({ kind: "published", packId });
    expect((await publishedPackIds(advisor)).get(m.id)).toBe(packId);
  });

  it("finds nothing of another partnership's", async () => {
    const city = await partnershipId("derby-city");
    const m = await meeting();
    await expect(publishBoardPack(city, await callerFor("admin@derby-city.demo", "derby-city"), { meetingId: m.id, version: 0 })).rejects.toBeInstanceOf(NotFoundError);
  });
});

describe("the demo's published pack", () => {
  it("is the board's next meeting's, drawn as at the seed's day, with the missing reports named and illustrative parts marked", async () => {
    const pack = await db.boardPack.findFirstOrThrow({
      where: { partnershipId: derbyshire, state: "PUBLISHED", meeting: { title: { not: { startsWith: "Board pack test" } } } },
      select: { snapshot: true, meeting: { select: { date: true, state: true } } },
    });
    const snapshot = parseBoardPackSnapshot(pack.snapshot);
    expect(pack.meeting.state).toBe("OPEN");
    expect(pack.meeting.date.getTime()).toBeGreaterThan(new Date(`${snapshot.asAt}T00:00:00Z`).getTime());
    expect(snapshot.coverNote).toMatch(/^Illustrative/);
    expect(snapshot.meeting.illustrative).toBe(true);
    // The seed leaves last month's PIA1 and PIA6 reports unwritten: the pack says so.
    const named = snapshot.reports.filter((r) => r.missing || r.late).map((r) => r.areaCode);
    expect(named).toEqual(expect.arrayContaining(["PIA1", "PIA6"]));
  });
});
