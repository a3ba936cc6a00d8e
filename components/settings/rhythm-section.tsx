import { SpecForm } from "@/components/forms/spec-form";
import { updateReportingRhythmAction } from "@/lib/settings/actions";
import type { SettingsPage } from "@/lib/settings/view";
import { SettingsSection } from "./settings-section";

/** The update cadence and grace, the milestone warning window and the highlight report due day. */
export function RhythmSection({ slug, id, rhythm }: { slug: string; id: string; rhythm: SettingsPage["rhythm"] }) {
  return (
    <SettingsSection
      id="rhythm"
      title="Reporting rhythm"
      intro={<p>When updates and reports are due. The dashboard, the plan, My updates and the reports page count statuses with these from their next load.</p>}
    >
      <SpecForm
        action={updateReportingRhythmAction}
        slug={slug}
        id="rhythm"
        submitLabel="Save the reporting rhythm"
        fields={[
          { kind: "hidden", name: "partnershipId", value: id },
          { kind: "hidden", name: "version", value: String(rhythm.version) },
          ...rhythm.fields.map((field) => ({
            kind: "number" as const,
            name: field.field,
            label: `${field.label} (${field.unit})`,
            hint: `${field.drives} From ${field.min} to ${field.max}.`,
            defaultValue: String(field.value),
            width: "short-input" as const,
          })),
        ]}
      />
    </SettingsSection>
  );
}
