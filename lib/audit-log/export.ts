import "server-only";
// The audit log as a spreadsheet, with the page's filters applied: every row
// they match (not the page on screen), newest first, each as the page reads it.
import type { MemberContext } from "@/lib/auth/guards";
import { toIsoDate } from "@/lib/dates/format";
import type { Register } from "@/lib/exports/register";
import { mayReadAuditLog } from "./access";
import { describeFilters, eventFilter, type AuditLogRow } from "./compute";
import { listAuditEvents } from "./queries";
import { readAuditQuery, readRows } from "./view";

/** Rows one download holds at most; past it, the filters line says so (a narrower filter reaches the rest). */
export const AUDIT_EXPORT_LIMIT = 20_000;

const fields = (row: AuditLogRow, side: "before" | "after") =>
  row.changes
    .filter((change) => change[side] !== undefined)
    .map((change) => `${change.field}: ${change[side]}`)
    .join("\n");

export async function auditLogRegister(member: MemberContext, params: URLSearchParams, today: Date): Promise<Register<AuditLogRow> | null> {
  // The page's own access function: the download follows the page (lib/exports/registers.ts).
  if (!mayReadAuditLog(member.scope)) return null;
  const { people, filters, errors } = await readAuditQuery(member, params);
  const page = filters ? await listAuditEvents(member.partnershipId, eventFilter(filters), { take: AUDIT_EXPORT_LIMIT }) : null;
  const rows = page ? await readRows(member, page.rows) : [];
  const words = filters
    ? [...describeFilters(filters, people), ...(page?.hasOlder ? [`the newest ${AUDIT_EXPORT_LIMIT.toLocaleString("en-GB")} entries only (narrow the dates for older ones)`] : [])]
    : [`none drawn: ${Object.values(errors).flat().join(" ")}`];
  return {
    title: `Audit log — ${member.partnership.name}`,
    filename: `${member.partnership.slug}-audit-log-${toIsoDate(today)}`,
    filters: words,
    asAt: today,
    rows,
    columns: [
      { header: "When (ISO 8601, UTC)", value: (r) => r.at.toISOString(), width: 26 },
      { header: "When (UK time)", value: (r) => r.when, width: 24 },
      { header: "Who", value: (r) => r.actorName, width: 30 },
      { header: "What happened", value: (r) => [r.sentence, ...r.notes.map((n) => `${n.label}: ${n.text}`)].join("\n"), width: 70 },
      { header: "Kind of item", value: (r) => r.kind, width: 18 },
      { header: "Action", value: (r) => r.action, width: 18 },
      { header: "Item", value: (r) => (r.href ? r.href : r.gone ? "No longer exists" : ""), width: 40 },
      { header: "Before", value: (r) => fields(r, "before"), width: 40 },
      { header: "After", value: (r) => fields(r, "after"), width: 40 },
    ],
  };
}
