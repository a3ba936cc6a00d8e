// The audit log of the largest tenant (five years of monthly status updates,
// tests/bench/tenants.ts), as its programme office opens it: the first page
// and a page filtered by a person and an action. Budget: each at least 50
// req/s at the bench's connections. Beside the load, the plan PostgreSQL
// chooses for each page's read (the same statement the page's query makes,
// with its values), so a filter that stops being served by an index shows.
import type pg from "pg";
import type { PrismaClient } from "../../lib/generated/prisma/client";
import { auditLogPath } from "../../lib/audit-log/paths";
import { get, measure, type Row } from "./load";
import { LARGEST_SLUG } from "./tenants";

export const AUDIT_BUDGET = { rps: 50 };
/** The reader: the programme office (the only role that reads the log). */
export const AUDIT_EMAIL = `admin@${LARGEST_SLUG}.bench`;

export type AuditTargets = { partnershipId: string; leadUserId: string; rows: number; first: string; filtered: string };

export async function auditTargets(prisma: PrismaClient): Promise<AuditTargets> {
  const { id: partnershipId } = await prisma.partnership.findFirstOrThrow({ where: { slug: LARGEST_SLUG }, select: { id: true } });
  const { id: leadUserId } = await prisma.user.findUniqueOrThrow({ where: { email: `lead@${LARGEST_SLUG}.bench` }, select: { id: true } });
  const rows = await prisma.auditEvent.count({ where: { partnershipId } });
  return {
    partnershipId,
    leadUserId,
    rows,
    first: auditLogPath(LARGEST_SLUG),
    filtered: auditLogPath(LARGEST_SLUG, `person=${leadUserId}&action=status.update`),
  };
}

/**
 * What PostgreSQL does for each page's read: the statement lib/audit-log/queries.ts
 * makes (newest first, one more than a page), run with EXPLAIN ANALYZE. Returns
 * the indexes it scans and its time; a sequential scan of the audit table is a failure.
 */
export async function explainAudit(client: pg.Client, targets: AuditTargets): Promise<{ name: string; indexes: string[]; ms: number; seqScan: boolean }[]> {
  const statements = [
    { name: "first page", sql: `"partnershipId" = $1`, values: [targets.partnershipId] },
    { name: "person and action", sql: `"partnershipId" = $1 AND "actorUserId" = $2 AND "action" = 'status.update'`, values: [targets.partnershipId, targets.leadUserId] },
  ];
  const plans = [];
  for (const statement of statements) {
    const { rows } = await client.query<{ "QUERY PLAN": [{ Plan: PlanNode; "Execution Time": number }] }>(
      `EXPLAIN (ANALYZE, FORMAT JSON) SELECT "id", "at", "actorUserId", "actorName", "entityType", "entityId", "action", "before", "after" FROM "AuditEvent" WHERE ${statement.sql} ORDER BY "at" DESC, "id" DESC LIMIT 51`,
      statement.values,
    );
    const plan = rows[0]!["QUERY PLAN"][0];
    const nodes = flatten(plan.Plan);
    plans.push({
      name: statement.name,
      indexes: [...new Set(nodes.flatMap((node) => (node["Index Name"] ? [node["Index Name"]] : [])))],
      ms: plan["Execution Time"],
      seqScan: nodes.some((node) => node["Node Type"] === "Seq Scan" && node["Relation Name"] === "AuditEvent"),
    });
  }
  return plans;
}

type PlanNode = { "Node Type": string; "Index Name"?: string; "Relation Name"?: string; Plans?: PlanNode[] };
const flatten = (node: PlanNode): PlanNode[] => [node, ...(node.Plans ?? []).flatMap(flatten)];

/** Both pages under load, after checking each renders the log (a 200 with its sentences). */
export async function measureAudit(baseUrl: string, cookie: string, targets: AuditTargets): Promise<Row[]> {
  await get(baseUrl, targets.first, cookie, "’s status from");
  await get(baseUrl, targets.filtered, cookie, "Benchmark lead updated action 1.");
  return measure(baseUrl, [
    { name: "Audit log (largest)", path: targets.first, cookie },
    { name: "Audit log, filtered (largest)", path: targets.filtered, cookie },
  ]);
}

/** The audit log's lines of the bench's report, and what missed its budget. */
export function reportAudit(targets: AuditTargets, rows: Row[], plans: Awaited<ReturnType<typeof explainAudit>>): string[] {
  console.log(
    `Audit log (largest tenant, ${targets.rows.toLocaleString("en-GB")} rows over five years): ${rows.map((r) => `${r.name.replace(" (largest)", "")} ${r.rps.toFixed(0)} req/s, p95 ${r.p95.toFixed(1)} ms, ${r.kB.toFixed(0)} kB`).join("; ")}; ` +
      `its read: ${plans.map((p) => `${p.name} ${p.ms.toFixed(2)} ms by ${p.indexes.join(" + ") || "no index"}`).join(", ")}. Budget >= ${AUDIT_BUDGET.rps} req/s each.`,
  );
  const failures = rows.filter((r) => r.rps < AUDIT_BUDGET.rps).map((r) => `${r.name} ${r.rps.toFixed(0)} req/s is below ${AUDIT_BUDGET.rps}`);
  failures.push(...rows.filter((r) => r.failures > 0).map((r) => `${r.path}: ${r.failures} failed requests`));
  failures.push(...plans.filter((p) => p.seqScan).map((p) => `the audit log's ${p.name} reads the whole audit table (a sequential scan)`));
  return failures;
}
