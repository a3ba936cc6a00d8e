// The PDF of a published board pack: /api/p/<slug>/board-packs/<id>/pdf.
// The member's session and the permission table decide; the PDF engine
// (lib/pdf) prints the signed print view of the frozen snapshot. Drafts
// have no PDF: they change with every view.
import { getMember } from "@/lib/auth/guards";
import { boardPackPdf } from "@/lib/boardpacks/print";
import { getPublishedPackPage } from "@/lib/boardpacks/view";
import { refusedDownload } from "@/lib/security/log";

export async function GET(request: Request, { params }: { params: Promise<{ slug: string; packId: string }> }) {
  const { slug, packId } = await params;
  const member = await getMember(slug);
  const found = member ? await getPublishedPackPage(member, packId) : null;
  if (!member || !found) return refusedDownload(request, member, "not-found");
  return boardPackPdf(member.partnershipId, found.id, found.doc);
}
