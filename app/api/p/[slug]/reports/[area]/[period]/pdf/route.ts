// The PDF of one submitted version of a highlight report:
// /api/p/<slug>/reports/<area>/<yyyy-mm>/pdf?version=<n>. The member's
// session and the permission table decide; the PDF engine (lib/pdf) prints
// the signed print view of that frozen snapshot.
import { getMember } from "@/lib/auth/guards";
import { highlightReportPdf } from "@/lib/reports/print";
import { getSubmissionForPdf } from "@/lib/reports/view";
import { refusedDownload } from "@/lib/security/log";

export async function GET(request: Request, { params }: { params: Promise<{ slug: string; area: string; period: string }> }) {
  const { slug, area, period } = await params;
  const member = await getMember(slug);
  const found = member ? await getSubmissionForPdf(member, area, period, new URL(request.url).searchParams.get("version")) : null;
  if (!member || !found) return refusedDownload(request, member, "not-found");
  return highlightReportPdf(member.partnershipId, found.reportId, found.snapshot);
}
