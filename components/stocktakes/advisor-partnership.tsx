// One partnership on an advisor's home page: its latest published pack, what
// changed since the one before, the next review, the next steps still open
// and the advisors' own unpublished findings.
import Link from "next/link";
import { formatUkDate } from "@/lib/dates/format";
import { dashboardPath } from "@/lib/dashboard/paths";
import { findingsPath, stocktakePath, stocktakesPath } from "@/lib/stocktakes/paths";
import type { getAdvisorSummary } from "@/lib/stocktakes/view";

type Summary = Awaited<ReturnType<typeof getAdvisorSummary>>;

/** How many open next steps are listed by name; the rest are counted. */
const LISTED = 6;

export function AdvisorPartnership({
  partnership,
  role,
  summary,
}: {
  partnership: { slug: string; name: string; localAuthority: string; advisorDashboardAccess: boolean };
  role: string;
  summary: Summary;
}) {
  const { slug } = partnership;
  const headingId = `advise-${slug}`;
  return (
    <article aria-labelledby={headingId} className="rounded-lg border border-slate-200 bg-white p-5 shadow-sm" data-testid="advised-partnership">
      <h3 id={headingId} className="text-lg font-semibold">
        <Link prefetch={false} href={dashboardPath(slug)} className="text-blue-900 underline underline-offset-2">
          {partnership.name}
        </Link>
      </h3>
      <p className="text-sm text-slate-700">
        {partnership.localAuthority} · {role} ·{" "}
        {partnership.advisorDashboardAccess ? "shares its live dashboard with advisors" : "shares published packs only, not its live dashboard"}
      </p>
      {summary.latest ? (
        <dl className="mt-3 grid grid-cols-1 gap-x-6 gap-y-2 text-sm sm:grid-cols-[auto_1fr]">
          <dt className="font-medium text-slate-800">Latest stocktake</dt>
          <dd>
            <Link prefetch={false} href={stocktakePath(slug, summary.latest.id)} className="font-medium text-blue-800 underline underline-offset-2">
              {summary.latest.title}
            </Link>
            {summary.latest.reviewDate ? `, reviewed ${formatUkDate(summary.latest.reviewDate)}` : ""}
            {summary.latest.publishedAt ? ` (published ${formatUkDate(summary.latest.publishedAt)})` : ""}
            {summary.latest.illustrative ? <span className="ml-1 text-xs text-slate-700">[illustrative]</span> : null}
          </dd>
          <dt className="font-medium text-slate-800">What changed</dt>
          <dd>{summary.change}</dd>
          <dt className="font-medium text-slate-800">Next review</dt>
          <dd>{summary.nextReview ?? "Not given yet: publish your findings with the date"}</dd>
          <dt className="font-medium text-slate-800">Findings still open</dt>
          <dd>
            {summary.open.length === 0 ? (
              "None: every published next step has been answered."
            ) : (
              <>
                {summary.open.length} {summary.open.length === 1 ? "next step awaits" : "next steps await"} the partnership’s response in its next stocktake:
                <ul className="mt-1 list-disc pl-5">
                  {summary.open.slice(0, LISTED).map((f) => (
                    <li key={f.id}>
                      {f.section.priorityArea?.code ?? (f.section.key === "GOVERNANCE" ? "Governance" : "Families")}: {f.heading}
                    </li>
                  ))}
                </ul>
                {summary.open.length > LISTED ? <span className="block">and {summary.open.length - LISTED} more.</span> : null}
              </>
            )}
          </dd>
          {summary.drafts ? (
            <>
              <dt className="font-medium text-slate-800">Your drafts</dt>
              <dd>
                {summary.drafts} {summary.drafts === 1 ? "finding" : "findings"} recorded by the advisors, not yet published.{" "}
                <Link prefetch={false} href={findingsPath(slug, summary.latest.id)} className="text-blue-800 underline underline-offset-2">
                  Review and publish them
                </Link>
              </dd>
            </>
          ) : null}
        </dl>
      ) : (
        <p className="mt-3 text-sm text-slate-800">No stocktake published yet.</p>
      )}
      <p className="mt-3 text-sm">
        <Link prefetch={false} href={stocktakesPath(slug)} className="text-blue-800 underline underline-offset-2">
          Every stocktake<span className="sr-only"> of {partnership.localAuthority}</span>
        </Link>
      </p>
    </article>
  );
}
