// Small building blocks of the highlight report document. Server components
// only, with no links and no client code: the same tree is the read view and
// the lean print view that Chromium turns into a PDF (STYLE rule 17).
import { useId, type ReactNode } from "react";
import { ScrollRegion } from "@/components/ui/scroll-region";
import { formatUkDate, formatUkMonth, parseIsoDate } from "@/lib/dates/format";

export const ukDate = (iso: string) => formatUkDate(parseIsoDate(iso));
export const ukMonth = (iso: string) => formatUkMonth(parseIsoDate(iso));

/** A document section: an h2 (an entry in the PDF's outline) and its content, kept off a page break where it can be. */
export function Section({ id, title, level = 2, children }: { id: string; title: string; level?: 2 | 3 | 4; children: ReactNode }) {
  const Heading = level === 2 ? "h2" : level === 3 ? "h3" : "h4";
  return (
    <section aria-labelledby={id} className="report-section border-t border-slate-200 pt-4">
      <Heading id={id} className="text-lg font-semibold text-slate-900">
        {title}
      </Heading>
      <div className="mt-2 space-y-3">{children}</div>
    </section>
  );
}

/** The lead's own words, paragraphs kept; or a plain note that nothing was written. */
export function Written({ text, empty = "Nothing written." }: { text: string | null; empty?: string }) {
  if (!text?.trim()) return <p className="text-slate-700 italic">{empty}</p>;
  return (
    <div className="space-y-2 text-slate-900">
      {text
        .trim()
        .split(/\n\s*\n/)
        .map((paragraph, i) => (
          <p key={i} className="whitespace-pre-line">
            {paragraph}
          </p>
        ))}
    </div>
  );
}

/** A table with a visible caption (it names the table in the PDF's tags too) and a sentence instead when there are no rows. */
export function DataTable({
  caption,
  empty,
  headers,
  rows,
  count = rows.length,
}: {
  caption: string;
  empty: string;
  headers: string[];
  rows: ReactNode[][];
  /** The number the caption gives, where a row stands for several things (one milestone of many actions). */
  count?: number;
}) {
  const captionId = useId();
  if (rows.length === 0) {
    return (
      <p className="text-slate-800">
        <span className="font-medium">{caption}:</span> {empty}
      </p>
    );
  }
  return (
    <ScrollRegion labelledBy={captionId}>
      <table className="report-table w-full border-collapse text-sm">
        <caption id={captionId} className="mb-1 text-left font-medium text-slate-900">
          {caption} ({count})
        </caption>
        <thead>
          <tr className="border-b border-slate-400 text-left">
            {headers.map((h) => (
              <th key={h} scope="col" className="py-1 pr-3 align-bottom font-medium text-slate-800">
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((cells, r) => (
            <tr key={r} className="border-b border-slate-200 align-top">
              {cells.map((cell, c) =>
                c === 0 ? (
                  <th key={c} scope="row" className="py-1 pr-3 text-left font-normal">
                    {cell}
                  </th>
                ) : (
                  <td key={c} className="py-1 pr-3">
                    {cell}
                  </td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}

export function Code({ children }: { children: ReactNode }) {
  return <span className="font-mono text-xs font-semibold">{children}</span>;
}
