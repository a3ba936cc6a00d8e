// Stocktakes made for tests: a draft started as the programme office starts
// one, written through (every section and every response filled directly,
// a set-up write), published as the app publishes, with a published next
// step recorded against it for the next stocktake to answer.
import type { Caller } from "@/lib/auth/caller";
import type { Prisma } from "@/lib/generated/prisma/client";
import { publishStocktake } from "@/lib/stocktakes/mutations/publish";
import { createStocktake, deleteStocktake } from "@/lib/stocktakes/mutations/stocktakes";
import { db } from "./db";

const DAY = 86_400_000;

/**
 * A partnership of the test's own that no advisor is attached to, with one
 * published stocktake frozen as `snapshot` (a real pack's, so its own members
 * can read it and a refusal to anyone else means something). Found again, not created twice, on a second pass over
 * the same database (CI runs the integration files twice on one database).
 */
export async function unattachedPack(slug: string, snapshot: Prisma.InputJsonValue) {
  const partnership = await db.partnership.upsert({
    where: { slug },
    update: {},
    create: { slug, name: `${slug} Local Area SEND Partnership`, localAuthority: `${slug} Council`, icb: `NHS ${slug} ICB` },
    select: { id: true },
  });
  const found = await db.stocktake.findFirst({ where: { partnershipId: partnership.id }, select: { id: true } });
  const stocktake =
    found ??
    (await db.stocktake.create({
      data: {
        partnershipId: partnership.id,
        title: `${slug}'s stocktake`,
        periodStart: new Date(Date.UTC(2026, 0, 1)),
        periodEnd: new Date(Date.UTC(2026, 5, 30)),
        state: "PUBLISHED",
        snapshot,
      },
      select: { id: true },
    }));
  return { partnershipId: partnership.id, stocktakeId: stocktake.id };
}

/** Deletes any draft (there is at most one), as the programme office would. */
export async function dropDrafts(partnershipId: string, admin: Caller) {
  for (const draft of await db.stocktake.findMany({ where: { partnershipId, state: "DRAFT" }, select: { id: true, version: true } })) {
    await deleteStocktake(partnershipId, admin, { stocktakeId: draft.id, version: draft.version });
  }
}

/** The next free six months: after the latest published stocktake's period. */
export async function nextFreePeriod(partnershipId: string) {
  const latest = await db.stocktake.findFirst({ where: { partnershipId, state: "PUBLISHED" }, orderBy: { periodEnd: "desc" }, select: { id: true, periodEnd: true } });
  const start = latest ? new Date(latest.periodEnd.getTime() + DAY) : new Date(Date.UTC(2026, 0, 1));
  const end = new Date(Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + 6, start.getUTCDate()) - DAY);
  return { followsId: latest?.id, periodStart: start, periodEnd: end };
}

/** A new draft (any other draft deleted first), started through the mutation. */
export async function startDraft(partnershipId: string, admin: Caller, title = "Test stocktake") {
  await dropDrafts(partnershipId, admin);
  const period = await nextFreePeriod(partnershipId);
  const { stocktakeId } = await createStocktake(partnershipId, admin, { ...period, title, reviewDate: new Date(period.periodEnd.getTime() + 8 * DAY) });
  return stocktakeId;
}

/** Fills everything publishing needs: the summary, every section's status and progress, a response to every next step. */
export async function completeDraft(partnershipId: string, stocktakeId: string) {
  await db.stocktake.updateMany({ where: { id: stocktakeId, partnershipId }, data: { summary: "Written for the test." } });
  await db.stocktakeSection.updateMany({ where: { partnershipId, stocktakeId, kind: "AREA" }, data: { status: "AT_RISK", progress: "Progress written for the test." } });
  await db.stocktakeSection.updateMany({ where: { partnershipId, stocktakeId, kind: { not: "AREA" } }, data: { progress: "Written for the test." } });
  const stocktake = await db.stocktake.findFirstOrThrow({ where: { id: stocktakeId, partnershipId }, select: { previousId: true } });
  if (!stocktake.previousId) return;
  const steps = await db.advisorFinding.findMany({
    where: { partnershipId, kind: "NEXT_STEP", publishedAt: { not: null }, section: { partnershipId, stocktakeId: stocktake.previousId } },
    select: { id: true },
  });
  for (const step of steps) {
    await db.stocktakeResponse.upsert({
      where: { partnershipId_stocktakeId_findingId: { partnershipId, stocktakeId, findingId: step.id } },
      update: {},
      create: { partnershipId, stocktakeId, findingId: step.id, response: "Answered for the test.", status: "ON_TRACK", authorName: "Test" },
    });
  }
}

/** The details the publish form sends, as they stand. */
export async function detailsOf(partnershipId: string, stocktakeId: string, intent: "save" | "publish") {
  const s = await db.stocktake.findFirstOrThrow({
    where: { id: stocktakeId, partnershipId },
    select: { id: true, version: true, title: true, periodStart: true, periodEnd: true, reviewDate: true, summary: true },
  });
  return {
    stocktakeId: s.id,
    version: s.version,
    intent,
    title: s.title,
    periodStart: s.periodStart,
    periodEnd: s.periodEnd,
    reviewDate: s.reviewDate ?? undefined,
    summary: s.summary ?? undefined,
  };
}

/** A published stocktake with one published next step on its governance section; returns its id and the step's. */
export async function publishedWithNextStep(partnershipId: string, admin: Caller, title = "Test stocktake") {
  const stocktakeId = await startDraft(partnershipId, admin, title);
  await completeDraft(partnershipId, stocktakeId);
  await publishStocktake(partnershipId, admin, await detailsOf(partnershipId, stocktakeId, "publish"));
  const section = await db.stocktakeSection.findFirstOrThrow({ where: { partnershipId, stocktakeId, key: "GOVERNANCE" }, select: { id: true } });
  const step = await db.advisorFinding.create({
    data: {
      partnershipId,
      stocktakeSectionId: section.id,
      kind: "NEXT_STEP",
      heading: "Test next step",
      text: "Do the next thing.",
      authorName: "Test advisor",
      byAdvisor: true,
      publishedAt: new Date(),
      publishedByName: "Test advisor",
    },
    select: { id: true },
  });
  return { stocktakeId, stepId: step.id, sectionId: section.id };
}
