// The member's own choice of reminder emails (/p/<slug>/my/email) and the
// programme office's preview of a member's next digest
// (/p/<slug>/members/<id>/digest): each member changes only their own; only
// admins preview, and only their partnership's members.
import { beforeAll, describe, expect, it, vi } from "vitest";
import { describeAuditRow } from "@/lib/audit/sentence";
import { today } from "@/lib/clock";
import { saveDigestFrequency } from "@/lib/digests/mutations";
import { getDigestPreviewPage, getMyEmailPage } from "@/lib/digests/view";
import { NotFoundError } from "@/lib/errors";
import { db } from "./support/db";
import { digestPartnership, type DigestPartnership } from "./support/digests";
import type { OwnRole } from "./support/own-partnership";

let setup: DigestPartnership;
let other: DigestPartnership;

beforeAll(async () => {
  vi.stubEnv("AUTH_SECRET", "a-test-secret-of-thirty-two-chars!");
  setup = await digestPartnership("digests-prefs");
  other = await digestPartnership("digests-prefs-other");
});

const frequency = async (p: DigestPartnership, role: OwnRole) =>
  (await db.membership.findFirstOrThrow({ where: { id: p.own.membershipIds[role] }, select: { digestFrequency: true } })).digestFrequency;

describe("email reminders, the member's own choice", () => {
  it("shows weekly by default with its options, and saves daily, then off", async () => {
    const page = await getMyEmailPage(await setup.own.member("lead"));
    expect(page).toMatchObject({ frequency: "WEEKLY", membershipId: setup.own.membershipIds.lead });
    expect(page!.options.map((o) => o.value)).toEqual(["WEEKLY", "DAILY", "OFF"]);
    const lead = await setup.own.caller("lead");
    expect(await saveDigestFrequency(setup.own.id, lead, { membershipId: setup.own.membershipIds.lead, frequency: "DAILY" })).toBe("DAILY");
    expect(await frequency(setup, "lead")).toBe("DAILY");
    expect((await getMyEmailPage(await setup.own.member("lead")))!.sentence).toBe("You get an email each day listing what is waiting for you, when anything is.");
    await saveDigestFrequency(setup.own.id, lead, { membershipId: setup.own.membershipIds.lead, frequency: "OFF" });
    expect(await frequency(setup, "lead")).toBe("OFF");
  });

  it("audits each save, by the member, as the audit log reads it", async () => {
    const board = await setup.own.caller("board");
    const membershipId = setup.own.membershipIds.board;
    await saveDigestFrequency(setup.own.id, board, { membershipId, frequency: "DAILY" });
    await saveDigestFrequency(setup.own.id, board, { membershipId, frequency: "WEEKLY" });
    const rows = await db.auditEvent.findMany({ where: { partnershipId: setup.own.id, entityType: "EmailReminders", entityId: membershipId }, orderBy: { at: "asc" } });
    expect(rows.map((row) => [row.actorUserId, describeAuditRow(row, setup.own.slug).sentence])).toEqual([
      [setup.own.userIds.board, "Bea Board (Independent Chair) changed their email reminders from Weekly (on Mondays) to Daily."],
      [setup.own.userIds.board, "Bea Board (Independent Chair) changed their email reminders from Daily to Weekly (on Mondays)."],
    ]);
    expect(describeAuditRow(rows[0]!, setup.own.slug)).toMatchObject({ href: `/p/${setup.own.slug}/members/${membershipId}/digest`, typed: true });
  });

  it("a refused save writes no audit row", async () => {
    const admin = await setup.own.caller("admin");
    await expect(saveDigestFrequency(setup.own.id, admin, { membershipId: setup.own.membershipIds.viewer, frequency: "OFF" })).rejects.toBeInstanceOf(NotFoundError);
    expect(await db.auditEvent.count({ where: { partnershipId: setup.own.id, entityType: "EmailReminders", entityId: setup.own.membershipIds.viewer } })).toBe(0);
  });

  it("a form naming another member (or another partnership's) is not found, and changes nothing", async () => {
    const admin = await setup.own.caller("admin");
    await expect(saveDigestFrequency(setup.own.id, admin, { membershipId: setup.own.membershipIds.viewer, frequency: "OFF" })).rejects.toBeInstanceOf(NotFoundError);
    await expect(saveDigestFrequency(setup.own.id, admin, { membershipId: other.own.membershipIds.admin, frequency: "OFF" })).rejects.toBeInstanceOf(NotFoundError);
    expect(await frequency(setup, "viewer")).toBe("WEEKLY");
    expect(await frequency(other, "admin")).toBe("WEEKLY");
  });
});

describe("the programme office's preview of a member's next digest", () => {
  it("shows the board member's digest: subject, text and its sections", async () => {
    const page = await getDigestPreviewPage(await setup.own.member("admin"), setup.own.membershipIds.board, today());
    expect(page!.name).toBe("Bea Board");
    expect(page!.digest!.subject).toBe(`${setup.own.name}: 1 thing to do this week`);
    expect(page!.digest!.text).toContain("Decide the change request for DG1.1a Publish the local offer");
    expect(page!.digest!.sections.map((s) => s.heading)).toEqual(["Change requests awaiting your decision"]);
  });

  it("says when nothing is owed", async () => {
    const page = await getDigestPreviewPage(await setup.own.member("admin"), setup.own.membershipIds.viewer, today());
    expect(page).toMatchObject({ name: "Vic Viewer", digest: null });
  });

  it.each(["board", "lead", "contributor", "viewer", "advisor"] as const)("is not for a %s (404)", async (role) => {
    expect(await getDigestPreviewPage(await setup.own.member(role), setup.own.membershipIds.board, today())).toBeNull();
  });

  it("another partnership's member is not found", async () => {
    expect(await getDigestPreviewPage(await setup.own.member("admin"), other.own.membershipIds.board, today())).toBeNull();
  });
});
