// A submitted highlight report on the largest tenant, for `npm run bench` to
// print: the first priority area's report for last month (30 actions with
// five years of monthly history, its KPIs), drawn and frozen as the app does.
import type { PrismaClient } from "../../lib/generated/prisma/client";
import type { Tx } from "../../lib/db";
import { drawReport, freezeReport } from "../../lib/reports/document";
import { owedPeriod, periodEnd } from "../../lib/reports/period";
import { getReportSource } from "../../lib/reports/queries";
import { reportPdfPath } from "../../lib/reports/paths";
import { LARGEST_SLUG } from "./tenants";

/** Seeds the report (once) and returns the path of its PDF. */
export async function seedBenchReport(prisma: PrismaClient, today: Date): Promise<string> {
  const area = await prisma.priorityArea.findFirstOrThrow({ where: { partnership: { slug: LARGEST_SLUG }, code: "PIA1" }, select: { id: true, code: true, partnershipId: true } });
  const period = owedPeriod(today);
  const path = reportPdfPath(LARGEST_SLUG, area.code, period, 1);
  if (await prisma.highlightReport.findFirst({ where: { partnershipId: area.partnershipId, priorityAreaId: area.id, period }, select: { id: true } })) return path;
  const loaded = await getReportSource(area.partnershipId, area.id, prisma as unknown as Tx);
  if (!loaded) throw new Error("The largest tenant has no PIA1");
  const words = "The benchmark's lead reports on the month in a paragraph of ordinary length, as a lead would. ".repeat(6).trim();
  const written = {
    overallStatus: "AT_RISK" as const,
    statusReason: words,
    summary: words,
    achievements: words,
    nextPeriod: words,
    risksAndIssues: words,
    decisionsNeeded: words,
    impactOnFamilies: words,
  };
  const sixDaysOn = periodEnd(period).getTime() + 6 * 86_400_000;
  const submittedAt = new Date(Math.min(sixDaysOn, today.getTime()));
  const snapshot = freezeReport(drawReport(loaded, period, submittedAt, written, null), { number: 1, submittedAt: submittedAt.toISOString(), submittedBy: "Benchmark lead" });
  await prisma.highlightReport.create({
    data: {
      partnershipId: area.partnershipId,
      priorityAreaId: area.id,
      period,
      state: "SUBMITTED",
      overallStatus: written.overallStatus,
      commentary: words,
      impactOnFamilies: words,
      submissions: { create: { number: 1, snapshot, submittedAt, submittedByName: "Benchmark lead" } },
    },
  });
  return path;
}
