// The partnership's settings (lib/settings/mutations.ts), in a partnership of
// the file's own: only the programme office changes them (every section), a
// save from a stale form is a conflict, and the advisors' live access follows the switch from
// their next request (the member read from the database as requireMembership
// reads it, handed to the plan's and the KPIs' page loaders).
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "./support/db";
import { everySetting, type EverySetting } from "./support/settings";
import { OWN_ROLES, ownPartnership, type OwnPartnership, type OwnRole } from "./support/own-partnership";
import { getDashboardAccess } from "@/lib/auth/queries";
import { ConflictError, ForbiddenError, NotFoundError } from "@/lib/errors";
import { getKpiListPage } from "@/lib/kpis/view";
import { getPlanPage } from "@/lib/plan/view";
import { DEFAULT_STATUS_LABELS } from "@/lib/plan/status";
import { updatePartnershipDetails, updatePartnershipSettings, updateReportingRhythm, updateStatusLabels } from "@/lib/settings/mutations";
import { getSettingsPage } from "@/lib/settings/view";
import { parseIsoDate } from "@/lib/dates/format";

let own: OwnPartnership;
const today = parseIsoDate("2026-11-20");

beforeAll(async () => {
  own = await ownPartnership("settings");
});

const settingsRow = () => db.partnership.findFirstOrThrow({ where: { id: own.id }, select: { advisorDashboardAccess: true, version: true } });
const settingsNow = () => everySetting(own.id);
type Row = EverySetting;

/** Each section's save, from a form opened now, changing something. */
const SECTIONS: [string, (role: OwnRole, row: Row) => Promise<unknown>][] = [
  [
    "the advisors’ live access",
    async (role, row) =>
      updatePartnershipSettings(own.id, await own.caller(role), { partnershipId: own.id, version: row.version, advisorDashboardAccess: !row.advisorDashboardAccess }),
  ],
  [
    "the name and contact email",
    async (role, row) =>
      updatePartnershipDetails(own.id, await own.caller(role), { partnershipId: own.id, version: row.detailsVersion, name: `${row.name}!`, contactEmail: "taken@example.gov.uk" }),
  ],
  [
    "the status labels",
    async (role, row) =>
      updateStatusLabels(own.id, await own.caller(role), { partnershipId: own.id, version: row.statusLabelsVersion, ...DEFAULT_STATUS_LABELS, ON_TRACK: `Green ${role}` }),
  ],
  [
    "the reporting rhythm",
    async (role, row) =>
      updateReportingRhythm(own.id, await own.caller(role), {
        partnershipId: own.id,
        version: row.rhythmVersion,
        reportingCadenceDays: row.reportingCadenceDays === 7 ? 8 : 7,
        staleGraceDays: 0,
        milestoneWarningDays: 7,
        highlightReportDueDay: 1,
      }),
  ],
];
const audits = () => db.auditEvent.count({ where: { partnershipId: own.id } });

/** The admin sets the switch from a form opened now (the current version). */
async function setAccess(on: boolean) {
  const { version } = await settingsRow();
  return updatePartnershipSettings(own.id, await own.caller("admin"), { partnershipId: own.id, version, advisorDashboardAccess: on });
}

describe("who may change the settings", () => {
  it.each(OWN_ROLES.filter((role) => role !== "admin"))("%s is refused, and nothing changes", async (role) => {
    const before = await settingsRow();
    const auditsBefore = await audits();
    const error = await updatePartnershipSettings(own.id, await own.caller(role), {
      partnershipId: own.id,
      version: before.version,
      advisorDashboardAccess: !before.advisorDashboardAccess,
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ForbiddenError);
    expect((error as Error).message).toBe("Only the programme office changes the partnership’s settings.");
    expect(await settingsRow()).toEqual(before);
    expect(await audits()).toBe(auditsBefore);
    // Nor do they get the settings page (a 404).
    expect(await getSettingsPage(await own.member(role))).toBeNull();
  });

  it.each(OWN_ROLES.flatMap((role) => SECTIONS.map(([what, save]) => [role, what, save] as const)))("%s saving %s: only the programme office may", async (role, _what, save) => {
    const before = await settingsNow();
    const auditsBefore = await audits();
    const outcome = await save(role, before).then(
      () => "saved",
      (e: unknown) => e,
    );
    if (role === "admin") {
      expect(outcome).toBe("saved");
      expect(await audits()).toBe(auditsBefore + 1);
      return;
    }
    expect(outcome).toBeInstanceOf(ForbiddenError);
    expect((outcome as Error).message).toBe("Only the programme office changes the partnership’s settings.");
    expect(await settingsNow()).toEqual(before);
    expect(await audits()).toBe(auditsBefore);
  });

  it("the programme office changes them, with one audit row saying what changed", async () => {
    const before = await settingsRow();
    const auditsBefore = await audits();
    expect(await getSettingsPage(await own.member("admin"))).toMatchObject({ id: own.id, advisors: { version: before.version, names: ["Avi Advisor (DfE SEND Adviser)"] } });
    await expect(setAccess(!before.advisorDashboardAccess)).resolves.toEqual({ version: before.version + 1, advisorDashboardAccess: !before.advisorDashboardAccess });
    expect(await settingsRow()).toEqual({ advisorDashboardAccess: !before.advisorDashboardAccess, version: before.version + 1 });
    expect(await audits()).toBe(auditsBefore + 1);
    const audit = await db.auditEvent.findFirstOrThrow({ where: { partnershipId: own.id, entityType: "Partnership", action: "update settings" }, orderBy: { at: "desc" } });
    expect(audit).toMatchObject({
      entityId: own.id,
      actorName: expect.stringContaining("Ada Office"),
      before: { advisorDashboardAccess: before.advisorDashboardAccess },
      after: { advisorDashboardAccess: !before.advisorDashboardAccess },
    });
  });

  it("a form shown for another partnership changes nothing here", async () => {
    const before = await settingsRow();
    const other = await db.partnership.findFirstOrThrow({ where: { slug: "derby-city" }, select: { id: true } });
    await expect(
      updatePartnershipSettings(own.id, await own.caller("admin"), { partnershipId: other.id, version: before.version, advisorDashboardAccess: true }),
    ).rejects.toBeInstanceOf(NotFoundError);
    expect(await settingsRow()).toEqual(before);
  });
});

describe("a save from a stale form", () => {
  it("is a conflict, and changes nothing", async () => {
    const opened = await settingsRow();
    // Someone else saves after the form was opened…
    await setAccess(!opened.advisorDashboardAccess);
    const saved = await settingsRow();
    const auditsBefore = await audits();
    // …then the form opened earlier is saved.
    const error = await updatePartnershipSettings(own.id, await own.caller("admin"), {
      partnershipId: own.id,
      version: opened.version,
      advisorDashboardAccess: opened.advisorDashboardAccess,
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConflictError);
    expect((error as Error).message).toMatch(/^Someone else changed the advisors’ live access after you opened it/);
    expect(await settingsRow()).toEqual(saved);
    expect(await audits()).toBe(auditsBefore);
  });
});

describe("the advisors' live access", () => {
  /** What the advisor's next request sees: the member as the database says now, through the page loaders. */
  async function advisorSees() {
    const member = await own.member("advisor");
    const [plan, kpis, access] = await Promise.all([getPlanPage(member, {}, today), getKpiListPage(member, {}, today), getDashboardAccess(own.userIds.advisor, own.slug)]);
    return { plan: plan.shared, kpis: kpis !== null, dashboard: access?.advisorDashboardAccess };
  }

  it("follows the switch from the advisor's next request, off and on again", async () => {
    await setAccess(false);
    expect(await advisorSees()).toEqual({ plan: false, kpis: false, dashboard: false });
    await setAccess(true);
    expect(await advisorSees()).toEqual({ plan: true, kpis: true, dashboard: true });
    await setAccess(false);
    expect(await advisorSees()).toEqual({ plan: false, kpis: false, dashboard: false });
    // The rest of the partnership reads the live plan whatever the switch says.
    expect((await getPlanPage(await own.member("viewer"), {}, today)).shared).toBe(true);
  });
});
