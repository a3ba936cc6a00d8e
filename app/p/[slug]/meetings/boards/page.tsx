import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { SpecForm, type FieldSpec } from "@/components/forms/spec-form";
import { requireMembership } from "@/lib/auth/guards";
import { meetingAccess } from "@/lib/meetings/access";
import { createBoardAction, updateBoardAction } from "@/lib/meetings/actions";
import { listBoards, type BoardRow } from "@/lib/meetings/queries";
import { listAreaOptions } from "@/lib/plan/structure/queries";

export const metadata: Metadata = { title: "Boards" };

export default async function BoardsPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const member = await requireMembership(slug);
  const access = meetingAccess(member);
  if (!access.readAll) notFound();
  const [boards, areas] = await Promise.all([listBoards(member.partnershipId), listAreaOptions(member.partnershipId)]);
  const base = `/p/${member.partnership.slug}`;
  const fields = (board?: BoardRow): FieldSpec[] => [
    ...(board
      ? [
          { kind: "hidden" as const, name: "id", value: board.id },
          { kind: "hidden" as const, name: "version", value: String(board.version) },
        ]
      : []),
    { kind: "text", name: "name", label: "Name", defaultValue: board?.name },
    { kind: "text", name: "chairName", label: "Chair's name", defaultValue: board?.chairName ?? undefined },
    { kind: "text", name: "chairRole", label: "Chair's role", hint: "For example: Independent Chair.", defaultValue: board?.chairRole ?? undefined },
    { kind: "textarea", name: "description", label: "What the board is for", defaultValue: board?.description ?? undefined },
    {
      kind: "select",
      name: "parentBoardId",
      label: "Reports to",
      hint: "Two tiers at most: a delivery board reporting to a strategic board.",
      placeholder: "No other board (top tier)",
      defaultValue: board?.parentBoardId ?? undefined,
      options: boards.filter((b) => b.id !== board?.id && !b.parentBoardId).map((b) => ({ value: b.id, label: b.name })),
    },
    {
      kind: "checkboxes",
      name: "areaIds",
      label: "Priority areas it oversees",
      hint: "Tick none to oversee all of them.",
      defaultValue: board?.areas.map((a) => a.priorityAreaId).join(","),
      options: areas.map((a) => ({ value: a.id, label: `${a.code} ${a.title}` })),
    },
  ];
  return (
    <div className="space-y-6">
      <div>
        <p className="text-sm text-slate-700">
          <Link href={`${base}/meetings`} className="text-blue-800 underline underline-offset-2">
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
        {boards.map((board) => {
          const parent = boards.find((b) => b.id === board.parentBoardId);
          const children = boards.filter((b) => b.parentBoardId === board.id);
          return (
            <li key={board.id} className="rounded-lg border border-slate-200 bg-white p-5 shadow-sm" data-testid="board">
              <h2 className="text-lg font-semibold">{board.name}</h2>
              <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-sm">
                <dt className="font-medium">Chair</dt>
                <dd>{[board.chairName, board.chairRole].filter(Boolean).join(", ") || "—"}</dd>
                <dt className="font-medium">Oversees</dt>
                <dd>{board.areas.length ? board.areas.map((a) => a.priorityArea.code).join(", ") : "All priority areas"}</dd>
                {parent ? (
                  <>
                    <dt className="font-medium">Reports to</dt>
                    <dd>{parent.name}</dd>
                  </>
                ) : null}
                {children.length ? (
                  <>
                    <dt className="font-medium">Boards reporting to it</dt>
                    <dd>{children.map((c) => c.name).join(", ")}</dd>
                  </>
                ) : null}
                <dt className="font-medium">Meetings</dt>
                <dd>
                  <Link href={`${base}/meetings?board=${board.id}`} className="text-blue-800 underline underline-offset-2">
                    {board._count.meetings}
                  </Link>
                  {boards.length > 1 ? (
                    <>
                      {" · "}
                      <Link href={`${base}?board=${board.id}`} className="text-blue-800 underline underline-offset-2">
                        its dashboard
                      </Link>
                    </>
                  ) : null}
                </dd>
              </dl>
              {board.description ? <p className="mt-2 text-slate-800">{board.description}</p> : null}
              {access.boards ? (
                <SpecForm
                  summary={
                    <>
                      Edit<span className="sr-only"> {board.name}</span>
                    </>
                  }
                  action={updateBoardAction}
                  slug={member.partnership.slug}
                  id={`board-${board.id}`}
                  submitLabel="Save board"
                  fields={fields(board)}
                />
              ) : null}
            </li>
          );
        })}
      </ul>
      {access.boards ? (
        <section aria-labelledby="new-board-heading">
          <h2 id="new-board-heading" className="text-lg font-semibold">
            Add a board
          </h2>
          <SpecForm summary="New board" action={createBoardAction} slug={member.partnership.slug} id="new-board" submitLabel="Add the board" fields={fields()} />
        </section>
      ) : null}
    </div>
  );
}
