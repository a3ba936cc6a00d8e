import type { Status } from "@/lib/generated/prisma/enums";
import type { ImportPreview } from "@/lib/plan-import/compute/preview";
import { PreviewTable } from "./preview-table";
import { countsWords, plural } from "./preview-words";

/**
 * Step 3: what the import would do. Rows that are new, updated or have an
 * error are listed; unchanged rows are folded away (their warnings with them:
 * nothing of theirs is written), so a 2,000-row file that is mostly in the
 * plan already stays readable.
 */
export function PreviewSection({
  preview,
  headings,
  labels,
  step,
}: {
  preview: ImportPreview;
  headings: readonly { number: number; text: string }[];
  labels: Readonly<Record<Status, string>>;
  step: number;
}) {
  const isQuiet = (row: ImportPreview["rows"][number]) => row.becomes === "unchanged" && !row.problems.some((p) => p.level === "error");
  const quiet = preview.rows.filter(isQuiet);
  const shown = preview.rows.filter((row) => !isQuiet(row));
  const warned = quiet.filter((row) => row.problems.length).length;
  return (
    <section aria-labelledby="step-preview" className="space-y-4">
      <h2 id="step-preview" className="text-lg font-semibold text-slate-900">
        {step}. Preview
      </h2>
      <p className="text-lg font-medium text-slate-900" data-testid="import-counts">
        {countsWords(preview.counts)}
      </p>
      <p className="max-w-3xl text-sm text-slate-800">
        Nothing is saved yet. Errors stop the import; warnings say what was not read as written, and notes how the sheet was read (a merged cell, a heading, a wrapped row); neither
        stops it. An action already in the plan keeps its due date and its last update: those change only through a change request and an update.
      </p>
      {headings.length ? (
        <div className="max-w-3xl">
          <h3 className="font-semibold text-slate-900">Headings found</h3>
          <p className="text-sm text-slate-800">Rows read as a heading that starts a priority area, not as an action:</p>
          <ul className="mt-1 list-disc pl-6 text-slate-900" data-testid="import-headings">
            {headings.map((heading) => (
              <li key={heading.number}>
                Row {heading.number}: {heading.text}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {shown.length ? (
        <PreviewTable id="import-preview" caption={`${plural(shown.length, "row")} to import or to check`} rows={shown} labels={labels} />
      ) : (
        <p className="text-slate-800">No row is new, updated or has an error.</p>
      )}
      {quiet.length ? (
        <details className="space-y-3">
          <summary className="cursor-pointer font-medium text-blue-800">
            {plural(quiet.length, "unchanged row")}
            {warned ? ` (${warned} with warnings or notes)` : ""}
          </summary>
          <div className="mt-3">
            <PreviewTable id="import-unchanged" caption={`${plural(quiet.length, "row")} already in the plan as they are`} rows={quiet} labels={labels} />
          </div>
        </details>
      ) : null}
      {preview.toInvite.length ? (
        <div className="max-w-3xl">
          <h3 className="font-semibold text-slate-900">Leads to invite</h3>
          <p className="text-sm text-slate-800">Not members yet: each is kept as text on their actions until invited.</p>
          <ul className="mt-1 list-disc pl-6 text-slate-900">
            {preview.toInvite.map((lead) => (
              <li key={lead}>{lead}</li>
            ))}
          </ul>
        </div>
      ) : null}
    </section>
  );
}
