import { SpecForm, type FieldSpec } from "@/components/forms/spec-form";
import { createBoardAction, updateBoardAction } from "@/lib/meetings/actions";
import type { BoardsPage } from "@/lib/meetings/view";

type Board = BoardsPage["boards"][number];

function fields(board: Board | undefined, page: BoardsPage): FieldSpec[] {
  return [
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
      options: page.topTier.filter((b) => b.id !== board?.id).map((b) => ({ value: b.id, label: b.name })),
    },
    {
      kind: "checkboxes",
      name: "areaIds",
      label: "Priority areas it oversees",
      hint: "Tick none to oversee all of them.",
      defaultValue: board?.areas.map((a) => a.priorityAreaId).join(","),
      options: page.areas.map((a) => ({ value: a.id, label: `${a.code} ${a.title}` })),
    },
  ];
}

/** Edits a board, folded under "Edit". */
export function EditBoardForm({ slug, board, page }: { slug: string; board: Board; page: BoardsPage }) {
  return (
    <SpecForm
      summary={
        <>
          Edit<span className="sr-only"> {board.name}</span>
        </>
      }
      action={updateBoardAction}
      slug={slug}
      id={`board-${board.id}`}
      submitLabel="Save board"
      fields={fields(board, page)}
    />
  );
}

export function NewBoardForm({ slug, page }: { slug: string; page: BoardsPage }) {
  return <SpecForm summary="New board" action={createBoardAction} slug={slug} id="new-board" submitLabel="Add the board" fields={fields(undefined, page)} />;
}
