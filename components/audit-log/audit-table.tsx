import { useId } from "react";
import Link from "next/link";
import { ScrollRegion } from "@/components/ui/scroll-region";
import type { AuditLogRow } from "@/lib/audit-log/compute";
import type { FieldChange } from "@/lib/audit-log/changes";

/** Fields shown under an entry; a creation can carry many, and the download has them all. */
const SHOWN_FIELDS = 6;
/** Values longer than this together read better on lines of their own than either side of an arrow. */
const INLINE = 60;

/** One field: "Status: Amber → Green" when short; a long text's before and after each on its own line; a creation's value; a deletion's "was …". */
function Change({ change }: { change: FieldChange }) {
  const { before, after } = change;
  if (before !== undefined && after !== undefined && before.length + after.length > INLINE) {
    return (
      <div>
        <dt className="font-medium text-slate-900">{change.field}</dt>
        <dd className="pl-3 text-slate-700">
          <span className="font-medium">Before:</span> {before}
        </dd>
        <dd className="pl-3 text-slate-900">
          <span className="font-medium">After:</span> {after}
        </dd>
      </div>
    );
  }
  return (
    <div>
      <dt className="inline font-medium text-slate-900">{change.field}:</dt>{" "}
      <dd className="inline">
        {before !== undefined && after !== undefined ? (
          <>
            <span className="text-slate-700">{before}</span> <span aria-hidden="true">→</span>
            <span className="sr-only"> changed to</span> <span className="font-medium text-slate-900">{after}</span>
          </>
        ) : after !== undefined ? (
          after
        ) : (
          <>
            <span className="sr-only">was </span>
            {before} <span className="text-slate-700">(removed)</span>
          </>
        )}
      </dd>
    </div>
  );
}

/** What an entry changed, field by field. */
function Changes({ row }: { row: AuditLogRow }) {
  if (row.changes.length === 0) return null;
  const shown = row.changes.slice(0, SHOWN_FIELDS);
  const more = row.changes.length - shown.length;
  return (
    <>
      <dl className="mt-1.5 space-y-0.5 text-slate-800">
        {shown.map((change) => (
          <Change key={change.field} change={change} />
        ))}
      </dl>
      {more > 0 ? <p className="mt-0.5 text-slate-700">and {more} more (in the download)</p> : null}
    </>
  );
}

/** The item's page, or why there is no link: it is gone, or it has no page. */
function Item({ row }: { row: AuditLogRow }) {
  const what = row.kind.toLowerCase();
  if (row.href)
    return (
      <Link prefetch={false} href={row.href} className="text-blue-800 underline underline-offset-2">
        View {what}
      </Link>
    );
  return row.gone ? <span className="text-slate-700">The {what} no longer exists.</span> : null;
}

/** The log's rows: two columns, so a phone reads a row without scrolling sideways (the region still holds any long word). */
export function AuditTable({ rows, caption }: { rows: AuditLogRow[]; caption: string }) {
  const captionId = useId();
  return (
    <ScrollRegion labelledBy={captionId} className="rounded-lg border border-slate-200 bg-white shadow-sm">
      <table className="w-full text-sm">
        <caption id={captionId} className="sr-only">
          {caption}
        </caption>
        <thead>
          <tr className="border-b border-slate-300 text-left text-slate-700">
            <th scope="col" className="w-28 px-3 py-2 font-medium sm:w-44">
              When (UK time)
            </th>
            <th scope="col" className="px-3 py-2 font-medium">
              What happened
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-200">
          {rows.map((row) => (
            <tr key={row.id} className="align-top" data-testid="audit-row">
              <th scope="row" className="px-3 py-2.5 text-left font-normal text-slate-800">
                <time dateTime={row.at.toISOString()}>
                  {row.day}
                  <span className="block text-slate-700">{row.time}</span>
                </time>
                <span className="mt-1 block text-xs font-medium text-slate-700">{row.action}</span>
              </th>
              <td className="px-3 py-2.5">
                <p className="text-slate-900">{row.sentence}</p>
                {row.notes.map((note) => (
                  <p key={note.label} className="mt-1 text-slate-800">
                    <span className="font-medium">{note.label}:</span> {note.text}
                  </p>
                ))}
                <Changes row={row} />
                {row.href || row.gone ? (
                  <p className="mt-1.5">
                    <Item row={row} />
                  </p>
                ) : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
