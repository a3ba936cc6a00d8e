// The meeting page's way to its board pack: the published pack for whoever
// may read it; the draft for the programme office until then.
import Link from "next/link";
import type { BoardPackLinkTarget } from "@/lib/boardpacks/view";
import { formatUkDate } from "@/lib/dates/format";

export function BoardPackLink({ pack }: { pack: BoardPackLinkTarget }) {
  if (!pack) return null;
  const link = "text-blue-800 underline underline-offset-2 font-medium";
  if (pack.kind === "published") {
    return (
      <p className="text-slate-900">
        <Link prefetch={false} href={pack.href} className={link}>
          Read the board pack
        </Link>{" "}
        <span className="text-sm text-slate-700">(published {formatUkDate(pack.publishedAt)})</span>
      </p>
    );
  }
  if (pack.kind === "unpublished") return <p className="text-sm text-slate-800">The board pack for this meeting has not been published yet.</p>;
  return (
    <p className="text-slate-900">
      <Link prefetch={false} href={pack.href} className={link}>
        {pack.started ? "Continue the draft board pack" : "Prepare the board pack"}
      </Link>{" "}
      <span className="text-sm text-slate-700">(draft: only the programme office sees it)</span>
    </p>
  );
}
