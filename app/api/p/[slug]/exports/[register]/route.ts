// Downloads a register as CSV or XLSX: /api/p/<slug>/exports/<register>?format=csv|xlsx&<filters>.
import { getMember } from "@/lib/auth/guards";
import * as clock from "@/lib/clock";
import { exportResponse } from "@/lib/exports/register";
import { REGISTERS } from "@/lib/exports/registers";
import { refusedDownload } from "@/lib/security/log";

export async function GET(request: Request, { params }: { params: Promise<{ slug: string; register: string }> }) {
  const { slug, register } = await params;
  const member = await getMember(slug);
  const build = Object.hasOwn(REGISTERS, register) ? REGISTERS[register] : undefined;
  if (!member || !build) return refusedDownload(request, member, "not-found");
  const query = new URL(request.url).searchParams;
  const format = query.get("format") === "xlsx" ? "xlsx" : "csv";
  // A builder draws nothing only for a member its page refuses (lib/exports/registers.ts).
  const drawn = await build(member, query, clock.today());
  return drawn ? exportResponse(drawn, format) : refusedDownload(request, member, "forbidden");
}
