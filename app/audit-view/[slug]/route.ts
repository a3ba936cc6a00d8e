import type { NextRequest } from "next/server";
import { auditLogPath } from "@/lib/audit-log/paths";
import { canonicalAuditQuery, parseAuditQuery } from "@/lib/audit-log/schema";
import { serveKeptPage } from "@/lib/pages/serve";

// A page of the audit log, GET /p/[slug]/audit with any query (the proxy
// rewrites it here). Served like the plan's first view (app/plan-view,
// lib/pages/serve.ts): the member's kept copy for this query, rendered by
// app/audit-render once per version of the partnership's data, which every
// write (and so every new entry) moves.

export async function GET(request: NextRequest, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const query = canonicalAuditQuery(parseAuditQuery(request.nextUrl.searchParams));
  return serveKeptPage(request, slug, { kind: "audit", query }, auditLogPath(slug, query));
}
