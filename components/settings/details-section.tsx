import { SpecForm } from "@/components/forms/spec-form";
import { updatePartnershipDetailsAction } from "@/lib/settings/actions";
import type { SettingsPage } from "@/lib/settings/view";
import { SettingsSection } from "./settings-section";

/** The partnership's name and contact email. */
export function DetailsSection({ slug, id, details }: { slug: string; id: string; details: SettingsPage["details"] }) {
  return (
    <SettingsSection
      id="details"
      title="The partnership"
      intro={<p>The name heads every page members see, and every report, pack and download. The contact email is where people write to the programme office.</p>}
    >
      <SpecForm
        action={updatePartnershipDetailsAction}
        slug={slug}
        id="details"
        submitLabel="Save the name and email"
        fields={[
          { kind: "hidden", name: "partnershipId", value: id },
          { kind: "hidden", name: "version", value: String(details.version) },
          { kind: "text", name: "name", label: "Name", hint: "As the partnership calls itself, for example “Derbyshire Local Area SEND Partnership”.", defaultValue: details.name },
          {
            kind: "email",
            name: "contactEmail",
            label: "Contact email (optional)",
            hint: "A shared mailbox of the programme office rather than a person’s. Leave it blank for none.",
            defaultValue: details.contactEmail ?? "",
          },
        ]}
      />
    </SettingsSection>
  );
}
