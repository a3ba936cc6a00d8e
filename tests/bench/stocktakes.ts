// A published stocktake pack on the largest tenant, for `npm run bench` to
// print (DESIGN §8: the largest tenant's pack PDF, warm, under 3 s): the six
// months to today, started as the app starts a draft (prefilled from the
// period's highlight reports and data), written, then drawn and frozen as
// publishing does.
import type { PrismaClient } from "../../lib/generated/prisma/client";
import type { Tx } from "../../lib/db";
import { drawPack, freezePack } from "../../lib/stocktakes/compute/pack";
import { nextPeriod } from "../../lib/stocktakes/compute/lifecycle";
import { prefillSections } from "../../lib/stocktakes/compute/prefill";
import { listEvidenceCandidates, listPeriodReports } from "../../lib/stocktakes/sections/queries";
import { getStocktakeRow } from "../../lib/stocktakes/sections/queries";
import { getStocktakeSource } from "../../lib/stocktakes/pack-source/queries";
import { stocktakePdfPath } from "../../lib/stocktakes/paths";
import { LARGEST_SLUG } from "./tenants";

const TITLE = "Benchmark stocktake";

/** Seeds the pack (once) and returns the path of its PDF. */
export async function seedBenchStocktake(prisma: PrismaClient, today: Date): Promise<string> {
  const tx = prisma as unknown as Tx;
  const { id: partnershipId } = await prisma.partnership.findFirstOrThrow({ where: { slug: LARGEST_SLUG }, select: { id: true } });
  const pathOf = (id: string) => stocktakePdfPath(LARGEST_SLUG, id);
  const existing = await prisma.stocktake.findFirst({ where: { partnershipId, title: TITLE }, select: { id: true } });
  if (existing) return pathOf(existing.id);

  const period = nextPeriod(null, null, today);
  const stocktake = await prisma.stocktake.create({
    data: { partnershipId, title: TITLE, periodStart: period.start, periodEnd: today, reviewDate: today, summary: null },
    select: { id: true },
  });
  const source = await getStocktakeSource(partnershipId, period.start, tx);
  if (!source) throw new Error("The largest tenant has no plan to draw a stocktake from");
  const row = {
    id: stocktake.id,
    title: TITLE,
    periodStart: period.start,
    periodEnd: today,
    reviewDate: today,
    summary: null,
    provenance: null,
    previous: null,
    sections: [],
    steps: [],
  };
  const empty = drawPack(source, row, today);
  const [reports, candidates] = await Promise.all([listPeriodReports(partnershipId, period.start, today, tx), listEvidenceCandidates(partnershipId, period.start, today, tx)]);
  const words = "The benchmark's programme office writes a paragraph of ordinary length for each section, as a partnership would. ".repeat(5).trim();
  for (const [position, section] of prefillSections(empty, source.areas, reports, candidates, { start: period.start, end: today }, source.labels).entries()) {
    await prisma.stocktakeSection.create({
      data: {
        partnershipId,
        stocktakeId: stocktake.id,
        key: section.key,
        kind: section.kind,
        priorityAreaId: section.priorityAreaId,
        status: section.kind === "AREA" ? (section.status ?? "ON_TRACK") : null,
        progress: words,
        keyFindings: section.keyFindings ?? words,
        nextSteps: words,
        position,
        updatedByName: "Benchmark programme office",
        evidence: { create: section.evidenceIds.map((evidenceId) => ({ evidenceId })) },
      },
    });
  }
  await prisma.stocktake.updateMany({ where: { id: stocktake.id, partnershipId }, data: { summary: words } });
  const written = (await getStocktakeRow(partnershipId, stocktake.id, tx))!;
  const snapshot = freezePack(drawPack(source, written, today), { publishedAt: today.toISOString(), publishedBy: "Benchmark programme office" });
  await prisma.stocktake.updateMany({
    where: { id: stocktake.id, partnershipId },
    data: { state: "PUBLISHED", snapshot, publishedAt: today, publishedByName: "Benchmark programme office", version: 2 },
  });
  return pathOf(stocktake.id);
}
