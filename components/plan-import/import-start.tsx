import Link from "next/link";
import { EditorBreadcrumb } from "@/components/plan/editor/editor-links";
import { planEditorPath } from "@/lib/plan/paths";
import { RecentUploads, type RecentUpload } from "./recent-uploads";
import { UploadForm } from "./upload-form";

/** The import's first page: what it takes, the upload, and the uploads so far. */
export function ImportStart({ slug, recent }: { slug: string; recent: readonly RecentUpload[] }) {
  return (
    <div className="space-y-8">
      <div className="space-y-2">
        <EditorBreadcrumb slug={slug} current="Import" />
        <h1 className="text-2xl font-semibold text-slate-900">Import a plan from a spreadsheet</h1>
        <p className="mt-1 max-w-3xl text-slate-700">
          Bring in a plan kept in Excel instead of typing it item by item. Upload the file, check how its columns and status words were read and what each row becomes, then
          confirm: every row goes in together, or none does. Importing the same file again changes nothing; an edited file updates actions by their code.
        </p>
      </div>
      <section aria-labelledby="import-takes-heading" className="max-w-3xl space-y-2">
        <h2 id="import-takes-heading" className="text-lg font-semibold text-slate-900">
          What it takes
        </h2>
        <p className="text-slate-800">
          A CSV file (commas or semicolons, as Excel saves it) or an Excel workbook (.xlsx, then choose the sheet), up to 10 MB. It knows two shapes:
        </p>
        <ul className="list-disc space-y-1 pl-6 text-slate-800">
          <li>
            <strong className="font-medium">Derbyshire-style:</strong> priority area, desired outcome, action (with its code), how we will measure impact and by when, lead,
            timescale. The plan’s own Excel download has these columns.
          </li>
          <li>
            <strong className="font-medium">Hull-style:</strong> strategic priority, what do we want to achieve, what we will do, intended outcomes and impact, impact measures,
            strategic lead, start date, due date, SEF/DBV/AFI, status.
          </li>
        </ul>
        <p className="text-slate-800">
          Other columns can be matched by hand in the preview. Macro-enabled workbooks (.xlsm) and cells holding formulas are refused: save the values only.
        </p>
      </section>
      <section aria-labelledby="upload-heading" className="max-w-3xl rounded-lg border border-slate-200 bg-white p-5 shadow-sm">
        <h2 id="upload-heading" className="text-lg font-semibold text-slate-900">
          Upload a spreadsheet
        </h2>
        <div className="mt-3">
          <UploadForm slug={slug} />
        </div>
      </section>
      <RecentUploads slug={slug} uploads={recent} />
      <p>
        <Link prefetch={false} href={planEditorPath(slug)} className="text-blue-800 underline underline-offset-2">
          Back to editing the plan
        </Link>
      </p>
    </div>
  );
}
