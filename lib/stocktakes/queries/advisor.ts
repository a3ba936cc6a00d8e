import "server-only";
import { db } from "@/lib/db";

/**
 * What an advisor's home page shows of one partnership they are attached to:
 * its latest published pack and the one before (their snapshots, to compare),
 * the next review, the next steps still awaiting the partnership's response,
 * and the advisors' own unpublished findings. Published packs only: drafts
 * never reach an advisor.
 */
export async function getAdvisorOverview(partnershipId: string) {
  const [packs, open, drafts] = await Promise.all([
    db.stocktake.findMany({
      where: { partnershipId, state: "PUBLISHED" },
      orderBy: [{ periodEnd: "desc" }, { publishedAt: "desc" }],
      take: 2,
      select: { id: true, title: true, reviewDate: true, publishedAt: true, nextReviewDate: true, nextReviewMonthOnly: true, snapshot: true, previousId: true },
    }),
    db.advisorFinding.findMany({
      where: { partnershipId, kind: "NEXT_STEP", publishedAt: { not: null }, answeredInId: null },
      orderBy: [{ createdAt: "asc" }],
      select: { id: true, heading: true, section: { select: { key: true, priorityArea: { select: { code: true } }, stocktake: { select: { id: true, title: true } } } } },
    }),
    db.advisorFinding.count({ where: { partnershipId, byAdvisor: true, publishedAt: null } }),
  ]);
  return { packs, open, drafts };
}
