// The whole partnership as one ZIP, for the programme office:
// /p/<slug>/export/partnership.zip (lib/partnership-archive). Streamed: the
// response starts at once and each file is drawn as the browser takes the last.
import { getMember } from "@/lib/auth/guards";
import * as clock from "@/lib/clock";
import { serverPrinter } from "@/lib/partnership-archive/documents";
import { getPartnershipArchive } from "@/lib/partnership-archive/view";
import { refusedDownload } from "@/lib/security/log";

export async function GET(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const member = await getMember(slug);
  const archive = member ? await getPartnershipArchive(member, clock.today(), clock.now(), serverPrinter()) : null;
  if (!member || !archive) return refusedDownload(request, member, "not-found");
  return new Response(archive.body, {
    headers: {
      "Content-Type": "application/zip",
      "Content-Disposition": `attachment; filename="${archive.filename.replace(/[^a-z0-9._-]/gi, "-")}"`,
      "Cache-Control": "private, no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
}
