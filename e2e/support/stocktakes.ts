// Set-up writes for the stocktake specs: a spec about starting, publishing
// and reading a pack writes one section (and one response) through the page
// and has the rest written here, as tests/support/stocktakes.ts does for the
// integration tests, instead of clicking through every section.
import { expect } from "@playwright/test";
import { withDatabase } from "./database";

const BY = "Written by the end-to-end set-up";

const blank = (text: string | null) => !text || text.trim() === "";

/**
 * Writes what the draft at `draftUrl` still needs before it can be published,
 * as lib/stocktakes/compute/lifecycle.ts's publishProblems counts it: a status
 * for each area without one, words for each section without any, and a
 * response to each of the last stocktake's next steps still unanswered. What
 * is written already (prefilled, or through the page) is left as it is. The
 * stocktake's own details (review meeting, summary) are left to the page.
 * Returns how many sections and responses it wrote.
 */
export async function writeTheRest(draftUrl: string): Promise<{ sections: number; responses: number }> {
  const stocktakeId = new URL(draftUrl, "http://localhost").pathname.split("/").at(-1)!;
  return withDatabase(async (db) => {
    const stocktake = await db.stocktake.findUniqueOrThrow({ where: { id: stocktakeId }, select: { partnershipId: true, previousId: true, state: true } });
    expect(stocktake.state, `${draftUrl} is a draft`).toBe("DRAFT");
    const { partnershipId, previousId } = stocktake;
    let sections = 0;
    for (const section of await db.stocktakeSection.findMany({ where: { partnershipId, stocktakeId }, select: { id: true, kind: true, status: true, progress: true } })) {
      const status = section.kind === "AREA" && !section.status ? "ON_TRACK" : undefined;
      const progress = blank(section.progress) ? `${BY}: what was done in the period and the difference it made.` : undefined;
      if (!status && !progress) continue;
      await db.stocktakeSection.update({ where: { id: section.id }, data: { status, progress, updatedByName: BY, version: { increment: 1 } } });
      sections++;
    }
    const steps = previousId
      ? await db.advisorFinding.findMany({
          where: { partnershipId, kind: "NEXT_STEP", publishedAt: { not: null }, section: { stocktakeId: previousId }, responses: { none: { stocktakeId } } },
          select: { id: true },
        })
      : [];
    await db.stocktakeResponse.createMany({
      data: steps.map((step) => ({
        partnershipId,
        stocktakeId,
        findingId: step.id,
        response: `${BY}: done, with the evidence linked.`,
        status: "ON_TRACK" as const,
        authorName: BY,
      })),
    });
    return { sections, responses: steps.length };
  });
}
