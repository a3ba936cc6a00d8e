// The PDF of one submitted version of a highlight report:
// /api/p/<slug>/reports/<area>/<yyyy-mm>/pdf?version=<n>. The member's
// session and the permission table decide; the PDF engine (lib/pdf) prints
// the signed print view of that frozen snapshot.
import { getMember } from "@/lib/auth/guards";
import { mayReadSubmittedReports, mayWriteReport } from "@/lib/reports/access";
import { parsePeriodKey } from "@/lib/reports/period";
import { highlightReportPdf } from "@/lib/reports/print";
import { getAreaReport, getSubmissionSnapshot } from "@/lib/reports/queries";
import { parseHighlightReportSnapshot } from "@/lib/reports/snapshot";

const notFound = () => new Response("Not found", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });

export async function GET(request: Request, { params }: { params: Promise<{ slug: string; area: string; period: string }> }) {
  const { slug, area, period: key } = await params;
  const member = await getMember(slug);
  const period = parsePeriodKey(key);
  const version = Number(new URL(request.url).searchParams.get("version"));
  if (!member || !period || !Number.isInteger(version) || version < 1) return notFound();
  const found = await getAreaReport(member.partnershipId, decodeURIComponent(area), period);
  if (!found?.report || !found.report.submissions.some((s) => s.number === version)) return notFound();
  if (!mayReadSubmittedReports(member.scope) && !mayWriteReport(member.scope, found.area.id)) return notFound();
  const row = await getSubmissionSnapshot(member.partnershipId, found.report.id, version);
  if (!row) return notFound();
  return highlightReportPdf(member.partnershipId, found.report.id, parseHighlightReportSnapshot(row.snapshot));
}
