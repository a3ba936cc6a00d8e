import "server-only";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { NO_PERSON } from "./schema";

/** The rows a log shows, as the filters narrow them; `from` and `until` are instants (the loader turns days into them). */
export type AuditEventFilter = { person?: string; kind?: string; action?: string; from?: Date; until?: Date };
/** A row's place in the log: newest first by time, then by id, so rows written in the same millisecond still keep one order. */
export type AuditPosition = { at: Date; id: string };

const rowSelect = { id: true, at: true, actorUserId: true, actorName: true, entityType: true, entityId: true, action: true, before: true, after: true } as const;
export type AuditEventRow = Prisma.AuditEventGetPayload<{ select: typeof rowSelect }>;

function filterWhere(partnershipId: string, filter: AuditEventFilter): Prisma.AuditEventWhereInput {
  return {
    partnershipId,
    ...(filter.person !== undefined ? { actorUserId: filter.person === NO_PERSON ? null : filter.person } : {}),
    ...(filter.kind !== undefined ? { entityType: filter.kind } : {}),
    ...(filter.action !== undefined ? { action: filter.action } : {}),
    ...(filter.from || filter.until ? { at: { ...(filter.from ? { gte: filter.from } : {}), ...(filter.until ? { lt: filter.until } : {}) } } : {}),
  };
}

/**
 * Rows strictly older (or newer) than a position. The plain bound on `at`
 * comes first so the index on time starts the scan at the position, wherever
 * it is in five years of rows; the id only settles rows of the same instant.
 */
function beyond(position: AuditPosition, direction: "older" | "newer"): Prisma.AuditEventWhereInput {
  const op = direction === "older" ? "lt" : "gt";
  const edge = direction === "older" ? "lte" : "gte";
  return { AND: [{ at: { [edge]: position.at } }, { OR: [{ at: { [op]: position.at } }, { id: { [op]: position.id } }] }] };
}

/**
 * One page of the log, newest first, by keyset: `from` is where the page
 * starts (older than it, or newer than it), never an offset. Also says
 * whether there is anything newer and older than the page, so its links show
 * only when they lead somewhere.
 */
export async function listAuditEvents(
  partnershipId: string,
  filter: AuditEventFilter,
  page: { take: number; from?: AuditPosition & { direction: "older" | "newer" } },
): Promise<{ rows: AuditEventRow[]; hasNewer: boolean; hasOlder: boolean }> {
  const where = filterWhere(partnershipId, filter);
  const direction = page.from?.direction ?? "older";
  const order = direction === "older" ? ("desc" as const) : ("asc" as const);
  const fetched = await db.auditEvent.findMany({
    where: page.from ? { AND: [where, beyond(page.from, direction)] } : where,
    orderBy: [{ at: order }, { id: order }],
    take: page.take + 1,
    select: rowSelect,
  });
  const more = fetched.length > page.take;
  const rows = fetched.slice(0, page.take);
  if (direction === "newer") rows.reverse();
  // The other side: on the first page nothing is newer; past it, one probe of the index.
  const edge = direction === "older" ? rows[0] : rows.at(-1);
  const back = direction === "older" ? "newer" : "older";
  const other = !page.from ? false : (await db.auditEvent.findFirst({ where: { AND: [where, beyond(edge ?? page.from, back)] }, select: { id: true } })) !== null;
  return direction === "older" ? { rows, hasNewer: other, hasOlder: more } : { rows, hasNewer: more, hasOlder: other };
}

/**
 * Everyone who has a row in the log (the person filter's choices), found
 * without reading the rows: a walk of the (partnershipId, actorUserId, at)
 * index that jumps from one person to the next. Named as the partnership
 * knows them now (a member's name and job title), or by their account's name
 * if they have left it; `system` says whether any row has no person.
 */
export async function listAuditActors(
  partnershipId: string,
): Promise<{ people: { userId: string; name: string; jobTitle: string | null; membershipId: string | null }[]; system: boolean }> {
  const [people, system] = await Promise.all([
    db.$queryRaw<{ userId: string; name: string; jobTitle: string | null; membershipId: string | null }[]>`
      WITH RECURSIVE actors AS (
        (SELECT "actorUserId" AS id FROM "AuditEvent" WHERE "partnershipId" = ${partnershipId} AND "actorUserId" IS NOT NULL ORDER BY "actorUserId" LIMIT 1)
        UNION ALL
        SELECT (SELECT "actorUserId" FROM "AuditEvent" WHERE "partnershipId" = ${partnershipId} AND "actorUserId" > actors.id ORDER BY "actorUserId" LIMIT 1)
        FROM actors WHERE actors.id IS NOT NULL
      )
      SELECT u.id AS "userId", u.name, m."jobTitle", m.id AS "membershipId"
      FROM actors JOIN "User" u ON u.id = actors.id
      LEFT JOIN "Membership" m ON m."userId" = u.id AND m."partnershipId" = ${partnershipId}
      ORDER BY u.name, u.id`,
    db.auditEvent.findFirst({ where: { partnershipId, actorUserId: null }, select: { id: true } }),
  ]);
  return { people, system: system !== null };
}

/** Kinds whose table holds the partnership's rows by id (every registered kind so far); the partnership itself is its own row. */
const TENANT_TABLES = new Set(
  Object.values(Prisma.ModelName).filter((model) => {
    const fields = (Prisma as unknown as Record<string, Record<string, string> | undefined>)[`${model}ScalarFieldEnum`];
    return fields !== undefined && "partnershipId" in fields && "id" in fields;
  }),
);

/**
 * Which of these items still exist in the partnership: one statement for a
 * whole page (or download), a probe by id per kind present, never a query per
 * row. `checkedKinds` are the kinds that could be looked for (a table of the
 * partnership's rows); an item of any other kind is not known either way.
 */
export async function listExistingItems(
  partnershipId: string,
  items: readonly { entityType: string; entityId: string }[],
): Promise<{ checkedKinds: string[]; existing: { entityType: string; entityId: string }[] }> {
  const byKind = new Map<string, Set<string>>();
  for (const item of items) byKind.set(item.entityType, (byKind.get(item.entityType) ?? new Set()).add(item.entityId));
  const probes: Prisma.Sql[] = [];
  const checkedKinds: string[] = [];
  for (const [kind, ids] of byKind) {
    const list = [...ids];
    if (kind === "Partnership")
      probes.push(Prisma.sql`SELECT 'Partnership'::text AS "entityType", id AS "entityId" FROM "Partnership" WHERE id = ${partnershipId} AND id = ANY(${list})`);
    // The table's name is one of Prisma's model names (checked above), never a row's text as such.
    else if (TENANT_TABLES.has(kind as Prisma.ModelName))
      probes.push(
        Prisma.sql`SELECT ${kind}::text AS "entityType", id AS "entityId" FROM ${Prisma.raw(`"${kind}"`)} WHERE "partnershipId" = ${partnershipId} AND id = ANY(${list})`,
      );
    else continue;
    checkedKinds.push(kind);
  }
  const existing = probes.length ? await db.$queryRaw<{ entityType: string; entityId: string }[]>(Prisma.join(probes, " UNION ALL ")) : [];
  return { checkedKinds, existing };
}

/** The names a row's before and after refer to by id: members (as the partnership knows them) and priority areas (by code). */
export async function listReferencedNames(
  partnershipId: string,
  ids: { membershipIds: readonly string[]; areaIds: readonly string[] },
): Promise<{ members: { id: string; jobTitle: string | null; user: { name: string } }[]; areas: { id: string; code: string }[] }> {
  const [members, areas] = await Promise.all([
    ids.membershipIds.length
      ? db.membership.findMany({ where: { partnershipId, id: { in: [...ids.membershipIds] } }, select: { id: true, jobTitle: true, user: { select: { name: true } } } })
      : [],
    ids.areaIds.length ? db.priorityArea.findMany({ where: { partnershipId, id: { in: [...ids.areaIds] } }, select: { id: true, code: true } }) : [],
  ]);
  return { members, areas };
}
