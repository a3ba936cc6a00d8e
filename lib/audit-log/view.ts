// What the audit log page shows: decided here, so the page stays thin.
import "server-only";
import type { MemberContext } from "@/lib/auth/guards";
import { memberDisplayName } from "@/lib/people/names";
import { mayReadAuditLog } from "./access";
import { describeFilters, describeRow, eventFilter, personOptions, settleFilters, type AuditLogRow } from "./compute";
import { auditLogPath } from "./paths";
import { listAuditActors, listAuditEvents, listExistingItems, listReferencedNames, type AuditEventRow } from "./queries";
import { auditFilterQuery, encodeCursor, parseAuditQuery } from "./schema";
import { actionOptions, kindOptions } from "./words";
import { referencedIds } from "./changes";

/** Rows per page: a screenful or two of sentences. */
export const AUDIT_PAGE_SIZE = 50;

type Params = Record<string, string | string[] | undefined> | URLSearchParams;

/** Stored rows as the log reads them, with what still exists and the names they refer to looked up once for them all. */
export async function readRows(member: MemberContext, rows: readonly AuditEventRow[]): Promise<AuditLogRow[]> {
  if (rows.length === 0) return [];
  const [found, names] = await Promise.all([listExistingItems(member.partnershipId, rows), listReferencedNames(member.partnershipId, referencedIds(rows))]);
  const context = {
    slug: member.partnership.slug,
    labels: member.labels,
    members: new Map(names.members.map((m) => [m.id, memberDisplayName(m)])),
    areas: new Map(names.areas.map((a) => [a.id, a.code])),
    checkedKinds: new Set(found.checkedKinds),
    existing: new Set(found.existing.map((item) => `${item.entityType}:${item.entityId}`)),
  };
  return rows.map((row) => describeRow(row, context));
}

/** The filters of a request, checked against the log's own people (shared by the page and its download). */
export async function readAuditQuery(member: MemberContext, params: Params) {
  const parsed = parseAuditQuery(params);
  const people = personOptions(await listAuditActors(member.partnershipId));
  return { parsed, people, ...settleFilters(parsed, people) };
}

/** The audit log for the programme office; null (a 404) for anyone else. */
export async function getAuditLogPage(member: MemberContext, params: Params) {
  if (!mayReadAuditLog(member.scope)) return null;
  const { parsed, people, filters, errors } = await readAuditQuery(member, params);
  const slug = member.partnership.slug;
  const page = filters ? await listAuditEvents(member.partnershipId, eventFilter(filters), { take: AUDIT_PAGE_SIZE, from: parsed.cursor ?? undefined }) : null;
  const rows = page ? await readRows(member, page.rows) : [];
  const filterQuery = auditFilterQuery(parsed.input);
  const at = (cursor: string) => auditLogPath(slug, [filterQuery, cursor].filter(Boolean).join("&"));
  const first = page?.rows[0];
  const last = page?.rows.at(-1);
  return {
    slug,
    partnershipName: member.partnership.name,
    input: parsed.input,
    errors,
    /** False when a filter was refused: the page then lists nothing rather than a list the filters do not describe. */
    valid: filters !== null,
    options: { people, kinds: kindOptions(), actions: actionOptions() },
    filtersInWords: filters ? describeFilters(filters, people) : [],
    clearHref: filterQuery ? auditLogPath(slug) : null,
    rows,
    newerHref: page?.hasNewer && first ? at(`newer=${encodeURIComponent(encodeCursor(first))}`) : null,
    olderHref: page?.hasOlder && last ? at(`older=${encodeURIComponent(encodeCursor(last))}`) : null,
    newestHref: parsed.cursor ? at("") : null,
    /** The downloads' links with the page's filters; none while a filter is refused. */
    downloads: filters ? { register: "audit-log", slug, query: filterQuery, label: filterQuery ? "these entries" : "the audit log" } : null,
  };
}

export type AuditLogPage = NonNullable<Awaited<ReturnType<typeof getAuditLogPage>>>;
