// Likelihood and impact, each chosen from 1 to 5 with the NPSA words, as a pair.
import { SelectField } from "@/components/forms/fields";
import { IMPACT_LABELS, LIKELIHOOD_LABELS, SCALE } from "@/lib/risks/compute";

export const LIKELIHOOD_OPTIONS = SCALE.map((n) => ({ value: String(n), label: `${n} — ${LIKELIHOOD_LABELS[n]}` }));
export const IMPACT_OPTIONS = SCALE.map((n) => ({ value: String(n), label: `${n} — ${IMPACT_LABELS[n]}` }));

export function RatingFields({
  legend,
  hint,
  prefix,
  idPrefix = "",
  likelihood,
  impact,
  errors,
  stacked = false,
}: {
  legend: string;
  hint?: string;
  /** "current" → fields currentLikelihood and currentImpact. */
  prefix: "inherent" | "current" | "target";
  idPrefix?: string;
  likelihood?: string;
  impact?: string;
  errors: (name: string) => string[] | undefined;
  /** Likelihood above impact, for a narrow column. */
  stacked?: boolean;
}) {
  return (
    <fieldset className="rounded-md border border-slate-300 p-3">
      <legend className="px-1 text-sm font-semibold text-slate-900">{legend}</legend>
      {hint ? <p className="mb-2 text-sm text-slate-700">{hint}</p> : null}
      <div className={stacked ? "grid grid-cols-1 gap-3" : "grid grid-cols-1 gap-3 sm:grid-cols-2"}>
        <SelectField
          idPrefix={idPrefix}
          name={`${prefix}Likelihood`}
          label="Likelihood"
          placeholder="Choose…"
          defaultValue={likelihood ?? ""}
          errors={errors(`${prefix}Likelihood`)}
          options={LIKELIHOOD_OPTIONS}
        />
        <SelectField idPrefix={idPrefix} name={`${prefix}Impact`} label="Impact" placeholder="Choose…" defaultValue={impact ?? ""} errors={errors(`${prefix}Impact`)} options={IMPACT_OPTIONS} />
      </div>
    </fieldset>
  );
}
