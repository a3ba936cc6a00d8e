// The board pack's PDF: which print view, and its running header (partnership, board, meeting date).
import "server-only";
import { formatUkDate } from "@/lib/dates/format";
import { pdfDownload, pdfFilename } from "@/lib/pdf/response";
import { PRINT_RENDER_PREFIX } from "@/lib/pdf/signature";
import type { BoardPackSnapshot } from "./snapshot";

export function boardPackPrintPath(partnershipId: string, packId: string): string {
  return `${PRINT_RENDER_PREFIX}/board-pack/${partnershipId}/${packId}`;
}

/** The PDF download of a published pack; immutable, so the browser may keep it forever. */
export async function boardPackPdf(partnershipId: string, packId: string, snapshot: BoardPackSnapshot): Promise<Response> {
  const meetingDay = new Date(snapshot.meeting.date);
  const response = await pdfDownload(
    {
      path: boardPackPrintPath(partnershipId, packId),
      header: { partnership: snapshot.partnership.name, subject: `${snapshot.meeting.board.name} · Board pack`, date: `Meeting ${formatUkDate(meetingDay)}` },
    },
    pdfFilename(snapshot.partnership.slug, "board-pack", snapshot.meeting.date.slice(0, 10)),
  );
  // A published pack never changes, so its PDF may be kept for good; private: it is members' data.
  if (response.status === 200) response.headers.set("Cache-Control", IMMUTABLE);
  return response;
}

/** For responses that are functions of a published pack alone. */
export const IMMUTABLE = "private, max-age=31536000, immutable";
