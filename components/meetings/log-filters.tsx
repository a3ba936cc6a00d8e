// The impact log's and the decision log's filters: plain GET forms, so a
// filtered view is a URL that can be shared, and downloaded as shown.
import type { ReactNode } from "react";
import type { ImpactLogFilters as ImpactFilters } from "@/lib/meetings/filters";
import { DECISION_KIND_LABELS, DECISION_KINDS } from "@/lib/meetings/schema";

type Board = { id: string; name: string };

const select = "mt-1 block rounded-md border border-slate-400 bg-white px-3 py-2";

/** The form, with the board choice first where there is more than one board, and its button last. */
function FilterForm({ label, boards, boardId, children }: { label: string; boards: Board[]; boardId?: string; children: ReactNode }) {
  return (
    <form method="get" className="flex flex-wrap items-end gap-4 rounded-lg border border-slate-200 bg-white p-4 shadow-sm" aria-label={label}>
      {boards.length > 1 ? (
        <label className="text-sm font-medium">
          Board
          <select name="board" defaultValue={boardId ?? ""} className={select}>
            <option value="">All boards</option>
            {boards.map((b) => (
              <option key={b.id} value={b.id}>
                {b.name}
              </option>
            ))}
          </select>
        </label>
      ) : null}
      {children}
      <button type="submit" className="rounded-md bg-blue-800 px-4 py-2 font-medium text-white hover:bg-blue-900">
        Show
      </button>
    </form>
  );
}

export function ImpactLogFilters({ filters, boards, areas }: { filters: ImpactFilters; boards: Board[]; areas: { id: string; code: string }[] }) {
  return (
    <FilterForm label="Filter the log" boards={boards} boardId={filters.boardId}>
      <label className="text-sm font-medium">
        Status
        <select name="state" defaultValue={filters.state ?? ""} className={select}>
          <option value="">Any</option>
          <option value="LIVE">Not done</option>
          <option value="OPEN">Open</option>
          <option value="IN_PROGRESS">In progress</option>
          <option value="DONE">Done</option>
        </select>
      </label>
      <label className="text-sm font-medium">
        Priority area
        <select name="area" defaultValue={filters.areaId ?? ""} className={select}>
          <option value="">Any</option>
          {areas.map((a) => (
            <option key={a.id} value={a.id}>
              {a.code}
            </option>
          ))}
        </select>
      </label>
      <label className="inline-flex items-center gap-2 text-sm font-medium">
        <input type="checkbox" name="slow" value="1" defaultChecked={filters.slowOnly} /> Slow to progress only
      </label>
    </FilterForm>
  );
}

export function DecisionLogFilters({ filters, boards }: { filters: { boardId?: string; kind?: string; from: string; to: string }; boards: Board[] }) {
  return (
    <FilterForm label="Filter the decisions" boards={boards} boardId={filters.boardId}>
      <label className="text-sm font-medium">
        Kind
        <select name="kind" defaultValue={filters.kind ?? ""} className={select}>
          <option value="">All</option>
          {DECISION_KINDS.map((k) => (
            <option key={k} value={k}>
              {DECISION_KIND_LABELS[k]}
            </option>
          ))}
        </select>
      </label>
      <label className="text-sm font-medium">
        Meetings from
        <input type="date" name="from" defaultValue={filters.from} className={select} />
      </label>
      <label className="text-sm font-medium">
        to
        <input type="date" name="to" defaultValue={filters.to} className={select} />
      </label>
    </FilterForm>
  );
}
