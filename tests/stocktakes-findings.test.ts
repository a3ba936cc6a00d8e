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
import type { Caller } from "@/lib/auth/caller";
import type { SessionUser } from "@/lib/auth/session";
import { describeAuditRow } from "@/lib/audit/sentence";
import { ConflictError, ForbiddenError, NotFoundError } from "@/lib/errors";
import { deleteFinding, publishFindings, recordFinding, updateFinding } from "@/lib/stocktakes/mutations/findings";
import { getFindingsPage, getPackPage } from "@/lib/stocktakes/view";
import { today } from "@/lib/clock";
import { formatUkDate } from "@/lib/dates/format";

const signedIn: { user: SessionUser | null } = { user: null };
vi.mock("@/lib/auth/session", () => ({ getSession: async () => signedIn.user }));

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
