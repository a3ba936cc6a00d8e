// The PDF of a published board pack: /api/p/<slug>/board-packs/<id>/pdf.
// The member's session and the permission table decide; the PDF engine
// (lib/pdf) prints the signed print view of the frozen snapshot. Drafts
// have no PDF: they change with every view.
import { getMember } from "@/lib/auth/guards";
import { boardPackPdf } from "@/lib/boardpacks/print";
import { getPublishedPackPage } from "@/lib/boardpacks/view";

const notFound = () => new Response("Not found", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });

export async function GET(_request: Request, { params }: { params: Promise<{ slug: string; packId: string }> }) {
  const { slug, packId } = await params;
  const member = await getMember(slug);
  if (!member) return notFound();
  const found = await getPublishedPackPage(member, packId);
  if (!found) return notFound();
  return boardPackPdf(member.partnershipId, found.id, found.doc);
}
