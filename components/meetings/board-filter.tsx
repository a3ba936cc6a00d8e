import Link from "next/link";
import { meetingsPath } from "@/lib/meetings/paths";

const chip = (current: boolean) => `rounded-full border px-3 py-1 ${current ? "border-blue-800 bg-blue-50 font-semibold" : "border-slate-400"}`;

/** With more than one board: all boards' meetings, or one board's. */
export function BoardFilter({ slug, boards, current }: { slug: string; boards: { id: string; name: string }[]; current?: string }) {
  if (boards.length < 2) return null;
  return (
    <nav aria-label="Boards" className="flex flex-wrap gap-2 text-sm">
      <Link prefetch={false} href={meetingsPath(slug)} aria-current={!current ? "page" : undefined} className={chip(!current)}>
        All boards
      </Link>
      {boards.map((b) => (
        <Link prefetch={false} key={b.id} href={meetingsPath(slug, b.id)} aria-current={current === b.id ? "page" : undefined} className={chip(current === b.id)}>
          {b.name}
        </Link>
      ))}
    </nav>
  );
}
