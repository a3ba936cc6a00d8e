import type { ImpactLogState, MeetingState } from "@/lib/generated/prisma/enums";
import { IMPACT_LOG_STATE_LABELS, MEETING_STATE_LABELS, MINUTES_STATE_LABELS, type MinutesState } from "@/lib/meetings/compute";

// Each badge carries a symbol and words, so it reads in greyscale and to a screen reader.
const MEETING: Record<MeetingState, { symbol: string; tone: string }> = {
  DRAFT: { symbol: "✎", tone: "border-slate-500 bg-slate-100 text-slate-900" },
  OPEN: { symbol: "✉", tone: "border-blue-700 bg-blue-50 text-blue-900" },
  IN_PROGRESS: { symbol: "▶", tone: "border-green-700 bg-green-50 text-green-900" },
  CLOSED: { symbol: "■", tone: "border-slate-700 bg-white text-slate-900" },
  CANCELLED: { symbol: "✕", tone: "border-red-700 bg-red-50 text-red-900" },
};

const pill = "inline-flex items-center gap-1.5 rounded-full border px-2 py-0.5 text-sm font-medium whitespace-nowrap";

export function MeetingStateBadge({ state }: { state: MeetingState }) {
  return (
    <span className={`${pill} ${MEETING[state].tone}`} data-meeting-state={state}>
      <span aria-hidden="true">{MEETING[state].symbol}</span>
      <span className="sr-only">Meeting status: </span>
      {MEETING_STATE_LABELS[state]}
    </span>
  );
}

const MINUTES: Record<MinutesState, string> = {
  NONE: "border-slate-400 bg-white text-slate-800",
  DRAFT: "border-amber-600 bg-amber-50 text-amber-900",
  APPROVED: "border-blue-700 bg-blue-50 text-blue-900",
  PUBLISHED: "border-green-700 bg-green-50 text-green-900",
};

export function MinutesBadge({ state }: { state: MinutesState }) {
  return (
    <span className={`${pill} ${MINUTES[state]}`} data-minutes-state={state}>
      <span className="sr-only">Minutes: </span>
      {MINUTES_STATE_LABELS[state]}
    </span>
  );
}

export function LogStateBadge({ state }: { state: ImpactLogState }) {
  const tone =
    state === "DONE"
      ? "border-blue-700 bg-blue-50 text-blue-900"
      : state === "IN_PROGRESS"
        ? "border-slate-600 bg-white text-slate-900"
        : "border-slate-500 bg-slate-100 text-slate-900";
  return (
    <span className={`${pill} ${tone}`}>
      <span aria-hidden="true">{state === "DONE" ? "✓" : state === "IN_PROGRESS" ? "◐" : "○"}</span>
      {IMPACT_LOG_STATE_LABELS[state]}
    </span>
  );
}

/** "Slow to progress", in words, never by colour alone (Improvement Notice §5e). */
export function SlowFlag({ reasons, asOf }: { reasons: readonly { text: string }[]; asOf?: string }) {
  if (!reasons.length) return null;
  return (
    <div className="mt-1 rounded-md border-l-4 border-red-700 bg-red-50 px-2 py-1 text-sm text-red-900">
      <p className="font-semibold">
        <span aria-hidden="true">⚠ </span>Slow to progress{asOf ? ` (as of ${asOf})` : ""}
      </p>
      <ul className="list-disc pl-5">
        {reasons.map((r) => (
          <li key={r.text}>{r.text}</li>
        ))}
      </ul>
    </div>
  );
}

export function IllustrativeNote({ children }: { children?: React.ReactNode }) {
  return (
    <p className="rounded-md border border-dashed border-slate-500 bg-slate-50 px-3 py-2 text-sm text-slate-800">
      <strong>Illustrative.</strong>{" "}
      {children ?? "This meeting is demo data: the documents do not record it. Who attended and what was said are made up to show how the board's cycle works."}
    </p>
  );
}
