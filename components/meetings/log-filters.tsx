// The impact log's and the decision log's filters: plain GET forms, so a
// filtered view is a URL that can be shared, and downloaded as shown.
import type { ReactNode } from "react";
import { CheckboxField, SelectField, TextField } from "@/components/forms/fields";
import type { ImpactLogFilters as ImpactFilters } from "@/lib/meetings/filters";
import { DECISION_KIND_LABELS, DECISION_KINDS } from "@/lib/meetings/schema";

type Board = { id: string; name: string };

const idPrefix = "filter-";

/** The form, with the board choice first where there is more than one board, and its button last. */
function FilterForm({ label, boards, boardId, children }: { label: string; boards: Board[]; boardId?: string; children: ReactNode }) {
  return (
    <form method="get" className="flex flex-wrap items-end gap-4 rounded-lg border border-slate-200 bg-white p-4 shadow-sm" aria-label={label}>
      {boards.length > 1 ? (
        <SelectField
          idPrefix={idPrefix}
          name="board"
          label="Board"
          defaultValue={boardId ?? ""}
          placeholder="All boards"
          options={boards.map((b) => ({ value: b.id, label: b.name }))}
        />
      ) : null}
      {children}
      <button type="submit" className="rounded-md bg-blue-800 px-4 py-2 font-medium text-white hover:bg-blue-900">
        Show
      </button>
    </form>
  );
}

const LOG_STATES = [
  { value: "LIVE", label: "Not done" },
  { value: "OPEN", label: "Open" },
  { value: "IN_PROGRESS", label: "In progress" },
  { value: "DONE", label: "Done" },
];

export function ImpactLogFilters({ filters, boards, areas }: { filters: ImpactFilters; boards: Board[]; areas: { id: string; code: string }[] }) {
  return (
    <FilterForm label="Filter the log" boards={boards} boardId={filters.boardId}>
      <SelectField idPrefix={idPrefix} name="state" label="Status" defaultValue={filters.state ?? ""} placeholder="Any" options={LOG_STATES} />
      <SelectField
        idPrefix={idPrefix}
        name="area"
        label="Priority area"
        defaultValue={filters.areaId ?? ""}
        placeholder="Any"
        options={areas.map((a) => ({ value: a.id, label: a.code }))}
      />
      <CheckboxField idPrefix={idPrefix} name="slow" label="Slow to progress only" defaultChecked={filters.slowOnly} />
    </FilterForm>
  );
}

export function DecisionLogFilters({ filters, boards }: { filters: { boardId?: string; kind?: string; from: string; to: string }; boards: Board[] }) {
  return (
    <FilterForm label="Filter the decisions" boards={boards} boardId={filters.boardId}>
      <SelectField
        idPrefix={idPrefix}
        name="kind"
        label="Kind"
        defaultValue={filters.kind ?? ""}
        placeholder="All"
        options={DECISION_KINDS.map((k) => ({ value: k, label: DECISION_KIND_LABELS[k] }))}
      />
      <TextField idPrefix={idPrefix} name="from" type="date" label="Meetings from" defaultValue={filters.from} />
      <TextField idPrefix={idPrefix} name="to" type="date" label="to" defaultValue={filters.to} />
    </FilterForm>
  );
}
