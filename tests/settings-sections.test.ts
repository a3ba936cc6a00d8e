// The settings page's sections (lib/settings), in partnerships of the file's
// own: each section saves through its own mutation with one typed audit row
// saying what changed; a bad value is refused by the section's server action
// with the message next to the field and nothing written; a stale form is a
// conflict for its section only; and another partnership's admin posting this
// partnership's forms gets "not found", with nothing changed and nothing of
// this partnership in the answer.
import { beforeAll, describe, expect, it, vi } from "vitest";
import type { ActionResult } from "@/lib/actions/result";
import { describeAuditRow } from "@/lib/audit/sentence";
import type { SessionUser } from "@/lib/auth/session";
import { ConflictError, NotFoundError } from "@/lib/errors";
import { DEFAULT_STATUS_LABELS } from "@/lib/plan/status";
import { resetStatusLabelsAction, updatePartnershipDetailsAction, updateReportingRhythmAction, updateStatusLabelsAction } from "@/lib/settings/actions";
import { updatePartnershipDetails, updateReportingRhythm, updateStatusLabels } from "@/lib/settings/mutations";
import { resetStatusLabelsSchema } from "@/lib/settings/schema";
import { db } from "./support/db";
import { everySetting } from "./support/settings";
import { ownPartnership, type OwnPartnership } from "./support/own-partnership";

// The session is the one thing faked: the test plays a signed-in user without a browser.
const signedIn: { user: SessionUser | null } = { user: null };
vi.mock("@/lib/auth/session", () => ({ getSession: async () => signedIn.user }));

let own: OwnPartnership;
let other: OwnPartnership;

beforeAll(async () => {
  [own, other] = await Promise.all([ownPartnership("settings-sections"), ownPartnership("settings-other")]);
});

/** Every setting and version of a partnership, and its audit rows: what "nothing changed" compares. */
const state = async (partnership: OwnPartnership = own) => ({
  row: await everySetting(partnership.id),
  audits: await db.auditEvent.count({ where: { partnershipId: partnership.id } }),
});

const newest = () => db.auditEvent.findFirstOrThrow({ where: { partnershipId: own.id }, orderBy: { at: "desc" } });
const admin = () => own.caller("admin");
const rhythm = { reportingCadenceDays: 28, staleGraceDays: 7, milestoneWarningDays: 21, highlightReportDueDay: 12 };
const rag = { ...DEFAULT_STATUS_LABELS, ON_TRACK: "Green", AT_RISK: "Amber", OFF_TRACK: "Red" };

async function signIn(partnership: OwnPartnership) {
  const user = await db.user.findUniqueOrThrow({ where: { id: partnership.userIds.admin }, select: { id: true, name: true, email: true, sessionVersion: true } });
  signedIn.user = { userId: user.id, name: user.name, email: user.email, sessionVersion: user.sessionVersion };
}

function form(fields: Record<string, string | number>): FormData {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) data.set(name, String(value));
  return data;
}

type Action = (previous: null, form: FormData) => Promise<ActionResult>;

describe("each section saves, with one audit row saying what changed", () => {
  it("the name and contact email", async () => {
    const before = await state();
    const saved = await updatePartnershipDetails(own.id, await admin(), {
      partnershipId: own.id,
      version: before.row.detailsVersion,
      name: `${own.name} (renamed)`,
      contactEmail: "send.office@example.gov.uk",
    });
    expect(saved).toEqual({ version: before.row.detailsVersion + 1, name: `${own.name} (renamed)`, contactEmail: "send.office@example.gov.uk" });
    const after = await state();
    expect(after.row).toEqual({ ...before.row, name: `${own.name} (renamed)`, contactEmail: "send.office@example.gov.uk", detailsVersion: before.row.detailsVersion + 1 });
    expect(after.audits).toBe(before.audits + 1);
    const row = await newest();
    expect(row).toMatchObject({ entityType: "Partnership", action: "update details", entityId: own.id, actorName: expect.stringContaining("Ada Office") });
    const read = describeAuditRow(row, own.slug);
    expect(read.typed).toBe(true);
    expect(read.sentence).toContain(`renamed the partnership from “${before.row.name}” to “${own.name} (renamed)”`);
    expect(read.sentence).toContain("contact email");
  });

  it("the status labels, stored as the partnership's own words only where they differ, and reset", async () => {
    const before = await state();
    await updateStatusLabels(own.id, await admin(), { partnershipId: own.id, version: before.row.statusLabelsVersion, ...rag });
    const renamed = await state();
    expect(renamed.row).toEqual({
      ...before.row,
      statusLabels: { ON_TRACK: "Green", AT_RISK: "Amber", OFF_TRACK: "Red" },
      statusLabelsVersion: before.row.statusLabelsVersion + 1,
    });
    expect(renamed.audits).toBe(before.audits + 1);
    const row = await newest();
    expect(row.action).toBe("update status labels");
    expect(describeAuditRow(row, own.slug)).toMatchObject({
      typed: true,
      sentence: expect.stringContaining("renamed the statuses “On track” to “Green”, “On track, some concerns” to “Amber” and “Off track” to “Red”"),
    });
    // One label more: the sentence names only that one.
    await updateStatusLabels(own.id, await admin(), { partnershipId: own.id, version: renamed.row.statusLabelsVersion, ...rag, AT_RISK: "On track some concerns" });
    expect(describeAuditRow(await newest(), own.slug).sentence).toMatch(/renamed the status “Amber” to “On track some concerns”\.$/);

    // "Reset to the standard labels": its form's schema, then the labels' mutation, as its action runs them.
    const version = (await state()).row.statusLabelsVersion;
    await updateStatusLabels(own.id, await admin(), resetStatusLabelsSchema.parse({ partnershipId: own.id, version: String(version), ON_TRACK: "Ignored" }));
    const standard = await state();
    expect(standard.row.statusLabels).toEqual({});
    expect(standard.audits).toBe(before.audits + 3);
    expect(describeAuditRow(await newest(), own.slug).sentence).toContain("reset the status labels to the standard ones");
  });

  it("the reporting rhythm", async () => {
    const before = await state();
    await updateReportingRhythm(own.id, await admin(), { partnershipId: own.id, version: before.row.rhythmVersion, ...rhythm });
    const after = await state();
    expect(after.row).toEqual({ ...before.row, ...rhythm, rhythmVersion: before.row.rhythmVersion + 1 });
    expect(after.audits).toBe(before.audits + 1);
    const row = await newest();
    expect(row).toMatchObject({ action: "update reporting rhythm", before: { reportingCadenceDays: before.row.reportingCadenceDays }, after: rhythm });
    expect(describeAuditRow(row, own.slug).sentence).toContain(`changed the update cadence from ${before.row.reportingCadenceDays} to 28 days`);
  });
});

describe("a bad value is refused next to its field, and nothing changes", () => {
  it.each<[string, Action, (s: Awaited<ReturnType<typeof state>>["row"]) => Record<string, string | number>, string, RegExp]>([
    ["a blank name", updatePartnershipDetailsAction, (s) => ({ version: s.detailsVersion, name: " ", contactEmail: "a@b.gov.uk" }), "name", /Give the partnership’s name/],
    [
      "an email that is not one",
      updatePartnershipDetailsAction,
      (s) => ({ version: s.detailsVersion, name: "Fine", contactEmail: "office at council" }),
      "contactEmail",
      /Enter an email address/,
    ],
    ["an empty label", updateStatusLabelsAction, (s) => ({ version: s.statusLabelsVersion, ...rag, AT_RISK: "" }), "AT_RISK", /Give this status a label/],
    ["a label of 41 characters", updateStatusLabelsAction, (s) => ({ version: s.statusLabelsVersion, ...rag, OFF_TRACK: "R".repeat(41) }), "OFF_TRACK", /40 characters/],
    [
      "two labels alike",
      updateStatusLabelsAction,
      (s) => ({ version: s.statusLabelsVersion, ...rag, OFF_TRACK: "green" }),
      "OFF_TRACK",
      /“green” reads the same as the label of green \(G\)/,
    ],
    ["a cadence of 6 days", updateReportingRhythmAction, (s) => ({ version: s.rhythmVersion, ...rhythm, reportingCadenceDays: 6 }), "reportingCadenceDays", /from 7 to 92/],
    ["a grace of 1.5 days", updateReportingRhythmAction, (s) => ({ version: s.rhythmVersion, ...rhythm, staleGraceDays: "1.5" }), "staleGraceDays", /whole number/],
    [
      "a warning window of 121 days",
      updateReportingRhythmAction,
      (s) => ({ version: s.rhythmVersion, ...rhythm, milestoneWarningDays: 121 }),
      "milestoneWarningDays",
      /from 7 to 120/,
    ],
    [
      "a due day of 29",
      updateReportingRhythmAction,
      (s) => ({ version: s.rhythmVersion, ...rhythm, highlightReportDueDay: 29 }),
      "highlightReportDueDay",
      /day of the month from 1 to 28/,
    ],
  ])("%s", async (_name, action, fields, field, message) => {
    await signIn(own);
    const before = await state();
    const result = await action(null, form({ slug: own.slug, partnershipId: own.id, ...fields(before.row) }));
    expect(result.ok).toBe(false);
    expect(result.ok ? [] : result.fieldErrors?.[field], JSON.stringify(result)).toEqual([expect.stringMatching(message)]);
    expect(await state()).toEqual(before);
  });
});

describe("a stale form", () => {
  it("is a conflict for its own section, and does not block another section", async () => {
    const opened = await state();
    // Someone else saves the rhythm after the page was opened…
    await updateReportingRhythm(own.id, await admin(), { partnershipId: own.id, version: opened.row.rhythmVersion, ...rhythm, milestoneWarningDays: 45 });
    const saved = await state();
    // …then this page's rhythm form is saved: refused, nothing written.
    const error = await updateReportingRhythm(own.id, await admin(), { partnershipId: own.id, version: opened.row.rhythmVersion, ...rhythm, staleGraceDays: 3 }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(ConflictError);
    expect((error as Error).message).toMatch(/^Someone else changed the reporting rhythm after you opened it, so your change was not saved\. Reload the page/);
    expect(await state()).toEqual(saved);
    // The labels and the details, opened with the same page, still save.
    await updateStatusLabels(own.id, await admin(), { partnershipId: own.id, version: opened.row.statusLabelsVersion, ...rag });
    await updatePartnershipDetails(own.id, await admin(), { partnershipId: own.id, version: opened.row.detailsVersion, name: opened.row.name, contactEmail: null });
    expect((await state()).audits).toBe(saved.audits + 2);
  });

  it.each([
    ["the partnership’s name and contact email", () => updatePartnershipDetails, (v: number) => ({ version: v, name: "Stale", contactEmail: null }), "detailsVersion" as const],
    ["the status labels", () => updateStatusLabels, (v: number) => ({ version: v, ...rag, NOT_DUE: "Stale" }), "statusLabelsVersion" as const],
  ])("of %s is a conflict, and nothing changes", async (what, mutation, input, column) => {
    const opened = await state();
    const current = opened.row[column];
    // A form from before the last save.
    const error = await (mutation() as (p: string, c: unknown, i: unknown) => Promise<unknown>)(own.id, await admin(), {
      partnershipId: own.id,
      ...input(current - 1 || 99),
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConflictError);
    expect((error as Error).message).toContain(`Someone else changed ${what} after you opened it`);
    expect(await state()).toEqual(opened);
  });
});

describe("another partnership's admin", () => {
  const posts: [string, Action, (s: Awaited<ReturnType<typeof state>>["row"]) => Record<string, string | number>][] = [
    ["the name and email", updatePartnershipDetailsAction, (s) => ({ version: s.detailsVersion, name: "Taken over", contactEmail: "x@y.gov.uk" })],
    ["the labels", updateStatusLabelsAction, (s) => ({ version: s.statusLabelsVersion, ...rag, ON_TRACK: "Taken" })],
    ["the reset", resetStatusLabelsAction, (s) => ({ version: s.statusLabelsVersion })],
    ["the rhythm", updateReportingRhythmAction, (s) => ({ version: s.rhythmVersion, ...rhythm })],
  ];

  it.each(posts)("posting %s with this partnership's id, in their own: not found, nothing changed, nothing of this partnership said", async (_what, action, fields) => {
    await signIn(other);
    const [mine, theirs] = await Promise.all([state(own), state(other)]);
    for (const slug of [other.slug, own.slug]) {
      const result = await action(null, form({ slug, partnershipId: own.id, ...fields(mine.row) }));
      expect(result.ok).toBe(false);
      const message = result.ok ? "" : `${result.formError} ${JSON.stringify(result.fieldErrors ?? {})}`;
      expect(message).toMatch(/no longer exists, or you do not have access/);
      for (const word of [own.slug, mine.row.name, own.id]) expect(message).not.toContain(word);
    }
    expect(await state(own)).toEqual(mine);
    expect(await state(other)).toEqual(theirs);
  });

  it("calling a mutation in their own partnership with this one's id: not found", async () => {
    const mine = await state(own);
    const error = await updateReportingRhythm(other.id, await other.caller("admin"), { partnershipId: own.id, version: mine.row.rhythmVersion, ...rhythm }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(NotFoundError);
    expect(await state(own)).toEqual(mine);
  });
});
