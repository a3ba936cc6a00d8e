import type { Status } from "@/lib/generated/prisma/enums";
import { STATUS_LETTERS } from "@/lib/plan/status";

// Colour pairs chosen for at least 4.5:1 text contrast; the letter and the
// label carry the meaning, so the badge reads in greyscale too.
const TONES: Record<Status, string> = {
  COMPLETE: "border-blue-700 bg-blue-50 text-blue-900",
  ON_TRACK: "border-green-700 bg-green-50 text-green-900",
  AT_RISK: "border-amber-600 bg-amber-50 text-amber-900",
  OFF_TRACK: "border-red-700 bg-red-50 text-red-900",
  NOT_DUE: "border-slate-500 bg-slate-100 text-slate-800",
};

const DOTS: Record<Status, string> = {
  COMPLETE: "bg-blue-700",
  ON_TRACK: "bg-green-700",
  AT_RISK: "bg-amber-500",
  OFF_TRACK: "bg-red-700",
  NOT_DUE: "bg-slate-500",
};

export function StatusBadge({ status, label, prefix }: { status: Status; label: string; prefix?: string }) {
  return (
    <span
      className={`inline-flex items-center gap-1.5 rounded-full border px-2 py-0.5 text-sm font-medium whitespace-nowrap ${TONES[status]}`}
      data-status={status}
    >
      <span aria-hidden="true" className={`inline-flex h-4 w-4 items-center justify-center rounded-full text-[10px] font-bold text-white ${DOTS[status]}`}>
        {STATUS_LETTERS[status]}
      </span>
      {prefix ? <span className="sr-only">{prefix}: </span> : null}
      {label}
    </span>
  );
}
