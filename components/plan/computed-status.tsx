import { StatusBadge } from "@/components/ui/status-badge";
import type { ComputedStatus, StatusConflict } from "@/lib/plan/compute";
import type { StatusLabels } from "@/lib/plan/status";

/** The conflict marker: reported status better than the data says, with the reasons in words. */
export function ConflictNote({ conflict, labels }: { conflict: StatusConflict; labels: StatusLabels }) {
  return (
    <div className="rounded-md border-l-4 border-red-700 bg-red-50 px-3 py-2 text-sm text-red-950">
      <p className="font-semibold">
        <span aria-hidden="true">⚠ </span>Status conflict: reported “{labels[conflict.reported]}”, the data says “{labels[conflict.computed]}”
      </p>
      <ul className="mt-1 list-disc pl-5">
        {conflict.reasons.map((reason) => (
          <li key={reason.text}>{reason.text}</li>
        ))}
      </ul>
    </div>
  );
}

export function ComputedStatusBlock({ computed, labels }: { computed: ComputedStatus; labels: StatusLabels }) {
  return (
    <div>
      <StatusBadge status={computed.status} label={labels[computed.status]} prefix="Computed status" />
      {computed.reasons.length ? (
        <ul className="mt-2 list-disc pl-5 text-sm text-slate-800">
          {computed.reasons.map((reason) => (
            <li key={reason.text}>{reason.text}</li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
