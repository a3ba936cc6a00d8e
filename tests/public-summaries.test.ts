// Publishing for the public (lib/public-summaries, lib/kpis/mutations/public.ts),
// in a partnership of the file's own: a priority area's summary goes draft →
// sent for approval → approved or returned (and revised, and sent again); a
// stale form is a conflict; only the area's lead or the programme office
// writes it and only the programme office approves it; another partnership's
// rows are not found; "you said, we did" and KPIs are made public by whom
// they may be, each write with one audit row that reads as a sentence.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "./support/db";
import { OWN_ROLES, ownPartnership, type OwnPartnership, type OwnRole } from "./support/own-partnership";
import { describeAuditRow } from "@/lib/audit/sentence";
import { ConflictError, ForbiddenError, NotFoundError } from "@/lib/errors";
import { setKpiPublic } from "@/lib/kpis/mutations/public";
import { getPublicPageContent } from "@/lib/public-page/queries";
import { setFeedbackPublic } from "@/lib/public-summaries/mutations/feedback";
import { decideSummary, saveSummary } from "@/lib/public-summaries/mutations/summaries";
import { getPublicPageScreen, getSummaryEditor } from "@/lib/public-summaries/view";

let own: OwnPartnership;
let led: string;
let other: string;

const text = (n: number) => ({ whatWeAreDoing: `We are doing ${n}.`, whatHasChanged: `It changed ${n}.`, whatIsNext: `Next is ${n}.` });
const audits = () => db.auditEvent.count({ where: { partnershipId: own.id } });
const summaries = (priorityAreaId: string) =>
  db.publicSummary.findMany({
    where: { partnershipId: own.id, priorityAreaId },
    orderBy: { createdAt: "asc" },
    select: { id: true, state: true, version: true, whatIsNext: true, returnComment: true, approvedAt: true, approvedByName: true, statusAtApproval: true, submittedAt: true },
  });

async function save(role: OwnRole, areaId: string, input: { summaryId?: string; version: number; intent: "save" | "submit"; n: number }) {
  return saveSummary(own.id, await own.caller(role), { areaId, summaryId: input.summaryId, version: input.version, intent: input.intent, ...text(input.n) });
}
async function decide(role: OwnRole, summaryId: string, version: number, decision: "APPROVE" | "RETURN", comment?: string) {
  return decideSummary(own.id, await own.caller(role), { summaryId, version, decision, comment });
}

beforeAll(async () => {
  own = await ownPartnership("public-summaries");
  const area = (code: string, position: number) =>
    db.priorityArea.create({ data: { partnershipId: own.id, code, kind: "PRIORITY_ACTION", title: `Area ${code}`, finding: "x", position }, select: { id: true } });
  led = (await area("PS1", 1)).id;
  other = (await area("PS2", 2)).id;
  await own.leads([led]);
});

describe("a public summary's states", () => {
  it("goes from draft to sent to approved, with one audit row each, and a stale form is a conflict", async () => {
    const before = await audits();
    const draft = await save("lead", led, { version: 0, intent: "save", n: 1 });
    expect(draft).toMatchObject({ version: 1, submitted: false });
    const edited = await save("lead", led, { summaryId: draft.summaryId, version: 1, intent: "save", n: 2 });
    expect(edited.version).toBe(2);
    // A form opened before the edit.
    await expect(save("lead", led, { summaryId: draft.summaryId, version: 1, intent: "save", n: 3 })).rejects.toBeInstanceOf(ConflictError);
    // A second new draft beside the first.
    await expect(save("lead", led, { version: 0, intent: "save", n: 3 })).rejects.toBeInstanceOf(ConflictError);
    expect(await summaries(led)).toMatchObject([{ state: "DRAFT", version: 2, whatIsNext: "Next is 2." }]);

    // Approving needs it sent first.
    await expect(decide("admin", draft.summaryId, 2, "APPROVE")).rejects.toBeInstanceOf(ConflictError);
    await save("lead", led, { summaryId: draft.summaryId, version: 2, intent: "submit", n: 2 });
    expect((await summaries(led))[0]).toMatchObject({ state: "SUBMITTED", version: 3, submittedAt: expect.any(Date) });
    // Waiting for approval, it is not edited.
    await expect(save("lead", led, { summaryId: draft.summaryId, version: 3, intent: "save", n: 4 })).rejects.toBeInstanceOf(ConflictError);
    await expect(decide("admin", draft.summaryId, 2, "APPROVE")).rejects.toBeInstanceOf(ConflictError);
    await decide("admin", draft.summaryId, 3, "APPROVE");
    expect(await summaries(led)).toMatchObject([
      { state: "APPROVED", version: 4, approvedAt: expect.any(Date), approvedByName: "Ada Office (Programme Manager)", statusAtApproval: "NOT_DUE" },
    ]);
    // Decided once: a second answer is a conflict.
    await expect(decide("admin", draft.summaryId, 4, "RETURN", "Too late")).rejects.toBeInstanceOf(ConflictError);
    expect(await audits()).toBe(before + 4);
    const rows = await db.auditEvent.findMany({ where: { partnershipId: own.id, entityType: "PublicSummary" }, orderBy: { at: "asc" } });
    expect(rows.map((r) => r.action)).toEqual(["create", "update", "submit", "approve"]);
    expect(rows.map((r) => describeAuditRow(r, own.slug))).toEqual(rows.map(() => expect.objectContaining({ typed: true, href: `/p/${own.slug}/public-page/${led}` })));
  });

  it("a new draft after approval leaves the approved one public until it is approved; returned, it is revised and sent again", async () => {
    const next = await save("lead", led, { version: 0, intent: "submit", n: 5 });
    const screen = await getPublicPageScreen(await own.member("admin"));
    const area = screen!.areas.find((a) => a.id === led)!;
    expect(area.published?.answers.map((a) => a.text)).toEqual(["We are doing 2.", "It changed 2.", "Next is 2."]);
    expect(area.working).toMatchObject({ id: next.summaryId, state: "SUBMITTED" });
    expect(area.decide).toEqual({ summaryId: next.summaryId, version: next.version });

    await decide("admin", next.summaryId, next.version, "RETURN", "Say when.");
    expect((await summaries(led))[1]).toMatchObject({ state: "RETURNED", returnComment: "Say when." });
    expect(await getSummaryEditor(await own.member("lead"), led)).toMatchObject({ summaryId: next.summaryId, returnComment: "Say when.", waiting: false });
    await save("lead", led, { summaryId: next.summaryId, version: next.version + 1, intent: "submit", n: 6 });
    expect((await summaries(led))[1]).toMatchObject({ state: "SUBMITTED", returnComment: null, whatIsNext: "Next is 6." });
    expect((await summaries(led))[0]).toMatchObject({ state: "APPROVED" });
    // What the public page reads (lib/public-page) is still the approved one.
    await db.partnership.update({ where: { id: own.id }, data: { publicPageEnabled: true } });
    const content = await getPublicPageContent(own.id);
    expect(content?.summaries.map((s) => [s.priorityArea.code, s.whatIsNext])).toEqual([["PS1", "Next is 2."]]);
  });
});

describe("who may write and approve", () => {
  it("a lead writes only the areas they lead; the programme office any", async () => {
    await expect(save("lead", other, { version: 0, intent: "save", n: 1 })).rejects.toBeInstanceOf(ForbiddenError);
    expect(await getSummaryEditor(await own.member("lead"), other)).toBeNull();
    const byAdmin = await save("admin", other, { version: 0, intent: "submit", n: 1 });
    // A lead does not approve, even their own area's.
    const waiting = (await summaries(led))[1]!;
    await expect(decide("lead", waiting.id, waiting.version, "APPROVE")).rejects.toBeInstanceOf(ForbiddenError);
    await expect(decide("lead", byAdmin.summaryId, byAdmin.version, "APPROVE")).rejects.toBeInstanceOf(ForbiddenError);
    expect((await summaries(led))[1]).toMatchObject({ state: "SUBMITTED" });
  });

  it.each(OWN_ROLES.filter((role) => !["admin", "lead"].includes(role)))("%s neither writes nor approves, and has no screen (a 404)", async (role) => {
    const before = await audits();
    await expect(save(role, led, { version: 0, intent: "save", n: 9 })).rejects.toBeInstanceOf(ForbiddenError);
    const waiting = (await summaries(led))[1]!;
    await expect(decide(role, waiting.id, waiting.version, "APPROVE")).rejects.toBeInstanceOf(ForbiddenError);
    expect(await getPublicPageScreen(await own.member(role))).toBeNull();
    expect(await getSummaryEditor(await own.member(role), led)).toBeNull();
    expect(await audits()).toBe(before);
  });

  it("the lead's screen shows every area's public summary, and the working copy and the form only of their own", async () => {
    const screen = (await getPublicPageScreen(await own.member("lead")))!;
    const [mine, theirs] = [screen.areas.find((a) => a.id === led)!, screen.areas.find((a) => a.id === other)!];
    expect(mine.working).not.toBeNull();
    expect(theirs.working).toBeNull();
    expect(theirs.write).toBeNull();
    expect(mine.decide).toBeNull();
    expect(screen.canApprove).toBe(false);
  });
});

describe("another partnership's rows", () => {
  it("are not found, and nothing changes in either", async () => {
    const city = await db.partnership.findFirstOrThrow({ where: { slug: "derby-city" }, select: { id: true, priorityAreas: { take: 1, select: { id: true } } } });
    const cityArea = city.priorityAreas[0]!.id;
    const theirs = await db.publicSummary.create({
      data: { partnershipId: city.id, priorityAreaId: cityArea, state: "SUBMITTED", authorName: "Someone", ...text(0) },
      select: { id: true, version: true },
    });
    try {
      const before = await audits();
      await expect(save("admin", cityArea, { version: 0, intent: "save", n: 1 })).rejects.toBeInstanceOf(NotFoundError);
      await expect(decide("admin", theirs.id, theirs.version, "APPROVE")).rejects.toBeInstanceOf(NotFoundError);
      expect(await db.publicSummary.findUniqueOrThrow({ where: { id: theirs.id }, select: { state: true } })).toEqual({ state: "SUBMITTED" });
      expect(await db.publicSummary.count({ where: { partnershipId: own.id, priorityAreaId: cityArea } })).toBe(0);
      expect(await getSummaryEditor(await own.member("admin"), cityArea)).toBeNull();
      expect(await audits()).toBe(before);
    } finally {
      await db.publicSummary.delete({ where: { id: theirs.id } });
    }
  });
});

describe("'you said, we did' and KPIs on the public page", () => {
  it("feedback is made public by whoever recorded it or the programme office, and only feedback", async () => {
    const feedback = await db.evidence.create({
      data: {
        partnershipId: own.id,
        kind: "FEEDBACK",
        title: "Letters were unclear",
        text: "We rewrote them",
        date: new Date("2026-10-01"),
        createdByName: "Lee Lead (Head of SEND)",
        priorityAreaId: led,
      },
      select: { id: true },
    });
    const data = await db.evidence.create({
      data: { partnershipId: own.id, kind: "DATA", title: "A table", date: new Date("2026-10-01"), createdByName: "Lee Lead (Head of SEND)" },
      select: { id: true },
    });
    const publicAt = async () => (await db.evidence.findUniqueOrThrow({ where: { id: feedback.id }, select: { publicAt: true } })).publicAt;

    await expect(setFeedbackPublic(own.id, await own.caller("contributor"), { evidenceId: feedback.id, show: true })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(setFeedbackPublic(own.id, await own.caller("lead"), { evidenceId: data.id, show: true })).rejects.toBeInstanceOf(NotFoundError);
    await setFeedbackPublic(own.id, await own.caller("lead"), { evidenceId: feedback.id, show: true });
    const first = await publicAt();
    expect(first).toBeInstanceOf(Date);
    // Shown again, it keeps its day.
    await setFeedbackPublic(own.id, await own.caller("admin"), { evidenceId: feedback.id, show: true });
    expect(await publicAt()).toEqual(first);
    await setFeedbackPublic(own.id, await own.caller("admin"), { evidenceId: feedback.id, show: false });
    expect(await publicAt()).toBeNull();

    const screen = (await getPublicPageScreen(await own.member("lead")))!;
    expect(screen.feedback.find((f) => f.id === feedback.id)).toMatchObject({ isPublic: false, canToggle: true });
    const rows = await db.auditEvent.findMany({ where: { partnershipId: own.id, entityId: feedback.id }, orderBy: { at: "asc" } });
    expect(rows.map((r) => r.action)).toEqual(["make public", "make public", "make private"]);
    expect(rows.every((r) => describeAuditRow(r, own.slug).typed)).toBe(true);
  });

  it("a KPI is made public by the programme office only", async () => {
    const kpi = await db.kpi.create({
      data: { partnershipId: own.id, code: "PK1", name: "Plans on time", definition: "x", unit: "PERCENT", direction: "HIGHER_IS_BETTER", frequency: "MONTHLY" },
      select: { id: true },
    });
    for (const role of OWN_ROLES.filter((r) => r !== "admin")) {
      await expect(setKpiPublic(own.id, await own.caller(role), { kpiId: kpi.id, show: true })).rejects.toBeInstanceOf(ForbiddenError);
    }
    await setKpiPublic(own.id, await own.caller("admin"), { kpiId: kpi.id, show: true });
    expect(await db.kpi.findUniqueOrThrow({ where: { id: kpi.id }, select: { isPublic: true, version: true } })).toEqual({ isPublic: true, version: 1 });
    const city = await db.kpi.findFirstOrThrow({ where: { partnership: { slug: "derby-city" } }, select: { id: true, isPublic: true } });
    await expect(setKpiPublic(own.id, await own.caller("admin"), { kpiId: city.id, show: !city.isPublic })).rejects.toBeInstanceOf(NotFoundError);
    const row = await db.auditEvent.findFirstOrThrow({ where: { partnershipId: own.id, entityId: kpi.id } });
    expect(describeAuditRow(row, own.slug)).toMatchObject({ typed: true, sentence: "Ada Office (Programme Manager) put KPI PK1, “Plans on time”, on the public page." });
  });
});
