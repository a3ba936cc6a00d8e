import Link from "next/link";
import { useId } from "react";
import { ScrollRegion } from "@/components/ui/scroll-region";
import { formatUkDate, formatUkDateTime } from "@/lib/dates/format";
import { planImportUploadPath } from "@/lib/plan-import/paths";
import { TableHead } from "./table-head";

export type RecentUpload = { id: string; fileName: string; createdAt: Date; importedAt: Date | null; byName: string };

const th = "px-3 py-2 font-medium";

/** The partnership's recent uploads, newest first: each opens its preview, or its result once imported. */
export function RecentUploads({ slug, uploads }: { slug: string; uploads: readonly RecentUpload[] }) {
  const captionId = useId();
  return (
    <section aria-labelledby="recent-uploads-heading" className="space-y-3">
      <h2 id="recent-uploads-heading" className="text-lg font-semibold text-slate-900">
        Recent uploads
      </h2>
      {uploads.length ? (
        <ScrollRegion labelledBy={captionId} className="rounded-lg border border-slate-200 bg-white shadow-sm">
          <table className="w-full min-w-[640px] text-sm">
            <caption id={captionId} className="sr-only">
              Recent uploads, newest first
            </caption>
            <TableHead headers={["File", "Uploaded by", "When", "Imported"]} cellClass={th} />
            <tbody className="divide-y divide-slate-200">
              {uploads.map((upload) => (
                <tr key={upload.id} className="align-top" data-testid="plan-upload">
                  <th scope="row" className="px-3 py-2 text-left font-normal">
                    <Link prefetch={false} href={planImportUploadPath(slug, upload.id)} className="font-medium text-blue-800 underline underline-offset-2">
                      {upload.fileName}
                    </Link>
                  </th>
                  <td className="px-3 py-2">{upload.byName}</td>
                  <td className="px-3 py-2 whitespace-nowrap">{formatUkDateTime(upload.createdAt)}</td>
                  <td className="px-3 py-2">{upload.importedAt ? `Imported on ${formatUkDate(upload.importedAt)}` : "Not imported"}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegion>
      ) : (
        <p className="text-slate-700">No spreadsheets uploaded yet.</p>
      )}
    </section>
  );
}
