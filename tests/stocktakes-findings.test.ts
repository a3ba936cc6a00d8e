// Findings on a published stocktake, in a partnership of this file's own
// (issue 22, the probe's findings 2 and 3): a draft finding is its author's
// until published, and the programme office's too (the record then names who
// last wrote it); publishing publishes what the publisher may publish; the
// next review is the advisors' to give, within bounds, its refusal next to
// the field and nothing changed.
import { beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "./support/db";
import { callerFor, partnershipId } from "./support/callers";
import { OWN_ROLES, ownPartnership, type OwnPartnership, type OwnRole } from "./support/own-partnership";
import { publishedWithNextStep } from "./support/stocktakes";
import type { ActionResult } from "@/lib/actions/result";
import type { Caller } from "@/lib/auth/caller";
import type { SessionUser } from "@/lib/auth/session";
import { describeAuditRow } from "@/lib/audit/sentence";
import { ConflictError, ForbiddenError, NotFoundError } from "@/lib/errors";
import { publishFindingsAction } from "@/lib/stocktakes/actions";
import { deleteFinding, publishFindings, recordFinding, updateFinding } from "@/lib/stocktakes/mutations/findings";
import { getFindingsPage, getPackPage } from "@/lib/stocktakes/view";
import { today } from "@/lib/clock";
import { formatUkDate } from "@/lib/dates/format";

const signedIn: { user: SessionUser | null } = { user: null };
vi.mock("@/lib/auth/session", () => ({ getSession: async () => signedIn.user }));
// An accepted post refreshes the partnership's pages, which only a real server action can: a no-op here, so an acceptance reads as one.
vi.mock("@/lib/dashboard/cache", async (importOriginal) => ({ ...(await importOriginal<typeof import("@/lib/dashboard/cache")>()), refreshPartnership: () => undefined }));

let own: OwnPartnership;
const callers = {} as Record<OwnRole, Caller>;
let stocktakeId: string;
let sectionId: string;

const LEAD = "Lee Lead (Head of SEND)";
const ADMIN = "Ada Office (Programme Manager)";

beforeAll(async () => {
  own = await ownPartnership("stocktake-findings");
  for (const role of OWN_ROLES) callers[role] = await own.caller(role);
  ({ stocktakeId, sectionId } = await publishedWithNextStep(own.id, callers.admin, "Findings stocktake"));
});

const findingRow = (id: string) => db.advisorFinding.findFirst({ where: { id, partnershipId: own.id } });
const stocktakeRow = () => db.stocktake.findFirstOrThrow({ where: { id: stocktakeId, partnershipId: own.id } });
const audits = () => db.auditEvent.count({ where: { partnershipId: own.id } });
const record = (role: OwnRole, heading: string) => recordFinding(own.id, callers[role], { sectionId, kind: "KEY_FINDING", heading, text: `As the ${role} wrote it.` });

describe("a draft finding is its author's until published", () => {
  it("refuses a board member's edit and deletion of a lead's draft, saying whose it is, and changes nothing", async () => {
    const { findingId } = await record("lead", "The lead's own");
    const before = await findingRow(findingId);
    const count = await audits();
    const edit = await updateFinding(own.id, callers.board, { findingId, version: 1, kind: "KEY_FINDING", heading: "Rewritten by the board", text: "x" }).catch((e: unknown) => e);
    const drop = await deleteFinding(own.id, callers.board, { findingId, version: 1 }).catch((e: unknown) => e);
    for (const refused of [edit, drop]) {
      expect(refused).toBeInstanceOf(ForbiddenError);
      expect((refused as Error).message).toBe(`“The lead's own” is ${LEAD}’s draft: only they, or the programme office, can change it before it is published.`);
    }
    expect(await findingRow(findingId)).toEqual(before);
    expect(await audits()).toBe(count);
    // The findings page offers the board no form for it; the lead and the programme office have one.
    const editable = async (role: OwnRole) => (await getFindingsPage(await own.member(role), stocktakeId))!.findings.editable.has(findingId);
    expect(await editable("board")).toBe(false);
    expect(await editable("lead")).toBe(true);
    expect(await editable("admin")).toBe(true);
    await deleteFinding(own.id, callers.lead, { findingId, version: 1 });
  });

  it("lets the author and the programme office edit it; after the office's edit the record and the audit name the office, and the published pack says who wrote it last", async () => {
    const { findingId } = await record("lead", "Edited twice");
    await updateFinding(own.id, callers.lead, { findingId, version: 1, kind: "KEY_FINDING", heading: "Edited twice", text: "The lead's second thoughts." });
    await updateFinding(own.id, callers.admin, { findingId, version: 2, kind: "KEY_FINDING", heading: "Edited twice", text: "The programme office's words." });
    expect(await findingRow(findingId)).toMatchObject({ authorName: LEAD, editedByName: ADMIN, text: "The programme office's words.", version: 3 });
    const row = await db.auditEvent.findFirstOrThrow({
      where: { partnershipId: own.id, entityType: "AdvisorFinding", entityId: findingId, action: "update" },
      orderBy: { at: "desc" },
    });
    expect(row.actorName).toBe(ADMIN);
    expect(describeAuditRow(row, own.slug).sentence).toBe(`${ADMIN} edited ${LEAD}’s draft key finding “Edited twice”.`);
    // The lead's own edit names nobody else.
    const leads = await db.auditEvent.findFirstOrThrow({ where: { partnershipId: own.id, entityId: findingId, action: "update", actorName: LEAD } });
    expect(describeAuditRow(leads, own.slug).sentence).toBe(`${LEAD} edited the draft key finding “Edited twice”.`);

    await publishFindings(own.id, callers.admin, { stocktakeId, nextReview: null });
    const page = await getPackPage(await own.member("board"), stocktakeId, today(), null);
    const shown = page!.findings.published.find((f) => f.id === findingId)!;
    expect(shown.credit).toBe(`${LEAD}, edited by ${ADMIN}, published ${formatUkDate(shown.publishedAt!)}`);
  });

  it("publishes what the publisher may publish: a member their own drafts, the programme office every draft of the partnership; never the advisors'", async () => {
    const lead = await record("lead", "The lead's to publish");
    const board = await record("board", "The board's to publish");
    const advisor = await record("advisor", "The advisor's to keep");
    await expect(publishFindings(own.id, callers.board, { stocktakeId, nextReview: null })).resolves.toMatchObject({ published: 1 });
    expect((await findingRow(board.findingId))?.publishedAt).not.toBeNull();
    expect((await findingRow(lead.findingId))?.publishedAt).toBeNull();
    // Nothing of the board's is left: publishing again is refused, and the lead's draft is still a draft.
    await expect(publishFindings(own.id, callers.board, { stocktakeId, nextReview: null })).rejects.toBeInstanceOf(ConflictError);
    expect((await findingRow(lead.findingId))?.publishedAt).toBeNull();

    const office = await record("lead", "Published by the office");
    await publishFindings(own.id, callers.admin, { stocktakeId, nextReview: null });
    expect(await findingRow(office.findingId)).toMatchObject({ publishedByName: ADMIN, authorName: LEAD });
    expect((await findingRow(lead.findingId))?.publishedAt).not.toBeNull();
    expect((await findingRow(advisor.findingId))?.publishedAt).toBeNull();
    await deleteFinding(own.id, callers.advisor, { findingId: advisor.findingId, version: 1 });
  });

  it("does not exist for another partnership's programme office: not found, nothing of it in the message, nothing changed", async () => {
    const { findingId } = await record("lead", "Kept in this partnership");
    const before = await findingRow(findingId);
    const elsewhere = await callerFor("admin@derby-city.demo", "derby-city");
    const refused = await updateFinding(await partnershipId("derby-city"), elsewhere, { findingId, version: 1, kind: "KEY_FINDING", heading: "Cross-tenant", text: "x" }).catch(
      (e: unknown) => e,
    );
    expect(refused).toBeInstanceOf(NotFoundError);
    expect((refused as Error).message).not.toMatch(/Kept in this partnership|Lee Lead/);
    expect(await findingRow(findingId)).toEqual(before);
    await deleteFinding(own.id, callers.lead, { findingId, version: 1 });
  });
});

describe("the next review is the advisors' to give", () => {
  const given = { date: new Date(Date.UTC(2027, 0, 1)), monthOnly: true };

  it("is refused from every partnership member who records findings, and nothing is published or set", async () => {
    const { findingId } = await record("lead", "Not published with a next review");
    const before = await stocktakeRow();
    for (const role of ["admin", "board", "lead"] as const) {
      const refused = await publishFindings(own.id, callers[role], { stocktakeId, nextReview: given }).catch((e: unknown) => e);
      expect(refused, role).toBeInstanceOf(ForbiddenError);
      expect((refused as Error).message).toMatch(/advisors/);
    }
    expect(await stocktakeRow()).toEqual(before);
    expect((await findingRow(findingId))?.publishedAt).toBeNull();
    await deleteFinding(own.id, callers.lead, { findingId, version: 1 });
  });

  it("is given by an advisor, after the review and within two years of it; anything else is refused next to the field, and nothing changes", async () => {
    const advisor = await db.user.findUniqueOrThrow({ where: { id: own.userIds.advisor } });
    signedIn.user = { userId: advisor.id, name: advisor.name, email: advisor.email, sessionVersion: advisor.sessionVersion };
    const { reviewDate } = await stocktakeRow();
    expect(reviewDate?.toISOString().slice(0, 10)).toBe("2026-07-08");
    const { findingId } = await record("advisor", "Published with the next review");
    const post = (nextReview: string) => {
      const form = new FormData();
      for (const [name, value] of Object.entries({ slug: own.slug, stocktakeId, nextReview })) form.set(name, value);
      // An accepted post ends in a redirect to the pack (thrown, as Next.js does): read as the acceptance it is.
      return publishFindingsAction(null, form).catch((e: unknown): ActionResult<unknown> => {
        if (e instanceof Error && e.message === "NEXT_REDIRECT") return { ok: true, data: "published" };
        throw e;
      });
    };
    const before = await stocktakeRow();
    const count = await audits();
    for (const [value, message] of [
      ["2031-01", /within two years of the review/],
      ["2028-08-01", /within two years of the review/],
      ["2026-07", /after the review/],
      ["2026-07-08", /after the review/],
      ["2019-03-01", /after the review/],
      ["1999-01", /between 2000 and 2100/],
      ["9999-12-31", /between 2000 and 2100/],
    ] as const) {
      const result: ActionResult<unknown> = await post(value);
      expect(result.ok, value).toBe(false);
      expect(result.ok ? [] : result.fieldErrors?.nextReview, value).toEqual([expect.stringMatching(message)]);
    }
    expect(await stocktakeRow()).toEqual(before);
    expect(await audits()).toBe(count);
    expect((await findingRow(findingId))?.publishedAt).toBeNull();

    await publishFindings(own.id, callers.advisor, { stocktakeId, nextReview: given });
    expect(await stocktakeRow()).toMatchObject({ nextReviewDate: given.date, nextReviewMonthOnly: true });
    expect((await findingRow(findingId))?.publishedAt).not.toBeNull();
  });
});
