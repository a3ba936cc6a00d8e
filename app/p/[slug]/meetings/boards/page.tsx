import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { EditBoardForm, NewBoardForm } from "@/components/meetings/board-form";
import { requireMembership } from "@/lib/auth/guards";
import { dashboardPath } from "@/lib/dashboard/paths";
import { meetingsPath } from "@/lib/meetings/paths";
import { getBoardsPage } from "@/lib/meetings/view";

export const metadata: Metadata = { title: "Boards" };

const link = "text-blue-800 underline underline-offset-2";

export default async function BoardsPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const member = await requireMembership(slug);
  const page = await getBoardsPage(member);
  if (!page) notFound();
  return (
    <div className="space-y-6">
      <div>
        <p className="text-sm text-slate-700">
          <Link prefetch={false} href={meetingsPath(slug)} className={link}>
            Board meetings
          </Link>
        </p>
        <h1 className="text-2xl font-semibold text-slate-900">Boards</h1>
        <p className="mt-1 max-w-3xl text-slate-700">
          Each board oversees a set of priority areas (all of them unless chosen); its dashboard and meetings cover those areas. With more than one board, the dashboard offers one
          view per board.
        </p>
      </div>
      <ul className="space-y-4">
        {page.boards.map((board) => (
          <li key={board.id} className="rounded-lg border border-slate-200 bg-white p-5 shadow-sm" data-testid="board">
            <h2 className="text-lg font-semibold">{board.name}</h2>
            <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-sm">
              <dt className="font-medium">Chair</dt>
              <dd>{board.chair}</dd>
              <dt className="font-medium">Oversees</dt>
              <dd>{board.oversees}</dd>
              {board.parent ? (
                <>
                  <dt className="font-medium">Reports to</dt>
                  <dd>{board.parent}</dd>
                </>
              ) : null}
              {board.children.length ? (
                <>
                  <dt className="font-medium">Boards reporting to it</dt>
                  <dd>{board.children.join(", ")}</dd>
                </>
              ) : null}
              <dt className="font-medium">Meetings</dt>
              <dd>
                <Link prefetch={false} href={meetingsPath(slug, board.id)} className={link}>
                  {board._count.meetings}
                </Link>
                {page.dashboards ? (
                  <>
                    {" · "}
                    <Link prefetch={false} href={dashboardPath(slug, board.id)} className={link}>
                      its dashboard
                    </Link>
                  </>
                ) : null}
              </dd>
            </dl>
            {board.description ? <p className="mt-2 text-slate-800">{board.description}</p> : null}
            {page.manage ? <EditBoardForm slug={slug} board={board} page={page} /> : null}
          </li>
        ))}
      </ul>
      {page.manage ? (
        <section aria-labelledby="new-board-heading">
          <h2 id="new-board-heading" className="text-lg font-semibold">
            Add a board
          </h2>
          <NewBoardForm slug={slug} page={page} />
        </section>
      ) : null}
    </div>
  );
}
