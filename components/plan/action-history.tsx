import { StatusBadge } from "@/components/ui/status-badge";
import type { ActionDetail } from "@/lib/plan/queries";
import type { StatusLabels } from "@/lib/plan/status";
import { EVIDENCE_KIND_LABELS } from "@/lib/plan/schema";
import { formatUkDate, formatUkDateTime } from "@/lib/dates/format";

type Entry =
  | { kind: "update"; at: Date; update: ActionDetail["updates"][number] }
  | { kind: "change"; at: Date; change: ActionDetail["changeRequests"][number] }
  | { kind: "correction"; at: Date; correction: ActionDetail["dueDateCorrections"][number] };

/** Rows that did not come from the app say where they come from ("Illustrative: …"). */
export function Provenance({ text }: { text: string | null | undefined }) {
  if (!text) return null;
  return (
    <p className="mt-1 text-xs text-slate-700 italic" data-testid="provenance-note">
      {text}
    </p>
  );
}

/** Every status update and every decided change request, newest first. */
export function ActionHistory({ action, labels }: { action: ActionDetail; labels: StatusLabels }) {
  const entries: Entry[] = [
    ...action.updates.map((update) => ({ kind: "update" as const, at: update.createdAt, update })),
    ...action.changeRequests.filter((c) => c.decidedAt).map((change) => ({ kind: "change" as const, at: change.decidedAt!, change })),
    ...action.dueDateCorrections.map((correction) => ({ kind: "correction" as const, at: correction.createdAt, correction })),
  ].sort((a, b) => b.at.getTime() - a.at.getTime());
  return (
    <section aria-labelledby="history-heading" className="rounded-lg border border-slate-200 bg-white p-5 shadow-sm">
      <h2 id="history-heading" className="text-lg font-semibold">
        History
      </h2>
      {entries.length === 0 ? <p className="mt-2 text-sm text-slate-700">No updates yet.</p> : null}
      <ol className="mt-3 space-y-4" aria-label="Status history, newest first">
        {entries.map((entry) =>
          entry.kind === "update" ? (
            <li key={`u-${entry.update.id}`} className="border-l-2 border-slate-300 pl-3" data-testid="history-entry">
              <div className="flex flex-wrap items-center gap-2">
                <StatusBadge status={entry.update.status} label={labels[entry.update.status]} prefix="Status set to" />
                <span className="text-sm text-slate-700">
                  {entry.update.authorName} · <time dateTime={entry.at.toISOString()}>{formatUkDateTime(entry.at)}</time>
                </span>
              </div>
              <p className="mt-1 text-slate-900">{entry.update.commentary}</p>
              <Provenance text={entry.update.provenance} />
              {entry.update.evidence.map((evidence) => (
                <p key={evidence.id} className="mt-1 text-sm text-slate-800">
                  <span className="font-medium">
                    Evidence ({EVIDENCE_KIND_LABELS[evidence.kind]}, {formatUkDate(evidence.date)}):
                  </span>{" "}
                  {evidence.url ? (
                    <a href={evidence.url} className="text-blue-800 underline underline-offset-2" rel="noreferrer noopener" target="_blank">
                      {evidence.title}
                    </a>
                  ) : (
                    evidence.title
                  )}
                  {evidence.text ? ` — ${evidence.text}` : ""}
                </p>
              ))}
            </li>
          ) : entry.kind === "correction" ? (
            <li key={`d-${entry.correction.id}`} className="border-l-2 border-slate-500 pl-3" data-testid="history-entry">
              <p className="text-sm font-medium text-slate-900">
                Due date corrected by {entry.correction.correctedByName} · <time dateTime={entry.at.toISOString()}>{formatUkDateTime(entry.at)}</time>
              </p>
              <p className="text-sm text-slate-900">
                {entry.correction.milestone ? `Milestone “${entry.correction.milestone.text.slice(0, 80)}”: ` : ""}
                {formatUkDate(entry.correction.previousDate)} corrected to {formatUkDate(entry.correction.correctedDate)} (a correction of a mistyped date, not a change request)
              </p>
              <p className="text-sm text-slate-800">Reason: {entry.correction.reason}</p>
            </li>
          ) : (
            <li key={`c-${entry.change.id}`} className="border-l-2 border-blue-700 pl-3" data-testid="history-entry">
              <p className="text-sm font-medium text-slate-900">
                Change request {entry.change.state === "APPROVED" ? "approved" : entry.change.state === "REJECTED" ? "rejected" : entry.change.state.toLowerCase()} by{" "}
                {entry.change.decidedByName} · <time dateTime={entry.at.toISOString()}>{formatUkDateTime(entry.at)}</time>
              </p>
              {entry.change.proposedDueDate && entry.change.state === "APPROVED" ? (
                <p className="text-sm text-slate-900">
                  Due date moved from {formatUkDate(entry.change.previousDueDate)} to {formatUkDate(entry.change.proposedDueDate)}
                  {entry.change.milestone ? ` for milestone “${entry.change.milestone.text.slice(0, 80)}”` : ""}
                </p>
              ) : null}
              <p className="text-sm text-slate-800">
                Requested by {entry.change.requestedByName}: {entry.change.reason}
              </p>
              {entry.change.decisionNote ? <p className="text-sm text-slate-800">Decision: {entry.change.decisionNote}</p> : null}
              <Provenance text={entry.change.provenance} />
            </li>
          ),
        )}
      </ol>
    </section>
  );
}
