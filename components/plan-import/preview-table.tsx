import { ScrollRegion } from "@/components/ui/scroll-region";
import { formatUkDate } from "@/lib/dates/format";
import type { Status } from "@/lib/generated/prisma/enums";
import type { PreviewRow } from "@/lib/plan-import/compute/preview";
import { becomesWords, leadWords, plural, rowsWords } from "./preview-words";

const th = "px-3 py-2 font-medium whitespace-nowrap";
const HEADERS = ["Spreadsheet row", "Becomes", "Code", "Action", "Priority area", "Outcome", "Start", "Due", "Status", "Lead", "Milestones", "Problems"];

/** The anchor of a preview row, for the error summary's links. */
export const previewRowId = (row: Pick<PreviewRow, "rows">) => `row-${row.rows[0]}`;

/**
 * Every row and what it becomes, in words: new, updated (and what changes) or
 * unchanged; a due date or "To be confirmed"; a status or "No update yet"; a
 * member, or a lead to invite; each problem a sentence marked "Error:" or
 * "Warning:". Wide: it scrolls sideways in its own labelled region.
 */
export function PreviewTable({ id, caption, rows, labels }: { id: string; caption: string; rows: readonly PreviewRow[]; labels: Readonly<Record<Status, string>> }) {
  const captionId = `${id}-caption`;
  return (
    <ScrollRegion labelledBy={captionId} className="rounded-lg border border-slate-200 bg-white shadow-sm">
      <table className="w-full min-w-[1500px] text-sm" data-testid={id}>
        <caption id={captionId} className="px-3 pt-2 text-left font-medium text-slate-900">
          {caption}
        </caption>
        <thead>
          <tr className="border-b border-slate-300 text-left">
            {HEADERS.map((header) => (
              <th key={header} scope="col" className={th}>
                {header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-200">
          {rows.map((row) => (
            <PreviewTableRow key={row.rows.join(",")} row={row} labels={labels} />
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}

function PreviewTableRow({ row, labels }: { row: PreviewRow; labels: Readonly<Record<Status, string>> }) {
  const hasError = row.problems.some((p) => p.level === "error");
  return (
    <tr id={previewRowId(row)} className={`scroll-mt-4 align-top ${hasError ? "bg-red-50" : ""}`} data-testid="import-preview-row">
      <td className="px-3 py-2 whitespace-nowrap">{rowsWords(row.rows)}</td>
      <td className="px-3 py-2 font-medium">{becomesWords(row)}</td>
      <td className="px-3 py-2 whitespace-nowrap">{row.code}</td>
      <th scope="row" className="max-w-80 min-w-56 px-3 py-2 text-left font-normal">
        {row.title || <span className="text-slate-700">(no action)</span>}
      </th>
      <td className="min-w-44 px-3 py-2">
        <ItemWords code={row.area.code} text={row.area.title} isNew={row.area.isNew} />
      </td>
      <td className="min-w-52 px-3 py-2">
        <ItemWords code={row.outcome.code} text={row.outcome.text} isNew={row.outcome.isNew} />
      </td>
      <td className="px-3 py-2 whitespace-nowrap">{row.startDate ? formatUkDate(row.startDate) : "None"}</td>
      <td className="px-3 py-2 whitespace-nowrap">{row.dueDate ? formatUkDate(row.dueDate) : "To be confirmed"}</td>
      <td className="px-3 py-2">{row.status ? labels[row.status] : "No update yet"}</td>
      <td className="min-w-40 px-3 py-2">{leadWords(row.lead)}</td>
      <td className="px-3 py-2">{row.milestones.length ? plural(row.milestones.length, "milestone") : "None"}</td>
      <td className="min-w-96 px-3 py-2">
        {row.problems.length ? (
          <ul className="space-y-1">
            {row.problems.map((problem, i) => (
              <li key={i} className={problem.level === "error" ? "text-red-900" : "text-slate-900"}>
                <strong className="font-semibold">{problem.level === "error" ? "Error:" : "Warning:"}</strong> {sentence(problem.message)}
              </li>
            ))}
          </ul>
        ) : (
          "None"
        )}
      </td>
    </tr>
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
