// The PDF of a published stocktake pack: /api/p/<slug>/stocktakes/<id>/pdf.
// The member's session and the permission table decide (drafts have no PDF);
// the PDF engine (lib/pdf) prints the signed print view of the frozen snapshot.
import { getMember } from "@/lib/auth/guards";
import { stocktakePdf } from "@/lib/stocktakes/print";
import { getPublishedPackForPdf } from "@/lib/stocktakes/view";
import { refusedDownload } from "@/lib/security/log";

export async function GET(request: Request, { params }: { params: Promise<{ slug: string; stocktakeId: string }> }) {
  const { slug, stocktakeId } = await params;
  const member = await getMember(slug);
  const found = member ? await getPublishedPackForPdf(member, stocktakeId) : null;
  if (!member || !found) return refusedDownload(request, member, "not-found");
  return stocktakePdf(member.partnershipId, found.id, found.snapshot);
}
