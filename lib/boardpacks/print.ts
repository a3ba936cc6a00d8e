// The board pack's PDF: which print view, and its running header (partnership, board, meeting date).
import "server-only";
import { formatUkDate } from "@/lib/dates/format";
import { pdfDownload, pdfFilename } from "@/lib/pdf/response";
import type { PrintJob } from "@/lib/pdf/print";
import { PRINT_RENDER_PREFIX } from "@/lib/pdf/signature";
import type { BoardPackSnapshot } from "./snapshot";

export function boardPackPrintPath(partnershipId: string, packId: string): string {
  return `${PRINT_RENDER_PREFIX}/board-pack/${partnershipId}/${packId}`;
}

/** The print job of a published pack, and its file name. */
export function boardPackPrintJob(partnershipId: string, packId: string, snapshot: BoardPackSnapshot): { job: PrintJob; filename: string } {
  const meetingDay = new Date(snapshot.meeting.date);
  return {
    job: {
      path: boardPackPrintPath(partnershipId, packId),
      header: { partnership: snapshot.partnership.name, subject: `${snapshot.meeting.board.name} · Board pack`, date: `Meeting ${formatUkDate(meetingDay)}` },
    },
    filename: pdfFilename(snapshot.partnership.slug, "board-pack", snapshot.meeting.date.slice(0, 10)),
  };
}

/** The PDF download of a published pack; immutable, so the browser may keep it forever. */
export async function boardPackPdf(partnershipId: string, packId: string, snapshot: BoardPackSnapshot): Promise<Response> {
  const { job, filename } = boardPackPrintJob(partnershipId, packId, snapshot);
  const response = await pdfDownload(job, filename);
  // A published pack never changes, so its PDF may be kept for good; private: it is members' data.
  if (response.status === 200) response.headers.set("Cache-Control", IMMUTABLE);
  return response;
}

/** For responses that are functions of a published pack alone. */
export const IMMUTABLE = "private, max-age=31536000, immutable";
