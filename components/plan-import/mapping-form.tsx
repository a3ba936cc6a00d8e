import { SelectField } from "@/components/forms/fields";
import { Button } from "@/components/ui/button";
import { ScrollRegion } from "@/components/ui/scroll-region";
import { IMPORT_FIELDS, IMPORT_FIELD_LABELS } from "@/lib/plan-import/compute/mapping";
import type { ImportUploadView } from "@/lib/plan-import/view";
import { plural } from "./preview-words";
import { TableHead } from "./table-head";

const FIELD_OPTIONS = IMPORT_FIELDS.map((field) => ({ value: field, label: IMPORT_FIELD_LABELS[field] }));
const th = "px-3 py-2 font-medium";

/** The id of a column's choice, for the error summary's links. */
export const columnFieldId = (index: number) => `map-col${index}`;

/**
 * A status word's field name: word.<key>, its spaces as hyphens so the field's
 * id (and the ids its hint and error are tied by) holds no space; the key reads
 * back the same (statusKey turns punctuation into spaces).
 */
export const wordFieldName = (key: string) => `word.${key.replace(/\s+/g, "-")}`;

/** The mapping's problems that name a column's field (“Only one column can be “Status”.”), shown beside that column. */
export function columnProblems(view: Pick<ImportUploadView, "columns" | "mappingProblems">, index: number): string[] {
  const field = view.columns[index]?.field;
  if (!field || field === "ignore" || field === "notes") return [];
  return view.mappingProblems.filter((problem) => problem.includes(`“${IMPORT_FIELD_LABELS[field]}”`));
}

/**
 * Step 2: what each column holds, and what the file's unknown status words
 * mean. A GET form: every choice travels in the address (sheet, col0…colN,
 * word.<key>), so the preview below is worked out afresh from the stored file
 * with them, with or without JavaScript.
 */
export function MappingForm({ action, view, step }: { action: string; view: ImportUploadView; step: number }) {
  const captionId = "mapping-caption";
  return (
    <section aria-labelledby="step-columns" className="space-y-4">
      <h2 id="step-columns" className="text-lg font-semibold text-slate-900">
        {step}. Columns
      </h2>
      <p className="max-w-3xl text-slate-800">
        {view.headerRow ? `The column headers are in row ${view.headerRow}. ` : null}
        Each column’s field was suggested from its header, or remembered from this partnership’s last import with the same headers. Change any that are wrong, then update the
        preview.
      </p>
      <form method="get" action={action} className="space-y-6">
        {view.sheets.length > 1 ? <input type="hidden" name="sheet" value={view.sheet} /> : null}
        <ScrollRegion labelledBy={captionId} className="rounded-lg border border-slate-200 bg-white shadow-sm">
          <table className="w-full min-w-[860px] text-sm">
            <caption id={captionId} className="px-3 pt-2 text-left font-medium text-slate-900">
              What each column holds
            </caption>
            <TableHead headers={["Column", "Header", "Sample value", { label: "Holds", className: "w-96 min-w-96" }]} cellClass={th} />
            <tbody className="divide-y divide-slate-200">
              {view.columns.map((column) => (
                <tr key={column.index} className="align-top" data-testid="import-column">
                  <td className="px-3 py-2 font-medium">{column.letter}</td>
                  <th scope="row" className="px-3 py-2 text-left font-normal">
                    {column.header || <span className="text-slate-700">(no header)</span>}
                  </th>
                  <td className="max-w-80 px-3 py-2 break-words text-slate-800">{column.sample || <span className="text-slate-700">(blank)</span>}</td>
                  {/* The label is the column's letter and header, read out with the select; the row shows them already. */}
                  <td className="px-3 py-2 [&_label]:sr-only">
                    <SelectField
                      idPrefix="map-"
                      name={`col${column.index}`}
                      label={`Column ${column.letter}, ${column.header || "no header"}, holds`}
                      options={FIELD_OPTIONS}
                      defaultValue={column.field}
                      errors={columnProblems(view, column.index)}
                    />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegion>
        <StatusWords view={view} />
        <Button type="submit" variant="secondary">
          Update the preview
        </Button>
      </form>
    </section>
  );
}

function StatusWords({ view }: { view: ImportUploadView }) {
  return (
    <fieldset className="max-w-3xl space-y-3" aria-describedby="status-words-hint">
      <legend className="text-base font-semibold text-slate-900">Status words</legend>
      <p id="status-words-hint" className="text-sm text-slate-800">
        {view.statusWords.length
          ? "These statuses in the file are not among this partnership’s labels or the usual words for them. Choose what each means; a row whose status is left unchosen is imported with no update yet."
          : "Every status in the file is one this partnership’s labels or the usual words name."}
      </p>
      {view.statusWords.map((word) => (
        <div key={word.key} className="max-w-md">
          <SelectField
            idPrefix="status-"
            name={wordFieldName(word.key)}
            label={`“${word.text}” (${plural(word.rows, "row")})`}
            options={view.statusOptions}
            placeholder="Choose…"
            defaultValue={word.status ?? ""}
          />
        </div>
      ))}
    </fieldset>
  );
}
