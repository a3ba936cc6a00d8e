import { formatUkDate } from "@/lib/dates/format";
import { mitigationView, ownerName } from "@/lib/risks/compute";
import { mitigationFormDefaults } from "@/lib/risks/form-defaults";
import type { RiskDetail } from "@/lib/risks/queries";
import { MITIGATION_STATE_LABELS } from "@/lib/risks/schema";
import { AddMitigationForm, CompleteMitigationForm, EditMitigationForm } from "./mitigation-forms";

type Option = { value: string; label: string };

/** The mitigation plan: what is being done to bring the risk to its target, by whom, by when. */
export function MitigationList({
  slug,
  risk,
  today,
  mayManage,
  memberOptions,
}: {
  slug: string;
  risk: Pick<RiskDetail, "id" | "state" | "mitigations">;
  today: Date;
  mayManage: boolean;
  memberOptions: Option[];
}) {
  return (
    <section aria-labelledby="mitigations-heading" className="rounded-lg border border-slate-200 bg-white p-5 shadow-sm">
      <h2 id="mitigations-heading" className="text-lg font-semibold text-slate-900">
        Mitigation plan
      </h2>
      <p className="mt-1 text-sm text-slate-700">What is still to be done to bring the risk down to its target. Controls already in place are listed above.</p>
      {risk.mitigations.length === 0 ? <p className="mt-3 text-sm text-slate-800">No mitigations yet.</p> : null}
      <ul className="mt-3 space-y-3">
        {risk.mitigations.map((m, i) => {
          const view = mitigationView(m, today);
          const label = `mitigation ${i + 1}: ${m.text.length > 60 ? `${m.text.slice(0, 57)}…` : m.text}`;
          return (
            <li
              key={m.id}
              className={`border-l-4 pl-3 ${view === "OVERDUE" ? "border-red-700" : view === "COMPLETE" ? "border-green-700" : "border-blue-700"}`}
              data-testid="mitigation"
            >
              <p className="font-medium text-slate-900">{m.text}</p>
              <p className="text-sm text-slate-800">
                {ownerName(m)} · due {formatUkDate(m.dueDate)} ·{" "}
                {view === "COMPLETE" ? (
                  <span className="font-semibold text-green-900">
                    <span aria-hidden="true">✓ </span>Complete{m.completedAt ? ` ${formatUkDate(m.completedAt)}` : ""}
                  </span>
                ) : view === "OVERDUE" ? (
                  <span className="font-semibold text-red-900">
                    <span aria-hidden="true">⚠ </span>Overdue ({MITIGATION_STATE_LABELS[m.state].toLowerCase()})
                  </span>
                ) : (
                  MITIGATION_STATE_LABELS[m.state]
                )}
              </p>
              {m.completionNote ? <p className="text-sm text-slate-800">{m.completionNote}</p> : null}
              {mayManage ? (
                <div className="flex flex-wrap gap-x-6">
                  {m.state !== "COMPLETE" ? <CompleteMitigationForm slug={slug} id={m.id} version={m.version} label={label} /> : null}
                  <EditMitigationForm slug={slug} label={label} memberOptions={memberOptions} mitigation={mitigationFormDefaults(m)} />
                </div>
              ) : null}
            </li>
          );
        })}
      </ul>
      {mayManage && risk.state === "OPEN" ? <AddMitigationForm slug={slug} riskId={risk.id} memberOptions={memberOptions} /> : null}
    </section>
  );
}
