import Link from "next/link";
import { formatUkDate } from "@/lib/dates/format";
import { owedVerb, type OwedReport } from "@/lib/reports/compute";
import { periodLabel } from "@/lib/reports/period";
import { reportEditPath } from "@/lib/reports/paths";

/** My updates: the highlight reports this member owes the board for last month. */
export function OwedReports({ slug, owed }: { slug: string; owed: OwedReport[] }) {
  if (owed.length === 0) return null;
  const month = periodLabel(owed[0]!.period);
  return (
    <section aria-labelledby="owed-reports-heading" className="mt-6 rounded-lg border border-slate-200 bg-white p-5 shadow-sm">
      <h2 id="owed-reports-heading" className="text-lg font-semibold text-slate-900">
        Highlight reports owed for {month}
      </h2>
      <ul className="mt-2 space-y-2">
        {owed.map((o) => (
          <li key={o.areaId} data-testid="owed-report">
            <Link prefetch={false} href={reportEditPath(slug, o.code, o.period)} className="font-medium text-blue-800 underline underline-offset-2">
              {owedVerb(o.report)} the {o.code} report for {month}
            </Link>{" "}
            <span className="text-slate-800">
              — {o.title}. Due {formatUkDate(o.dueDate)}
              {o.report?.state === "RETURNED" ? "; returned by the board" : ""}.
            </span>
            {o.overdue ? <strong className="ml-1 text-red-900">Overdue</strong> : null}
          </li>
        ))}
      </ul>
    </section>
  );
}
