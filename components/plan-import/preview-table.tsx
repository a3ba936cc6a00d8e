import { ScrollRegion } from "@/components/ui/scroll-region";
import { formatUkDate } from "@/lib/dates/format";
import type { Status } from "@/lib/generated/prisma/enums";
import type { PreviewRow } from "@/lib/plan-import/compute/preview";
import { becomesWords, leadWords, plural, rowsWords } from "./preview-words";
import { TableHead } from "./table-head";

const th = "px-2 py-2 font-medium whitespace-nowrap";
/** Each finding's level, said in words before it (never colour alone). */
const PROBLEM_WORDS: Record<PreviewRow["problems"][number]["level"], string> = { error: "Error:", warning: "Warning:", note: "Note:" };
const HEADERS = ["Row", "Becomes", "Code", "Action", "Priority area and outcome", "Start and due", "Status", "Lead", "Milestones"];

/** The anchor of a preview row, for the error summary's links. */
export const previewRowId = (row: Pick<PreviewRow, "rows">) => `row-${row.rows[0]}`;

/**
 * Every row and what it becomes, in words: new, updated (and what changes) or
 * unchanged; a due date or "To be confirmed"; a status or "No update yet"; a
 * member, or a lead to invite; each finding a sentence marked "Error:",
 * "Warning:" or "Note:", in a line of its own under the row, so that it can be read
 * whole without scrolling sideways. Each preview row is a <tbody> of its
 * own (the row and its problems), the target of the error summary's links.
 * Wide: on a narrow screen it scrolls sideways in its own labelled region.
 */
export function PreviewTable({ id, caption, rows, labels }: { id: string; caption: string; rows: readonly PreviewRow[]; labels: Readonly<Record<Status, string>> }) {
  const captionId = `${id}-caption`;
  return (
    <ScrollRegion labelledBy={captionId} className="rounded-lg border border-slate-200 bg-white shadow-sm">
      <table className="w-full min-w-[1024px] text-sm" data-testid={id}>
        <caption id={captionId} className="px-2 pt-2 text-left font-medium text-slate-900">
          {caption}
        </caption>
        <TableHead headers={HEADERS} cellClass={th} />
        {rows.map((row) => (
          <PreviewTableRow key={row.rows.join(",")} row={row} labels={labels} />
        ))}
      </table>
    </ScrollRegion>
  );
}

function PreviewTableRow({ row, labels }: { row: PreviewRow; labels: Readonly<Record<Status, string>> }) {
  const hasError = row.problems.some((p) => p.level === "error");
  const cell = `px-2 ${row.problems.length ? "pt-2 pb-1" : "py-2"}`;
  return (
    <tbody id={previewRowId(row)} className={`scroll-mt-4 border-t border-slate-200 ${hasError ? "bg-red-50" : ""}`} data-testid="import-preview-row">
      <tr className="align-top">
        <td className={`${cell} whitespace-nowrap`}>{rowsWords(row.rows)}</td>
        <td className={`${cell} font-medium`}>{becomesWords(row)}</td>
        <td className={`${cell} whitespace-nowrap`}>{row.code}</td>
        <th scope="row" className={`${cell} min-w-56 text-left font-normal`}>
          {row.title || <span className="text-slate-700">(no action)</span>}
        </th>
        <td className={`${cell} min-w-56`}>
          <ItemWords code={row.area.code} text={row.area.title} isNew={row.area.isNew} />
          <br />
          <ItemWords code={row.outcome.code} text={row.outcome.text} isNew={row.outcome.isNew} />
        </td>
        <td className={`${cell} whitespace-nowrap`}>
          Start: {row.startDate ? formatUkDate(row.startDate) : "none"}
          <br />
          Due: {row.dueDate ? formatUkDate(row.dueDate) : "To be confirmed"}
        </td>
        <td className={`${cell} min-w-28`}>{row.status ? labels[row.status] : "No update yet"}</td>
        <td className={`${cell} min-w-36`}>{leadWords(row.lead)}</td>
        <td className={`${cell} whitespace-nowrap`}>{row.milestones.length ? plural(row.milestones.length, "milestone") : "None"}</td>
      </tr>
      {row.problems.length ? (
        <tr>
          <td colSpan={HEADERS.length} className="px-2 pb-2">
            <span className="sr-only">Problems of {rowsWords(row.rows).toLowerCase()}:</span>
            <ul className="space-y-0.5 border-l-4 border-slate-300 pl-3">
              {row.problems.map((problem, i) => (
                <li key={i} className={problem.level === "error" ? "font-medium text-red-900" : problem.level === "note" ? "text-slate-600" : "text-slate-800"}>
                  <strong className="font-semibold">{PROBLEM_WORDS[problem.level]}</strong> {sentence(problem.message)}
                </li>
              ))}
            </ul>
          </td>
        </tr>
      ) : null}
    </tbody>
  );
}

/** "PIA1 Leadership (new)": the code, its words, and whether the import adds it. */
function ItemWords({ code, text, isNew }: { code: string; text: string; isNew: boolean }) {
  return (
    <>
      <span className="font-medium">{code}</span> {text}
      {isNew ? <span className="text-slate-700"> (new)</span> : null}
    </>
  );
}

/** A problem as a sentence: its first letter a capital, a full stop at the end. */
function sentence(message: string): string {
  const text = message.charAt(0).toUpperCase() + message.slice(1);
  return /[.?!]$/.test(text) ? text : `${text}.`;
}
