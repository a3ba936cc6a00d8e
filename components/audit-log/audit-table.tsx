import { useId } from "react";
import Link from "next/link";
import { ScrollRegion } from "@/components/ui/scroll-region";
import type { AuditLogRow } from "@/lib/audit-log/compute";

/** Fields shown under an entry; a creation can carry many, and the download has them all. */
const SHOWN_FIELDS = 6;

/** What an entry changed: "Status: Amber → Green"; a creation's values; a deletion's "was …". */
function Changes({ row }: { row: AuditLogRow }) {
  if (row.changes.length === 0) return null;
  const shown = row.changes.slice(0, SHOWN_FIELDS);
  const more = row.changes.length - shown.length;
  return (
    <>
      <dl className="mt-1.5 grid grid-cols-[minmax(0,auto)_minmax(0,1fr)] gap-x-3 gap-y-0.5 text-slate-800">
        {shown.map((change) => (
          <div key={change.field} className="contents">
            <dt className="font-medium text-slate-700">{change.field}</dt>
            <dd className="min-w-0">
              {change.before !== undefined && change.after !== undefined ? (
                <>
                  <span className="text-slate-700">{change.before}</span> <span aria-hidden="true">→</span>
                  <span className="sr-only"> changed to </span> <span className="font-medium text-slate-900">{change.after}</span>
                </>
              ) : change.after !== undefined ? (
                change.after
              ) : (
                <>
                  <span className="sr-only">was </span>
                  {change.before} <span className="text-slate-700">(removed)</span>
                </>
              )}
            </dd>
          </div>
        ))}
      </dl>
      {more > 0 ? <p className="mt-0.5 text-slate-700">and {more} more (in the download)</p> : null}
    </>
  );
}

/** The item's page, or why there is no link: it is gone, or it has no page. */
function Item({ row }: { row: AuditLogRow }) {
  if (row.href)
    return (
      <Link prefetch={false} href={row.href} className="text-blue-800 underline underline-offset-2">
        {row.kind}
      </Link>
    );
  return (
    <span className="text-slate-800">
      {row.kind}
      {row.gone ? <span className="block text-xs text-slate-700">no longer exists</span> : null}
    </span>
  );
}

export function AuditTable({ rows, caption }: { rows: AuditLogRow[]; caption: string }) {
  const captionId = useId();
  return (
    <ScrollRegion labelledBy={captionId} className="rounded-lg border border-slate-200 bg-white shadow-sm">
      <table className="w-full min-w-[640px] text-sm">
        <caption id={captionId} className="sr-only">
          {caption}
        </caption>
        <thead>
          <tr className="border-b border-slate-300 text-left text-slate-700">
            <th scope="col" className="w-40 px-3 py-2 font-medium">
              When (UK time)
            </th>
            <th scope="col" className="px-3 py-2 font-medium">
              What happened
            </th>
            <th scope="col" className="w-36 px-3 py-2 font-medium">
              Item
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-200">
          {rows.map((row) => (
            <tr key={row.id} className="align-top" data-testid="audit-row">
              <th scope="row" className="px-3 py-2.5 text-left font-normal whitespace-nowrap text-slate-800">
                <time dateTime={row.at.toISOString()}>{row.when}</time>
                <span className="mt-0.5 block text-xs text-slate-700">{row.action}</span>
              </th>
              <td className="px-3 py-2.5">
                <p className="text-slate-900">{row.sentence}</p>
                {row.notes.map((note) => (
                  <p key={note.label} className="mt-1 text-slate-800">
                    <span className="font-medium">{note.label}:</span> {note.text}
                  </p>
                ))}
                <Changes row={row} />
              </td>
              <td className="px-3 py-2.5">
                <Item row={row} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
