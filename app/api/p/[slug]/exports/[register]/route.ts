// Downloads a register as CSV or XLSX: /api/p/<slug>/exports/<register>?format=csv|xlsx&<filters>.
import { getMember } from "@/lib/auth/guards";
import * as clock from "@/lib/clock";
import { exportResponse } from "@/lib/exports/register";
import { REGISTERS } from "@/lib/exports/registers";

const notFound = () => new Response("Not found", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });

export async function GET(request: Request, { params }: { params: Promise<{ slug: string; register: string }> }) {
  const { slug, register } = await params;
  const build = Object.hasOwn(REGISTERS, register) ? REGISTERS[register] : undefined;
  const member = build ? await getMember(slug) : null;
  if (!build || !member) return notFound();
  const query = new URL(request.url).searchParams;
  const format = query.get("format") === "xlsx" ? "xlsx" : "csv";
  const drawn = await build(member, query, clock.today());
  return drawn ? exportResponse(drawn, format) : notFound();
}
