// The meeting page's way to its board pack: the published pack for whoever
// may read it; the draft for the programme office until then.
import Link from "next/link";
import type { MemberContext } from "@/lib/auth/guards";
import { mayPreparePack, mayReadPublishedPack } from "@/lib/boardpacks/access";
import { boardPackDraftPath, boardPackPath } from "@/lib/boardpacks/paths";
import { getBoardPackRow } from "@/lib/boardpacks/queries";
import { formatUkDate } from "@/lib/dates/format";

export async function BoardPackLink({ member, meetingId }: { member: MemberContext; meetingId: string }) {
  const slug = member.partnership.slug;
  const prepare = mayPreparePack(member.scope);
  if (!prepare && !mayReadPublishedPack(member.scope)) return null;
  const row = await getBoardPackRow(member.partnershipId, meetingId);
  const link = "text-blue-800 underline underline-offset-2 font-medium";
  if (row?.state === "PUBLISHED") {
    return (
      <p className="text-slate-900">
        <Link href={boardPackPath(slug, row.id)} className={link}>
          Read the board pack
        </Link>{" "}
        <span className="text-sm text-slate-700">(published {formatUkDate(row.publishedAt)})</span>
      </p>
    );
  }
  if (!prepare) return <p className="text-sm text-slate-800">The board pack for this meeting has not been published yet.</p>;
  return (
    <p className="text-slate-900">
      <Link href={boardPackDraftPath(slug, meetingId)} className={link}>
        {row ? "Continue the draft board pack" : "Prepare the board pack"}
      </Link>{" "}
      <span className="text-sm text-slate-700">(draft: only the programme office sees it)</span>
    </p>
  );
}
