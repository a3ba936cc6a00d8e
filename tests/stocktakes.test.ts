// Stocktakes against a real PostgreSQL: who may prepare, contribute, publish
// and record findings (DESIGN §4); a published pack is immutable whatever the
// plan does next; publishing demands a response to every next step of the
// last stocktake; advisors never see drafts, nor another side's unpublished
// findings, nor partnerships they are not attached to; the demo's July 2025
// stocktake carries the letter's real findings.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "./support/db";
import { callerFor, partnershipId } from "./support/callers";
import { completeDraft, detailsOf, dropDrafts, startDraft, unattachedPack } from "./support/stocktakes";
import type { Caller } from "@/lib/auth/caller";
import type { MemberContext } from "@/lib/auth/guards";
import type { Prisma } from "@/lib/generated/prisma/client";
import { getMembershipBySlug, listMembershipsForUser } from "@/lib/auth/queries";
import { today } from "@/lib/clock";
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from "@/lib/errors";
import { updateActionStatus } from "@/lib/plan/mutations";
import { deleteFinding, publishFindings, recordFinding, updateFinding } from "@/lib/stocktakes/mutations/findings";
import { publishStocktake } from "@/lib/stocktakes/mutations/publish";
import { saveStocktakeResponse, saveStocktakeSection } from "@/lib/stocktakes/mutations/sections";
import { createStocktake, updateStocktakeDetails } from "@/lib/stocktakes/mutations/stocktakes";
import { createStocktakeSchema, publishFindingsSchema, stocktakeDetailsSchema } from "@/lib/stocktakes/schema";
import { parseStocktakeSnapshot } from "@/lib/stocktakes/snapshot";
import { getAdvisorSummary, getFindingsPage, getPackPage, getSectionEditor, getStocktakesIndex } from "@/lib/stocktakes/view";
import { LETTER } from "../prisma/seed/stocktakes-data";

const ROLES = ["admin", "board", "lead", "contributor", "viewer", "advisor"] as const;
type RoleName = (typeof ROLES)[number];
let derbyshire: string;
const callers = {} as Record<RoleName, Caller>;

function member(role: RoleName): MemberContext {
  const caller = callers[role];
  return {
    user: { userId: caller.actor.userId, name: caller.actor.name },
    partnershipId: derbyshire,
    scope: caller.scope,
    role: caller.scope.role,
    partnership: { id: derbyshire, slug: "derbyshire", name: "Derbyshire", advisorDashboardAccess: true },
  } as MemberContext;
}

const stocktakes = () =>
  db.stocktake.findMany({
    where: { partnershipId: derbyshire },
    orderBy: { periodEnd: "asc" },
    select: { id: true, title: true, state: true, previousId: true, provenance: true },
  });
const snapshotOf = async (stocktakeId: string) =>
  (await db.stocktake.findFirstOrThrow({ where: { id: stocktakeId, partnershipId: derbyshire }, select: { snapshot: true } })).snapshot as Prisma.InputJsonValue;
const sectionOf = (stocktakeId: string, code: string) =>
  db.stocktakeSection.findFirstOrThrow({ where: { partnershipId: derbyshire, stocktakeId, OR: [{ key: code }, { priorityArea: { code } }] }, select: { id: true, version: true } });

/** The pack this file prepares and publishes on top of the demo's. */
const PUBLISHED_HERE = "Six-monthly stocktake, January 2027";

beforeAll(async () => {
  derbyshire = await partnershipId("derbyshire");
  for (const role of ROLES) callers[role] = await callerFor(role === "advisor" ? "advisor@dfe.demo" : `${role}@derbyshire.demo`, "derbyshire");
  // A second pass over the same database (CI's) finds what the first left: the draft, and the pack published
  // here, with its sections, findings and responses (their rows cascade; the demo's next steps it answered are
  // unanswered again). Removed, so the file starts from the demo's stocktakes as seeded.
  await dropDrafts(derbyshire, callers.admin);
  await db.stocktake.deleteMany({ where: { partnershipId: derbyshire, title: PUBLISHED_HERE } });
});

describe("the demo's stocktakes", () => {
  it("has July 2025 published with the letter's findings and next steps, recorded by the DfE advisor, and the illustrative ones after it", async () => {
    const all = await stocktakes();
    expect(all.filter((s) => s.state === "PUBLISHED").map((s) => s.title)).toEqual([
      "Six-monthly stocktake, July 2025",
      "Six-monthly stocktake, January 2026",
      "Six-monthly stocktake, July 2026",
    ]);
    expect(all[0]!.provenance).toMatch(/letter to Derbyshire of 15 July 2025, word for word/);
    expect(all.slice(1, 3).every((s) => s.provenance?.startsWith("Illustrative"))).toBe(true);
    expect(all[1]!.previousId).toBe(all[0]!.id);

    const findings = await db.advisorFinding.findMany({
      where: { partnershipId: derbyshire, section: { stocktakeId: all[0]!.id } },
      select: {
        kind: true,
        heading: true,
        text: true,
        byAdvisor: true,
        publishedAt: true,
        authorName: true,
        answeredInId: true,
        section: { select: { key: true, priorityArea: { select: { code: true } } } },
      },
    });
    const letter = Object.entries(LETTER).flatMap(([key, s]) => [
      ...s.keyFindings.map((f) => ({ key, kind: "KEY_FINDING", ...f })),
      ...s.nextSteps.map((f) => ({ key, kind: "NEXT_STEP", ...f })),
    ]);
    expect(
      findings
        .map((f) => ({ key: f.section.priorityArea?.code ?? f.section.key, kind: f.kind, heading: f.heading, text: f.text }))
        .sort((a, b) => a.heading.localeCompare(b.heading)),
    ).toEqual(letter.sort((a, b) => a.heading.localeCompare(b.heading)));
    expect(findings).toHaveLength(28);
    expect(findings.every((f) => f.byAdvisor && f.publishedAt?.toISOString().startsWith("2025-07-15") && f.authorName.startsWith("Dana Okafor (DfE SEND Advisor)"))).toBe(true);
    // Every next step of July 2025 was answered in January 2026.
    expect(findings.filter((f) => f.kind === "NEXT_STEP").every((f) => f.answeredInId === all[1]!.id)).toBe(true);
    const next = await db.stocktake.findFirstOrThrow({ where: { id: all[0]!.id, partnershipId: derbyshire }, select: { nextReviewDate: true, nextReviewMonthOnly: true } });
    expect([next.nextReviewDate?.toISOString().slice(0, 7), next.nextReviewMonthOnly]).toEqual(["2026-01", true]);
  });

  it("froze each pack as the app freezes it: valid snapshots, each answering the last one's next steps", async () => {
    const all = (await stocktakes()).filter((s) => s.state === "PUBLISHED");
    for (const s of all) {
      const row = await db.stocktake.findFirstOrThrow({ where: { id: s.id, partnershipId: derbyshire }, select: { snapshot: true } });
      const doc = parseStocktakeSnapshot(row.snapshot);
      expect(doc.areas.map((a) => a.code)).toEqual(["PIA1", "PIA2", "PIA3", "PIA4", "PIA5", "PIA6", "AFI1", "AFI3", "AFI4", "AFI5", "AFI2"]);
      expect(doc.responses.every((r) => r.response)).toBe(true);
    }
    const january = parseStocktakeSnapshot((await db.stocktake.findFirstOrThrow({ where: { id: all[1]!.id, partnershipId: derbyshire }, select: { snapshot: true } })).snapshot);
    expect(january.responses).toHaveLength(15);
    expect(january.responses.find((r) => r.heading === "Shared Data Dashboard")).toMatchObject({ section: "PIA1", status: "COMPLETE" });
  });

  it("gives the advisor's home page the latest pack, what changed, the next review and the open next steps", async () => {
    const summary = await getAdvisorSummary(derbyshire);
    expect(summary.latest).toMatchObject({ title: "Six-monthly stocktake, July 2026", illustrative: true });
    expect(summary.change).toMatch(/^Since Six-monthly stocktake, January 2026: /);
    expect(summary.nextReview).toBe("January 2027");
    expect(summary.open.map((f) => f.heading).sort()).toEqual(["Annual reviews", "Schools", "Sustainability"]);
    // Derby City shares packs only: the demo turns live access on for Derbyshire alone.
    const access = await db.partnership.findMany({
      where: { slug: { in: ["derbyshire", "derby-city"] } },
      orderBy: { slug: "asc" },
      select: { slug: true, advisorDashboardAccess: true },
    });
    expect(access).toEqual([
      { slug: "derby-city", advisorDashboardAccess: false },
      { slug: "derbyshire", advisorDashboardAccess: true },
    ]);
  });
});

describe("preparing a draft", () => {
  let draftId: string;

  beforeAll(async () => {
    draftId = await startDraft(derbyshire, callers.admin, PUBLISHED_HERE);
  });

  it("starts prefilled: a section per area and the partnership-wide ones, statuses from the period's highlight reports, governance from the data", async () => {
    const sections = await db.stocktakeSection.findMany({
      where: { partnershipId: derbyshire, stocktakeId: draftId },
      orderBy: { position: "asc" },
      select: { key: true, status: true, progress: true, priorityArea: { select: { code: true } } },
    });
    expect(sections.map((s) => s.priorityArea?.code ?? s.key)).toEqual([
      "PIA1",
      "PIA2",
      "PIA3",
      "PIA4",
      "PIA5",
      "PIA6",
      "AFI1",
      "AFI3",
      "AFI4",
      "AFI5",
      "AFI2",
      "GOVERNANCE",
      "FAMILY_VOICE",
    ]);
    // PIA2's lead last reported to the board in October (the seed's noted reports).
    expect(sections.find((s) => s.priorityArea?.code === "PIA2")!.status).not.toBeNull();
    expect(sections.find((s) => s.priorityArea?.code === "PIA2")!.progress).toMatch(/^July 2026: /);
    expect(sections.find((s) => s.key === "GOVERNANCE")!.progress).toMatch(/^Boards: SEND Improvement and Assurance Board/);
  });

  it("allows one draft at a time, and only for the programme office", async () => {
    const period = {
      title: "Another",
      periodStart: new Date(Date.UTC(2027, 0, 1)),
      periodEnd: new Date(Date.UTC(2027, 5, 30)),
      followsId: (await stocktakes()).filter((s) => s.state === "PUBLISHED").at(-1)!.id,
    };
    await expect(createStocktake(derbyshire, callers.admin, period)).rejects.toBeInstanceOf(ValidationError);
    for (const role of ["board", "lead", "contributor", "viewer", "advisor"] as const)
      await expect(createStocktake(derbyshire, callers[role], period)).rejects.toBeInstanceOf(ForbiddenError);
  });

  it.each([
    ["lead", "PIA1", true],
    ["lead", "PIA2", false],
    ["lead", "GOVERNANCE", false],
    ["admin", "PIA2", true],
    ["admin", "FAMILY_VOICE", true],
    ["board", "PIA1", false],
    ["contributor", "PIA1", false],
    ["viewer", "PIA1", false],
    ["advisor", "PIA1", false],
  ] as const)("%s writes the %s section → allowed: %s", async (role, code, allowed) => {
    const before = await sectionOf(draftId, code);
    const run = saveStocktakeSection(derbyshire, callers[role], {
      sectionId: before.id,
      version: before.version,
      status: code.startsWith("P") ? "AT_RISK" : undefined,
      progress: `Written by the ${role}.`,
    });
    if (allowed) await expect(run).resolves.toMatchObject({ version: before.version + 1 });
    else {
      await expect(run).rejects.toBeInstanceOf(ForbiddenError);
      expect(await sectionOf(draftId, code)).toEqual(before);
    }
  });

  it("refuses a stale save and bad input, saving nothing", async () => {
    const section = await sectionOf(draftId, "PIA1");
    await expect(saveStocktakeSection(derbyshire, callers.admin, { sectionId: section.id, version: section.version - 1, progress: "Stale." })).rejects.toBeInstanceOf(
      ConflictError,
    );
    expect(await sectionOf(draftId, "PIA1")).toEqual(section);
    const bad = stocktakeDetailsSchema.safeParse({
      stocktakeId: draftId,
      version: "1",
      intent: "save",
      title: "",
      periodStart: "2027-06-30",
      periodEnd: "2027-01-01",
      reviewDate: "2026-01-01",
    });
    expect(bad.success).toBe(false);
    expect(Object.keys(bad.error!.flatten().fieldErrors).sort()).toEqual(["periodEnd", "reviewDate", "title"]);
    expect(createStocktakeSchema.safeParse({ title: "x", periodStart: "2027-02-30", periodEnd: "2027-06-30" }).success).toBe(false);
    expect(publishFindingsSchema.safeParse({ stocktakeId: "s", nextReview: "January" }).success).toBe(false);
    expect(publishFindingsSchema.parse({ stocktakeId: "s", nextReview: "2027-01" }).nextReview).toEqual({ date: new Date(Date.UTC(2027, 0, 1)), monthOnly: true });
  });

  it("is never shown to an advisor or the board; the lead sees their own sections' editors only", async () => {
    expect(await getPackPage(member("advisor"), draftId, today(), null)).toBeNull();
    expect(await getPackPage(member("board"), draftId, today(), null)).toBeNull();
    expect(await getPackPage(member("viewer"), draftId, today(), null)).toBeNull();
    const index = await getStocktakesIndex(member("advisor"), today());
    expect(index!.drafts).toEqual([]);
    const lead = await getPackPage(member("lead"), draftId, today(), null);
    // The demo's lead leads PIA1 and the areas the plan gives their role (prisma/seed.ts): those sections, none partnership-wide.
    const led = await db.membershipArea.findMany({
      where: { partnershipId: derbyshire, membership: { user: { email: "lead@derbyshire.demo" } } },
      select: { priorityArea: { select: { code: true } } },
    });
    expect(led.map((a) => a.priorityArea.code)).toContain("PIA1");
    expect([...lead!.editable].map((key) => lead!.doc.areas.find((a) => a.key === key)?.code ?? key).sort()).toEqual(led.map((a) => a.priorityArea.code).sort());
    const pia2 = await sectionOf(draftId, "PIA2");
    expect(await getSectionEditor(member("lead"), draftId, pia2.id, today())).toBeNull();
    expect(await getSectionEditor(member("admin"), draftId, pia2.id, today())).not.toBeNull();
  });

  it("cannot be published until every next step of the last stocktake has a response; publishing answers them", async () => {
    await completeDraft(derbyshire, draftId);
    const steps = await db.stocktakeResponse.findMany({ where: { partnershipId: derbyshire, stocktakeId: draftId }, select: { id: true, findingId: true } });
    expect(steps).toHaveLength(3);
    await db.stocktakeResponse.deleteMany({ where: { partnershipId: derbyshire, id: steps[0]!.id } });
    const refused = await publishStocktake(derbyshire, callers.admin, await detailsOf(derbyshire, draftId, "publish")).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(ValidationError);
    expect((refused as ValidationError).fieldErrors?.publish).toEqual([expect.stringMatching(/^Respond to the last stocktake’s next step “/)]);
    expect((await db.stocktake.findFirstOrThrow({ where: { id: draftId, partnershipId: derbyshire }, select: { state: true } })).state).toBe("DRAFT");

    // The lead answers their areas' next steps only; the admin answers this one.
    const step = await db.advisorFinding.findFirstOrThrow({
      where: { id: steps[0]!.findingId, partnershipId: derbyshire },
      select: { id: true, section: { select: { key: true } } },
    });
    await expect(saveStocktakeResponse(derbyshire, callers.viewer, { stocktakeId: draftId, findingId: step.id, version: 0, response: "x" })).rejects.toBeInstanceOf(ForbiddenError);
    await saveStocktakeResponse(derbyshire, callers.admin, { stocktakeId: draftId, findingId: step.id, version: 0, response: "Done, with the evidence.", status: "COMPLETE" });
    for (const role of ["lead", "board", "advisor"] as const)
      await expect(publishStocktake(derbyshire, callers[role], await detailsOf(derbyshire, draftId, "publish"))).rejects.toBeInstanceOf(ForbiddenError);
    await publishStocktake(derbyshire, callers.admin, await detailsOf(derbyshire, draftId, "publish"));
    const answered = await db.advisorFinding.count({ where: { partnershipId: derbyshire, id: { in: steps.map((s) => s.findingId) }, answeredInId: draftId } });
    expect(answered).toBe(3);
    expect((await getAdvisorSummary(derbyshire)).open).toEqual([]);
  });

  it("is then immutable: the plan changes, the pack reads byte for byte the same, and nothing in it can be edited", async () => {
    const frozen = await db.stocktake.findFirstOrThrow({ where: { id: draftId, partnershipId: derbyshire }, select: { snapshot: true, version: true } });
    const before = JSON.stringify(frozen.snapshot);
    const readBefore = await getPackPage(member("advisor"), draftId, today(), null);

    const action = await db.action.findFirstOrThrow({ where: { partnershipId: derbyshire, code: "1.1b" }, select: { id: true, version: true } });
    await updateActionStatus(derbyshire, callers.admin, { actionId: action.id, version: action.version, status: "COMPLETE", commentary: "Changed after the pack was published." });
    await db.priorityArea.updateMany({ where: { partnershipId: derbyshire, code: "PIA2" }, data: { title: "Renamed after publication" } });
    try {
      const after = await db.stocktake.findFirstOrThrow({ where: { id: draftId, partnershipId: derbyshire }, select: { snapshot: true } });
      expect(JSON.stringify(after.snapshot)).toBe(before);
      const readAfter = await getPackPage(member("advisor"), draftId, today(), null);
      expect(JSON.stringify(readAfter!.doc)).toBe(JSON.stringify(readBefore!.doc));
      expect(readAfter!.doc.areas.find((a) => a.code === "PIA2")!.title).not.toBe("Renamed after publication");

      const section = await sectionOf(draftId, "PIA1");
      await expect(saveStocktakeSection(derbyshire, callers.admin, { sectionId: section.id, version: section.version, progress: "Too late." })).rejects.toBeInstanceOf(
        ConflictError,
      );
      await expect(updateStocktakeDetails(derbyshire, callers.admin, { ...(await detailsOf(derbyshire, draftId, "save")), summary: "Too late." })).rejects.toBeInstanceOf(
        ConflictError,
      );
      await expect(publishStocktake(derbyshire, callers.admin, await detailsOf(derbyshire, draftId, "publish"))).rejects.toBeInstanceOf(ConflictError);
    } finally {
      // The seeded title back, whatever happened above.
      await db.priorityArea.updateMany({
        where: { partnershipId: derbyshire, code: "PIA2" },
        data: { title: "Priority Impact Area 2: Joint commissioning based on a joint strategic needs assessment" },
      });
    }
  });

  it("compares with any earlier pack, and only with one of this partnership's", async () => {
    const july2025 = (await stocktakes())[0]!;
    const page = await getPackPage(member("advisor"), draftId, today(), july2025.id);
    expect(page!.comparison.previous?.title).toBe("Six-monthly stocktake, July 2025");
    expect(page!.earlier.map((e) => e.title)).toEqual(["Six-monthly stocktake, July 2026", "Six-monthly stocktake, January 2026", "Six-monthly stocktake, July 2025"]);
    // Another partnership's published pack, made here so the refusal is always tried.
    const other = await unattachedPack("stocktakes-test-compare", await snapshotOf(july2025.id));
    expect(await getPackPage(member("advisor"), draftId, today(), other.stocktakeId)).toBeNull();
    expect(await getPackPage(member("admin"), draftId, today(), other.stocktakeId)).toBeNull();
  });
});

describe("the review's findings", () => {
  let stocktakeId: string;
  let sectionId: string;

  beforeAll(async () => {
    stocktakeId = (await stocktakes()).filter((s) => s.state === "PUBLISHED").at(-1)!.id;
    sectionId = (await sectionOf(stocktakeId, "PIA3")).id;
  });

  it("are recorded by advisors, the programme office, the board and leads, not by contributors or viewers, and only on a published pack", async () => {
    for (const role of ["contributor", "viewer"] as const) {
      await expect(recordFinding(derbyshire, callers[role], { sectionId, kind: "KEY_FINDING", heading: "x", text: "x" })).rejects.toBeInstanceOf(ForbiddenError);
    }
    await dropDrafts(derbyshire, callers.admin);
    const draft = await startDraft(derbyshire, callers.admin, "A draft");
    const draftSection = await sectionOf(draft, "PIA3");
    await expect(recordFinding(derbyshire, callers.advisor, { sectionId: draftSection.id, kind: "KEY_FINDING", heading: "x", text: "x" })).rejects.toBeInstanceOf(ConflictError);
    await dropDrafts(derbyshire, callers.admin);
  });

  it("stay with the advisors until published; then the partnership reads them and cannot change them", async () => {
    const { findingId } = await recordFinding(derbyshire, callers.advisor, {
      sectionId,
      kind: "NEXT_STEP",
      heading: "Annual review recovery",
      text: "Report annual review timeliness monthly.",
    });
    const seen = async (role: RoleName) => (await getPackPage(member(role), stocktakeId, today(), null))!.findings.byKey;
    const headings = (byKey: Map<string, { heading: string }[]>) => [...byKey.values()].flat().map((f) => f.heading);
    expect(headings(await seen("advisor"))).toContain("Annual review recovery");
    for (const role of ["admin", "board", "lead"] as const) expect(headings(await seen(role))).not.toContain("Annual review recovery");
    // To anyone else, an advisor's draft does not exist.
    await expect(updateFinding(derbyshire, callers.admin, { findingId, version: 1, kind: "NEXT_STEP", heading: "Changed", text: "x" })).rejects.toBeInstanceOf(NotFoundError);
    await expect(deleteFinding(derbyshire, callers.board, { findingId, version: 1 })).rejects.toBeInstanceOf(NotFoundError);
    // The programme office's own record of a letter is its side's draft, unseen by the advisors.
    const { findingId: theirs } = await recordFinding(derbyshire, callers.admin, { sectionId, kind: "KEY_FINDING", heading: "Transcribed", text: "From the letter." });
    expect(headings(await seen("advisor"))).not.toContain("Transcribed");
    expect((await getFindingsPage(member("admin"), stocktakeId))!.findings.drafts.map((f) => f.id)).toEqual([theirs]);
    await deleteFinding(derbyshire, callers.admin, { findingId: theirs, version: 1 });

    await publishFindings(derbyshire, callers.advisor, { stocktakeId, nextReview: { date: new Date(Date.UTC(2027, 6, 1)), monthOnly: true } });
    for (const role of ["admin", "board", "lead", "advisor"] as const) expect(headings(await seen(role))).toContain("Annual review recovery");
    await expect(updateFinding(derbyshire, callers.advisor, { findingId, version: 2, kind: "NEXT_STEP", heading: "Changed", text: "x" })).rejects.toBeInstanceOf(ConflictError);
    expect((await getAdvisorSummary(derbyshire)).nextReview).toBe("July 2027");
  });

  it("the next draft must answer each published next step", async () => {
    const draft = await startDraft(derbyshire, callers.admin, "The next one");
    await completeDraft(derbyshire, draft);
    await db.stocktakeResponse.deleteMany({ where: { partnershipId: derbyshire, stocktakeId: draft } });
    const page = await getPackPage(member("admin"), draft, today(), null);
    expect(page!.doc.responses.map((r) => [r.section, r.heading, r.response])).toEqual([["PIA3", "Annual review recovery", null]]);
    await expect(publishStocktake(derbyshire, callers.admin, await detailsOf(derbyshire, draft, "publish"))).rejects.toBeInstanceOf(ValidationError);
    await dropDrafts(derbyshire, callers.admin);
  });
});

describe("partnerships an advisor is not attached to", () => {
  it("do not exist for them: no membership, no home page entry, no pack", async () => {
    const slug = "stocktakes-test-elsewhere";
    const july2025 = (await stocktakes())[0]!;
    const elsewhere = await unattachedPack(slug, await snapshotOf(july2025.id));
    const advisor = await db.user.findUniqueOrThrow({ where: { email: "advisor@dfe.demo" }, select: { id: true } });
    expect(await getMembershipBySlug(advisor.id, slug)).toBeNull();
    expect((await listMembershipsForUser(advisor.id)).map((m) => m.partnership.slug).sort()).toEqual(["derby-city", "derbyshire"]);
    // Even asked for by id from a partnership they do advise, it is not there.
    expect(await getPackPage(member("advisor"), elsewhere.stocktakeId, today(), null)).toBeNull();
    // Its own members read it: the refusal above is the partnership's, not a pack that cannot be read.
    const theirs = { ...member("admin"), partnershipId: elsewhere.partnershipId, partnership: { id: elsewhere.partnershipId, slug, name: slug, advisorDashboardAccess: false, archivedAt: null } };
    expect((await getPackPage(theirs, elsewhere.stocktakeId, today(), null))?.header.id).toBe(elsewhere.stocktakeId);
  });
});
