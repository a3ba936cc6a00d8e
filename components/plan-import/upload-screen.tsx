import Link from "next/link";
import { EditorBreadcrumb } from "@/components/plan/editor/editor-links";
import type { Status } from "@/lib/generated/prisma/enums";
import { formatUkDateTime } from "@/lib/dates/format";
import { planImportPath, planImportUploadPath } from "@/lib/plan-import/paths";
import type { ImportUploadView } from "@/lib/plan-import/view";
import { ConfirmForm, type ConfirmFields } from "./confirm-form";
import { ErrorSummary } from "./error-summary";
import { ImportResultView } from "./import-result";
import { columnFieldId, columnProblems, MappingForm, wordFieldName } from "./mapping-form";
import { PreviewSection } from "./preview-section";
import { previewRowId } from "./preview-table";
import { SheetForm } from "./sheet-form";

/** How many of the preview's errors the summary at the top lists; the rest are marked in the table. */
const SUMMARY_ROWS = 20;

/**
 * One upload's page. Imported: its result. Otherwise the steps, one under
 * another, each a plain form (GOV.UK-like, all working without JavaScript):
 * the sheet, the columns and status words, the preview, and the confirmation.
 */
export function UploadScreen({ slug, view }: { slug: string; view: ImportUploadView }) {
  const { upload, result } = view;
  return (
    <div className="space-y-8">
      <div className="space-y-2">
        <EditorBreadcrumb slug={slug} trail={[{ href: planImportPath(slug), label: "Import" }]} current={upload.fileName} />
        <p className="text-base text-slate-700" data-testid="import-file">
          <span className="sr-only">Spreadsheet: </span>
          {upload.fileName}
          <span className="text-sm"> · uploaded {formatUkDateTime(upload.createdAt)}</span>
        </p>
        <h1 className="text-2xl font-semibold text-slate-900">{result ? "Plan imported" : "Check and import the plan"}</h1>
      </div>
      {result ? <ImportResultView slug={slug} result={result} importedAt={upload.importedAt} /> : <Steps slug={slug} view={view} />}
      <p>
        <Link prefetch={false} href={planImportPath(slug)} className="text-blue-800 underline underline-offset-2">
          Upload another spreadsheet
        </Link>
      </p>
    </div>
  );
}

function Steps({ slug, view }: { slug: string; view: ImportUploadView }) {
  const action = planImportUploadPath(slug, view.upload.id);
  const hasSheets = view.sheets.length > 1;
  const labels = Object.fromEntries(view.statusOptions.map((o) => [o.value, o.label])) as Record<Status, string>;
  const { items, more } = summaryOf(view);
  return (
    <>
      <ErrorSummary items={items} more={more} />
      {view.problem ? (
        <p role="alert" className="max-w-3xl rounded-md border border-red-700 bg-red-50 px-3 py-2 text-red-900">
          {view.problem}
        </p>
      ) : null}
      {hasSheets ? <SheetForm action={action} sheets={view.sheets} sheet={view.sheet} /> : null}
      {view.problem ? null : <MappingForm action={action} view={view} step={hasSheets ? 2 : 1} />}
      {view.preview ? (
        <>
          <PreviewSection preview={view.preview} headings={view.headings} labels={labels} step={hasSheets ? 3 : 2} />
          <section aria-labelledby="step-confirm" className="max-w-3xl space-y-3">
            <h2 id="step-confirm" className="text-lg font-semibold text-slate-900">
              {hasSheets ? 4 : 3}. Import
            </h2>
            <ConfirmForm
              slug={slug}
              uploadId={view.upload.id}
              fields={confirmFields(view)}
              actions={view.preview.counts.new + view.preview.counts.updated}
              blocked={view.preview.counts.errors > 0}
            />
          </section>
        </>
      ) : view.problem ? null : (
        <p className="max-w-3xl font-medium text-slate-900">Fix the columns’ choices above to see the preview.</p>
      )}
    </>
  );
}

/** The confirmation carries the choices the preview was made with, named as the page's query. */
function confirmFields(view: ImportUploadView): ConfirmFields {
  return [
    ...(view.sheets.length > 1 ? [{ name: "sheet", value: view.sheet }] : []),
    ...view.columns.map((column) => ({ name: `col${column.index}`, value: column.field })),
    ...view.statusWords.flatMap((word) => (word.status ? [{ name: wordFieldName(word.key), value: word.status }] : [])),
  ];
}

/** The error summary: the mapping's problems (linked to the column at fault), then the rows with errors. */
function summaryOf(view: ImportUploadView) {
  const mapping = view.mappingProblems.map((text) => {
    const column = view.columns.find((c) => columnProblems(view, c.index).includes(text));
    return { text, href: column ? `#${columnFieldId(column.index)}` : "#step-columns" };
  });
  const rows = (view.preview?.rows ?? []).flatMap((row) =>
    row.problems.filter((p) => p.level === "error").map((p) => ({ text: `Row ${row.rows[0]}: ${p.message}`, href: `#${previewRowId(row)}` })),
  );
  return { items: [...mapping, ...rows.slice(0, SUMMARY_ROWS)], more: Math.max(0, rows.length - SUMMARY_ROWS) };
}
