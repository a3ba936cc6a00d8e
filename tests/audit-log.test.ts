// The audit log (lib/audit-log/), read as the page and its download read it,
// in a partnership of the file's own: rows written by the app's mutations (a
// small plan, a lead's status update, the settings) and, for paging, 130 rows
// of an earlier year written as the app writes them, three to an instant.
// Only the programme office reads it; another partnership's admin sees none
// of it, whatever the URL says.
import ExcelJS from "exceljs";
import Papa from "papaparse";
import { beforeAll, describe, expect, it } from "vitest";
import { auditLogRegister } from "@/lib/audit-log/export";
import { AUDIT_PAGE_SIZE, getAuditLogPage, type AuditLogPage } from "@/lib/audit-log/view";
import type { MemberContext } from "@/lib/auth/guards";
import { parseIsoDate } from "@/lib/dates/format";
import { toCsv, toXlsx } from "@/lib/exports/register";
import { updateActionStatus } from "@/lib/plan/mutations";
import { actionPath } from "@/lib/plan/paths";
import { updatePartnershipSettings } from "@/lib/settings/mutations";
import { db } from "./support/db";
import { kpiPlan, type KpiPlan } from "./support/kpi-plan";
import { OWN_ROLES, ownPartnership, type OwnPartnership } from "./support/own-partnership";

const today = parseIsoDate("2026-11-20");
/** 130 rows from 1 March 2024 (UK time is GMT then), one instant per three rows, a day apart. */
const OLD_ROWS = 130;
const oldAt = (n: number) => new Date(Date.UTC(2024, 2, 1 + Math.floor(n / 3), 10, 0, 0));

let plan: KpiPlan;
let own: OwnPartnership;
let other: OwnPartnership;
let admin: MemberContext;
/** Every row of the partnership, newest first as the log orders them. */
let all: { id: string; at: Date }[];
const goneActionId = "cgoneaction000000000000000";

const open = (member: MemberContext, query: Record<string, string> = {}) => getAuditLogPage(member, query) as Promise<AuditLogPage>;
/** The query of one of the page's own links. */
const queryOf = (href: string) => Object.fromEntries(new URL(href, "http://localhost").searchParams);

beforeAll(async () => {
  plan = await kpiPlan("audit-log");
  own = plan.own;
  other = await ownPartnership("audit-log-other");
  const rows = Array.from({ length: OLD_ROWS }, (_, n) => ({
    partnershipId: own.id,
    actorUserId: own.userIds.contributor,
    actorName: "Cal Contributor (Team Manager)",
    at: oldAt(n),
    entityType: "Partnership",
    entityId: own.id,
    action: "update settings",
    before: { advisorDashboardAccess: n % 2 === 0 },
    after: { advisorDashboardAccess: n % 2 !== 0 },
  }));
  // Written as the app writes (INSERT, in shapes the vocabulary reads: tests/audit-vocabulary.test.ts reads every row).
  await db.auditEvent.createMany({ data: rows });
  // A status update of an action that no longer exists (its id was never a row's): the log names it without a link.
  await db.auditEvent.create({
    data: {
      partnershipId: own.id,
      actorUserId: own.userIds.lead,
      actorName: "Lee Lead (Head of SEND)",
      at: new Date(Date.UTC(2025, 5, 1, 8, 30)),
      entityType: "Action",
      entityId: goneActionId,
      action: "status.update",
      before: { status: "ON_TRACK", commentary: "Going well.", version: 1 },
      after: { code: "9.9z", status: "OFF_TRACK", commentary: "Stopped.", version: 2, evidence: null },
    },
  });
  const action = await db.action.findFirstOrThrow({ where: { id: plan.actions["1.1a"], partnershipId: own.id }, select: { version: true } });
  await updateActionStatus(own.id, plan.callers.lead, { actionId: plan.actions["1.1a"], version: action.version, status: "AT_RISK", commentary: "Recruitment is behind." });
  for (const on of [true, false]) {
    const { version } = await db.partnership.findFirstOrThrow({ where: { id: own.id }, select: { version: true } });
    await updatePartnershipSettings(own.id, plan.callers.admin, { partnershipId: own.id, version, advisorDashboardAccess: on });
  }
  // The other partnership has a row of its own, by its own admin.
  const { version } = await db.partnership.findFirstOrThrow({ where: { id: other.id }, select: { version: true } });
  await updatePartnershipSettings(other.id, await other.caller("admin"), { partnershipId: other.id, version, advisorDashboardAccess: true });
  admin = await own.member("admin");
  all = await db.auditEvent.findMany({ where: { partnershipId: own.id }, orderBy: [{ at: "desc" }, { id: "desc" }], select: { id: true, at: true } });
});

describe("the programme office reads every row of its partnership", () => {
  it("newest first, a page at a time, each as a sentence", async () => {
    expect(all.length).toBe(OLD_ROWS + 1 + 6 + 1 + 2);
    const page = await open(admin);
    expect(page.rows.map((r) => r.id)).toEqual(all.slice(0, AUDIT_PAGE_SIZE).map((r) => r.id));
    expect(page.rows[0]!.sentence).toBe("Ada Office (Programme Manager) changed the partnership’s settings: limited advisors to published packs and minutes.");
    expect(page.rows[0]!.changes).toEqual([{ field: "Live access for advisors", before: "yes", after: "no" }]);
    expect(page.newerHref).toBeNull();
    expect(page.olderHref).not.toBeNull();
    expect(page.downloads).toEqual({ register: "audit-log", slug: own.slug, query: "", label: "the audit log" });
  });

  it("says what a status update changed, in the partnership's words, and links the action", async () => {
    const page = await open(admin, { person: own.userIds.lead, kind: "Action" });
    const update = page.rows.find((r) => r.href === actionPath(own.slug, plan.actions["1.1a"]))!;
    expect(update.sentence).toBe("Lee Lead (Head of SEND) updated action 1.1a’s status from Not started / not due yet to On track, some concerns.");
    expect(update.changes).toEqual([
      { field: "Status", before: admin.labels.NOT_DUE, after: admin.labels.AT_RISK },
      { field: "Commentary", before: "none", after: "Recruitment is behind." },
    ]);
    // Words, never stored JSON: no braces, brackets or quotes of JSON in anything shown.
    const shown = page.rows.flatMap((r) => [r.sentence, ...r.changes.flatMap((c) => [c.before ?? "", c.after ?? ""])]);
    expect(shown.filter((text) => /[{}[\]"]/.test(text))).toEqual([]);
  });

  it("names an item that no longer exists without a link", async () => {
    const page = await open(admin, { person: own.userIds.lead, kind: "Action" });
    const gone = page.rows.find((r) => r.sentence.includes("9.9z"))!;
    expect(gone).toMatchObject({ href: null, gone: true, kind: "Action", action: "Status updated", when: "1 June 2025, 09:30" });
    expect(page.rows.filter((r) => r.href !== null).every((r) => !r.gone)).toBe(true);
  });

  it("pages to the oldest and back by their links, with no row twice and none missed, across rows of one instant", async () => {
    const seen: string[] = [];
    const pages: string[][] = [];
    let page = await open(admin);
    for (;;) {
      pages.push(page.rows.map((r) => r.id));
      seen.push(...page.rows.map((r) => r.id));
      if (!page.olderHref) break;
      expect(page.olderHref).not.toMatch(/offset|skip|page=/);
      page = await open(admin, queryOf(page.olderHref));
    }
    expect(seen).toEqual(all.map((r) => r.id));
    expect(pages.length).toBe(Math.ceil(all.length / AUDIT_PAGE_SIZE));
    // And back: each newer page is the one before it.
    for (let i = pages.length - 2; i >= 0; i--) {
      page = await open(admin, queryOf(page.newerHref!));
      expect(page.rows.map((r) => r.id)).toEqual(pages[i]);
    }
    expect(page.newerHref).toBeNull();
  });
});

describe("filters", () => {
  const ids = (page: AuditLogPage) => page.rows.map((r) => r.id);
  const rowsWhere = (where: object) =>
    db.auditEvent
      .findMany({ where: { partnershipId: own.id, ...where }, orderBy: [{ at: "desc" }, { id: "desc" }], take: AUDIT_PAGE_SIZE, select: { id: true } })
      .then((rows) => rows.map((r) => r.id));

  it("narrow by person, kind of item, action and dates, each and together", async () => {
    expect(ids(await open(admin, { person: own.userIds.lead }))).toEqual(await rowsWhere({ actorUserId: own.userIds.lead }));
    expect((await open(admin, { person: own.userIds.lead })).rows).toHaveLength(2);
    expect(ids(await open(admin, { kind: "Action" }))).toEqual(await rowsWhere({ entityType: "Action" }));
    expect((await open(admin, { kind: "Action" })).rows).toHaveLength(4);
    expect(ids(await open(admin, { action: "update settings" }))).toEqual(await rowsWhere({ action: "update settings" }));
    // 3 to 5 March 2024, whole days: rows 6 to 14.
    const march = await open(admin, { from: "2024-03-03", to: "2024-03-05" });
    expect(march.rows).toHaveLength(9);
    expect(march.rows.every((r) => /^[345] March 2024/.test(r.when))).toBe(true);
    const together = await open(admin, { person: own.userIds.admin, kind: "Partnership", action: "update settings", from: "2026-01-01" });
    expect(together.rows).toHaveLength(2);
    expect(together.filtersInWords).toEqual(["Person: Ada Office (Programme Manager)", "Kind of item: Partnership", "Action: Settings changed", "From 1 January 2026"]);
    expect(await open(admin, { person: "system" })).toMatchObject({ valid: false });
  });

  it("keep themselves in the page's links and its downloads", async () => {
    const page = await open(admin, { person: own.userIds.contributor });
    expect(page.rows).toHaveLength(AUDIT_PAGE_SIZE);
    expect(queryOf(page.olderHref!)).toMatchObject({ person: own.userIds.contributor });
    const older = await open(admin, queryOf(page.olderHref!));
    expect(older.rows.every((r) => r.actorName.startsWith("Cal Contributor"))).toBe(true);
    expect(page.downloads).toMatchObject({ query: `person=${own.userIds.contributor}`, label: "these entries" });
  });

  it.each([
    [{ from: "2024-02-30" }, "from", "Enter a real date for “From”, for example 1 April 2026."],
    [{ from: "2024-03-05", to: "2024-03-01" }, "to", "“To” must be on or after “From”."],
    [{ to: "1899-01-01" }, "to", "Enter a date between 2000 and 2100."],
    [{ kind: "Spaceship" }, "kind", "Choose a kind of item from the list."],
    [{ action: "explode" }, "action", "Choose an action from the list."],
    [{ kind: "Partnership", action: "status.update" }, "action", "No partnership is ever “status updated”: choose another action, or any."],
    [{ person: "not a person" }, "person", "Choose a person from the list."],
    [{ person: "cnobodyhere00000000000000" }, "person", "Choose a person from the list."],
  ])("refuse %j with a message next to the field, and list nothing", async (query, field, message) => {
    const page = await open(admin, query as Record<string, string>);
    expect(page.errors).toEqual({ [field]: [message] });
    expect(page).toMatchObject({ valid: false, rows: [], downloads: null, olderHref: null });
    expect(page.input).toMatchObject(query);
  });
});

describe("who reads it", () => {
  it.each(OWN_ROLES.filter((role) => role !== "admin"))("%s is refused the page and the download (a 404)", async (role) => {
    const member = await own.member(role);
    expect(await getAuditLogPage(member, {})).toBeNull();
    expect(await auditLogRegister(member, new URLSearchParams(), today)).toBeNull();
  });

  it("another partnership's admin sees none of this one's rows, by cursor, person or filter", async () => {
    const stranger = await other.member("admin");
    const ownIds = new Set(all.map((r) => r.id));
    const crafted = all[60]!;
    for (const query of <Record<string, string>[]>[
      {},
      { older: `${crafted.at.getTime()}_${crafted.id}` },
      { newer: `${all.at(-1)!.at.getTime()}_${all.at(-1)!.id}` },
      { kind: "Partnership" },
    ]) {
      const page = await open(stranger, query);
      expect(page.rows.length, JSON.stringify(query)).toBeLessThanOrEqual(1);
      expect(page.rows.filter((r) => ownIds.has(r.id))).toEqual([]);
      expect(JSON.stringify(page)).not.toContain(own.slug);
    }
    expect((await open(stranger)).rows.map((r) => r.actorName)).toEqual(["Ada Office (Programme Manager)"]);
    const byPerson = await open(stranger, { person: own.userIds.lead });
    expect(byPerson).toMatchObject({ valid: false, rows: [], errors: { person: ["Choose a person from the list."] } });
    expect(byPerson.options.people.map((p) => p.value)).toEqual([other.userIds.admin]);
    const download = await auditLogRegister(stranger, new URLSearchParams({ person: own.userIds.lead }), today);
    expect(download!.rows).toEqual([]);
    expect(toCsv(download!)).not.toContain("Lee Lead");
  });
});

describe("the download", () => {
  it("holds the page's rows for the same filters, as CSV and XLSX", async () => {
    const query = { kind: "Action" };
    const page = await open(admin, query);
    const register = (await auditLogRegister(admin, new URLSearchParams(query), today))!;
    expect(register.rows.map((r) => r.id)).toEqual(page.rows.map((r) => r.id));
    expect(register.filters).toEqual(["Kind of item: Action"]);
    const lines = Papa.parse<string[]>(toCsv(register).replace(/^\uFEFF/, "")).data;
    const header = lines.findIndex((line) => line[0] === "When (ISO 8601, UTC)");
    expect(lines[header]).toEqual(["When (ISO 8601, UTC)", "When (UK time)", "Who", "What happened", "Kind of item", "Action", "Item", "Before", "After"]);
    const body = lines.slice(header + 1).filter((line) => line.length > 1);
    expect(body.map((line) => line[3]!.split("\n")[0])).toEqual(page.rows.map((r) => r.sentence));
    expect(body.map((line) => line[1])).toEqual(page.rows.map((r) => r.when));
    const gone = body.find((line) => line[3]!.includes("9.9z"))!;
    expect(gone).toEqual([
      "2025-06-01T08:30:00.000Z",
      "1 June 2025, 09:30",
      "Lee Lead (Head of SEND)",
      "Lee Lead (Head of SEND) updated action 9.9z’s status from On track to Off track.",
      "Action",
      "Status updated",
      "No longer exists",
      `Status: ${admin.labels.ON_TRACK}\nCommentary: Going well.`,
      `Status: ${admin.labels.OFF_TRACK}\nCommentary: Stopped.`,
    ]);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await toXlsx(register)) as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0]!;
    const sentences: string[] = [];
    sheet.eachRow((row) => {
      const cell = row.getCell(4).value;
      if (typeof cell === "string" && cell !== "What happened") sentences.push(cell.split("\n")[0]!);
    });
    expect(sentences).toEqual(page.rows.map((r) => r.sentence));
  });

  it("refuses bad filters as the page does, drawing nothing", async () => {
    const register = (await auditLogRegister(admin, new URLSearchParams({ from: "2024-13-01" }), today))!;
    expect(register.rows).toEqual([]);
    expect(register.filters).toEqual(["none drawn: Enter a real date for “From”, for example 1 April 2026."]);
  });
});
