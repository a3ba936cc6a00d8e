// The PDF of a published stocktake pack: /api/p/<slug>/stocktakes/<id>/pdf.
// The member's session and the permission table decide (drafts have no PDF);
// the PDF engine (lib/pdf) prints the signed print view of the frozen snapshot.
import { getMember } from "@/lib/auth/guards";
import { mayReadPublished } from "@/lib/stocktakes/access";
import { stocktakePdf } from "@/lib/stocktakes/print";
import { getPublishedSnapshot } from "@/lib/stocktakes/queries/stocktakes";
import { parseStocktakeSnapshot } from "@/lib/stocktakes/snapshot";

const notFound = () => new Response("Not found", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });

export async function GET(_request: Request, { params }: { params: Promise<{ slug: string; stocktakeId: string }> }) {
  const { slug, stocktakeId } = await params;
  const member = await getMember(slug);
  if (!member || !mayReadPublished(member.scope)) return notFound();
  const row = await getPublishedSnapshot(member.partnershipId, stocktakeId);
  if (!row?.snapshot) return notFound();
  return stocktakePdf(member.partnershipId, row.id, parseStocktakeSnapshot(row.snapshot));
}
