// The parts of the report page around the document: its heading and state,
// the board's comment on a returned report, and every submitted version.
import Link from "next/link";
import { formatUkDate } from "@/lib/dates/format";
import { STATE_LABELS, type ReportState } from "@/lib/reports/compute";

type Submission = {
  number: number;
  submittedAt: Date;
  submittedByName: string;
  outcome: ReportState | null;
  outcomeComment: string | null;
  decidedByName: string | null;
  decidedAt: Date | null;
};

/** The state in words, with a letter for the eye; never colour alone. */
const STATE_TONE: Record<ReportState | "NONE", { letter: string; tone: string }> = {
  NONE: { letter: "–", tone: "border-slate-500 bg-slate-100 text-slate-900" },
  DRAFT: { letter: "D", tone: "border-slate-500 bg-slate-100 text-slate-900" },
  SUBMITTED: { letter: "S", tone: "border-blue-700 bg-blue-50 text-blue-900" },
  NOTED: { letter: "N", tone: "border-green-700 bg-green-50 text-green-900" },
  RETURNED: { letter: "R", tone: "border-amber-600 bg-amber-50 text-amber-900" },
};

/** Short words for tight places (the reports grid), each still a word, not a colour. */
const SHORT: Record<ReportState | "NONE", string> = { NONE: "Not started", DRAFT: "Draft", SUBMITTED: "Submitted", NOTED: "Noted", RETURNED: "Returned" };

export function ReportStateBadge({ state, short = false }: { state: ReportState | null; short?: boolean }) {
  const key = state ?? "NONE";
  return (
    <span className={`inline-flex items-center gap-1.5 rounded-full border px-2 py-0.5 text-sm font-medium whitespace-nowrap ${STATE_TONE[key].tone}`} data-report-state={key}>
      <span aria-hidden="true" className="font-bold">
        {STATE_TONE[key].letter}
      </span>
      {short ? SHORT[key] : STATE_LABELS[key]}
    </span>
  );
}

export function ReportHeading({
  title,
  area,
  state,
  shownNumber,
  latestNumber,
}: {
  title: string;
  area: { title: string };
  state: ReportState | null;
  shownNumber: number | null;
  latestNumber: number | null;
}) {
  return (
    <header className="flex flex-wrap items-start justify-between gap-3">
      <div>
        <h1 className="text-2xl font-semibold text-slate-900">{title}</h1>
        <p className="mt-1 text-slate-800">{area.title}</p>
        {shownNumber !== null && latestNumber !== null && shownNumber !== latestNumber ? (
          <p className="mt-1 font-medium text-slate-900">
            You are reading version {shownNumber}; version {latestNumber} is the latest.
          </p>
        ) : null}
      </div>
      <ReportStateBadge state={state} />
    </header>
  );
}

export function ReturnedNotice({ submission, editHref }: { submission: Submission; editHref: string | null }) {
  return (
    <section aria-labelledby="returned-heading" className="rounded-md border-l-4 border-amber-600 bg-amber-50 px-4 py-3 text-amber-950">
      <h2 id="returned-heading" className="font-semibold">
        Returned by the board{submission.decidedByName ? ` (${submission.decidedByName})` : ""}
        {submission.decidedAt ? ` on ${formatUkDate(submission.decidedAt)}` : ""}
      </h2>
      <p className="mt-1 whitespace-pre-line">{submission.outcomeComment}</p>
      {editHref ? (
        <p className="no-print mt-2">
          <Link prefetch={false} href={editHref} className="font-medium text-blue-900 underline underline-offset-2">
            Revise the report and resubmit it
          </Link>
        </p>
      ) : null}
    </section>
  );
}

const OUTCOME_WORDS = (s: Submission) =>
  s.outcome === "NOTED"
    ? `Noted${s.decidedAt ? ` on ${formatUkDate(s.decidedAt)}` : ""}`
    : s.outcome === "RETURNED"
      ? `Returned${s.decidedAt ? ` on ${formatUkDate(s.decidedAt)}` : ""}`
      : "Awaiting the board";

export function ReportVersions({ submissions, shown }: { submissions: (Submission & { href: string })[]; shown: number | null }) {
  return (
    <section aria-labelledby="versions-heading" className="no-print rounded-lg border border-slate-200 bg-white p-5 shadow-sm">
      <h2 id="versions-heading" className="text-lg font-semibold">
        Every version
      </h2>
      <ol className="mt-2 divide-y divide-slate-200">
        {submissions.map((s) => (
          <li key={s.number} className="py-2" data-testid="report-version">
            <p>
              {s.number === shown ? (
                <span className="font-medium" aria-current="page">
                  Version {s.number} (shown)
                </span>
              ) : (
                <Link prefetch={false} href={s.href} className="font-medium text-blue-800 underline underline-offset-2">
                  Version {s.number}
                </Link>
              )}{" "}
              — submitted {formatUkDate(s.submittedAt)} by {s.submittedByName}. {OUTCOME_WORDS(s)}
              {s.decidedByName && s.outcome ? ` by ${s.decidedByName}` : ""}.
            </p>
            {s.outcomeComment ? <p className="mt-1 text-sm text-slate-800">Board’s comment: {s.outcomeComment}</p> : null}
          </li>
        ))}
      </ol>
    </section>
  );
}
