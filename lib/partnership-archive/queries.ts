import "server-only";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";

/**
 * Every published document of the partnership that has a PDF, without its
 * snapshot (each is read when its turn comes in the download): every
 * submitted version of every highlight report, every published board pack
 * and every published stocktake, oldest first.
 */
export async function listArchiveDocuments(partnershipId: string) {
  const [submissions, boardPacks, stocktakes] = await Promise.all([
    db.highlightReportSubmission.findMany({
      where: { partnershipId, report: { partnershipId } },
      orderBy: [{ report: { period: "asc" } }, { report: { priorityArea: { position: "asc" } } }, { report: { priorityArea: { code: "asc" } } }, { number: "asc" }],
      select: { id: true, reportId: true, number: true, submittedAt: true, report: { select: { period: true, priorityArea: { select: { code: true } } } } },
    }),
    db.boardPack.findMany({
      where: { partnershipId, state: "PUBLISHED" },
      orderBy: [{ meeting: { date: "asc" } }, { id: "asc" }],
      select: { id: true, publishedAt: true, meeting: { select: { date: true, board: { select: { name: true } } } } },
    }),
    // Only those with their frozen pack (what the PDF prints from): a stocktake marked
    // published without one (a test's set-up write) has nothing to print.
    db.stocktake.findMany({
      where: { partnershipId, state: "PUBLISHED", NOT: { snapshot: { equals: Prisma.DbNull } } },
      orderBy: [{ periodEnd: "asc" }, { publishedAt: "asc" }],
      select: { id: true, title: true, periodEnd: true, publishedAt: true },
    }),
  ]);
  return { submissions, boardPacks, stocktakes };
}
export type ArchiveDocuments = Awaited<ReturnType<typeof listArchiveDocuments>>;
