import { SpecForm } from "@/components/forms/spec-form";
import { StatusBadge } from "@/components/ui/status-badge";
import { resetStatusLabelsAction, updateStatusLabelsAction } from "@/lib/settings/actions";
import { LABEL_MAX } from "@/lib/settings/compute";
import type { SettingsPage } from "@/lib/settings/view";
import { SettingsSection } from "./settings-section";

/** The partnership's words for the five canonical states, and the way back to the standard ones. */
export function LabelsSection({ slug, id, labels }: { slug: string; id: string; labels: SettingsPage["labels"] }) {
  return (
    <SettingsSection
      id="labels"
      title="Status labels"
      intro={
        <>
          <p>
            What the partnership calls each of the five states: “Green”, “Amber” and “Red”, or “On track no concerns”… Each label is up to {LABEL_MAX} characters and different from
            the others. Every page, PDF and download uses these labels; a highlight report already submitted, and a published stocktake or board pack, keep the labels they were
            written with.
          </p>
          <p>
            <span className="font-medium text-slate-900">Now: </span>
            <span className="inline-flex flex-wrap gap-2 align-middle">
              {labels.states.map((state) => (
                <StatusBadge key={state.status} status={state.status} label={state.label} />
              ))}
            </span>
          </p>
        </>
      }
    >
      <SpecForm
        action={updateStatusLabelsAction}
        slug={slug}
        id="labels"
        submitLabel="Save the labels"
        fields={[
          { kind: "hidden", name: "partnershipId", value: id },
          { kind: "hidden", name: "version", value: String(labels.version) },
          ...labels.states.map((state) => ({
            kind: "text" as const,
            name: state.status,
            label: state.name,
            hint: `Standard label: “${state.standardLabel}”.`,
            defaultValue: state.label,
          })),
        ]}
      />
      <div className="mt-5 border-t border-slate-200 pt-4">
        {labels.standard ? (
          <p className="text-slate-800">These are the standard labels.</p>
        ) : (
          <SpecForm
            action={resetStatusLabelsAction}
            slug={slug}
            id="labels-reset"
            submitLabel="Reset to the standard labels"
            variant="secondary"
            fields={[
              { kind: "hidden", name: "partnershipId", value: id },
              { kind: "hidden", name: "version", value: String(labels.version) },
            ]}
          />
        )}
      </div>
    </SettingsSection>
  );
}
