// The highlight reports download (lib/reports/export.ts), drawn from the
// demo's Derbyshire reports as its programme office reads them; read-only.
// One row per area and month that has gone to the board, with its latest
// submission as the board read it; drafts never.
import Papa from "papaparse";
import { beforeAll, describe, expect, it } from "vitest";
import { memberContext, type MemberContext } from "@/lib/auth/guards";
import { getMembershipBySlug } from "@/lib/auth/queries";
import { parseIsoDate } from "@/lib/dates/format";
import { toCsv } from "@/lib/exports/register";
import { highlightReportRegister } from "@/lib/reports/export";
import { db } from "./support/db";

const today = parseIsoDate("2026-11-20");
let admin: MemberContext;

beforeAll(async () => {
  const user = await db.user.findUniqueOrThrow({ where: { email: "admin@derbyshire.demo" }, select: { id: true, name: true, email: true, sessionVersion: true } });
  const row = await getMembershipBySlug(user.id, "derbyshire");
  admin = memberContext({ userId: user.id, name: user.name, email: user.email, sessionVersion: user.sessionVersion }, row!);
});

describe("the highlight reports download", () => {
  it("has one row per area and month sent to the board, its latest version, and no draft", async () => {
    const register = (await highlightReportRegister(admin, new URLSearchParams(), today))!;
    const sent = await db.highlightReport.findMany({
      where: { partnershipId: admin.partnershipId, submissions: { some: {} }, priorityArea: { archivedAt: null } },
      select: { id: true, _count: { select: { submissions: true } } },
    });
    expect(register.rows).toHaveLength(sent.length);
    expect(sent.length).toBeGreaterThan(0);
    const keys = register.rows.map((r) => `${r.report.priorityArea.code} ${r.report.period.toISOString()}`);
    expect(new Set(keys).size).toBe(keys.length);
    for (const row of register.rows) {
      const count = await db.highlightReportSubmission.count({
        where: { partnershipId: admin.partnershipId, report: { priorityArea: { code: row.report.priorityArea.code }, period: row.report.period } },
      });
      expect(row.submission.number).toBe(count);
    }
    const drafts = await db.highlightReport.count({ where: { partnershipId: admin.partnershipId, submissions: { none: {} } } });
    expect(register.rows.length + drafts).toBe(await db.highlightReport.count({ where: { partnershipId: admin.partnershipId, priorityArea: { archivedAt: null } } }));
    const csv = Papa.parse<string[]>(toCsv(register).replace(/^\uFEFF/, ""), { delimiter: "," }).data;
    const header = csv.findIndex((line) => line[0] === "Priority area");
    expect(csv[header]!.slice(0, 8)).toEqual(["Priority area", "Area title", "Month", "State", "Version", "Submitted by", "Submitted on", "Overall status"]);
    expect(csv.length - header - 2).toBe(register.rows.length);
  });
});
