import "server-only";
import { db, preparedQuery } from "@/lib/db";

/** Whether `slug`'s public page is shown, and the version of its data (the kept page's key). */
export type PublicPageAccess = { partnershipId: string; dataVersion: number };

/**
 * The one statement of a warm public page request: the partnership by its
 * address, only while its page is on and it is not archived. Off, archived
 * and unknown all read as null, so each gives the same 404.
 */
export async function getPublicPageAccess(slug: string): Promise<PublicPageAccess | null> {
  const rows = await preparedQuery<PublicPageAccess>(
    "public-page-access",
    `SELECT "id" AS "partnershipId", "dataVersion" FROM "Partnership" WHERE "slug" = $1 AND "publicPageEnabled" AND "archivedAt" IS NULL LIMIT 1`,
    [slug],
  );
  return rows[0] ?? null;
}

/**
 * Everything the public page shows, and nothing else: approved summaries (the
 * newest per area), feedback its author made public, KPIs marked public with
 * their figures, published minutes with their attendees' roles (never their
 * names: not even read). Null while the page is off or the partnership archived.
 */
export async function getPublicPageContent(partnershipId: string) {
  const partnership = await db.partnership.findFirst({
    where: { id: partnershipId, publicPageEnabled: true, archivedAt: null },
    select: { slug: true, name: true, contactEmail: true, statusLabels: true },
  });
  if (!partnership) return null;
  const [summaries, feedback, kpis, meetings] = await Promise.all([
    db.publicSummary.findMany({
      where: { partnershipId, state: "APPROVED", approvedAt: { not: null }, priorityArea: { archivedAt: null } },
      orderBy: [{ priorityAreaId: "asc" }, { approvedAt: "desc" }],
      distinct: ["priorityAreaId"],
      select: {
        id: true,
        whatWeAreDoing: true,
        whatHasChanged: true,
        whatIsNext: true,
        approvedAt: true,
        statusAtApproval: true,
        illustrative: true,
        priorityArea: { select: { code: true, title: true, position: true } },
      },
    }),
    db.evidence.findMany({
      where: { partnershipId, kind: "FEEDBACK", publicAt: { not: null } },
      orderBy: [{ publicAt: "desc" }, { id: "asc" }],
      select: { id: true, title: true, text: true, publicAt: true, provenance: true },
    }),
    db.kpi.findMany({
      where: { partnershipId, isPublic: true, archivedAt: null },
      orderBy: [{ position: "asc" }, { code: "asc" }],
      select: {
        id: true,
        code: true,
        name: true,
        definition: true,
        unit: true,
        direction: true,
        values: { orderBy: { period: "asc" }, select: { period: true, value: true, enteredAt: true } },
      },
    }),
    db.meeting.findMany({
      where: { partnershipId, published: true, publishedAt: { not: null } },
      orderBy: [{ date: "desc" }, { id: "asc" }],
      select: {
        id: true,
        title: true,
        date: true,
        publishedAt: true,
        minutes: true,
        illustrative: true,
        board: { select: { name: true } },
        attendees: { orderBy: { position: "asc" }, select: { role: true, organisation: true, kind: true, status: true } },
      },
    }),
  ]);
  return { partnership, summaries, feedback, kpis, meetings };
}

export type PublicPageContent = NonNullable<Awaited<ReturnType<typeof getPublicPageContent>>>;
