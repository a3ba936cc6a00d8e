// The public page's loader: the viewer is the public, so there is no member
// to decide for; the partnership's switch decides (off or archived: null, a 404).
import "server-only";
import { getPublicPageContent } from "./queries";
import { shapePublicPage } from "./shape";

export type { PublicPage } from "./shape";

/** The page as the public reads it, every text with its short forms spelt out on first use; null while off. */
export async function getPublicPage(partnershipId: string) {
  const content = await getPublicPageContent(partnershipId);
  return content && shapePublicPage(content);
}
