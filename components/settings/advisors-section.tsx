import { SpecForm } from "@/components/forms/spec-form";
import { updatePartnershipSettingsAction } from "@/lib/settings/actions";
import type { SettingsPage } from "@/lib/settings/view";
import { SettingsSection } from "./settings-section";

/** Whether the DfE and NHS England advisors may read the live dashboard, plan and KPIs. */
export function AdvisorsSection({ slug, id, advisors }: { slug: string; id: string; advisors: SettingsPage["advisors"] }) {
  return (
    <SettingsSection
      id="advisors"
      title="DfE and NHS England advisors"
      intro={
        <>
          <p>
            Advisors attached to the partnership ({advisors.names.length ? advisors.names.join("; ") : "none yet"}) always read the published stocktake packs and published minutes,
            and record their findings. They never see drafts. Whether they may also read the live dashboard, plan, KPIs and submitted highlight reports is the partnership’s choice.
          </p>
          <p className="font-medium text-slate-900">
            Now: {advisors.advisorDashboardAccess ? "advisors may read the live dashboard, plan and KPIs." : "advisors read published packs and minutes only."}
          </p>
        </>
      }
    >
      <SpecForm
        action={updatePartnershipSettingsAction}
        slug={slug}
        id="advisors"
        submitLabel="Save advisors’ access"
        fields={[
          { kind: "hidden", name: "partnershipId", value: id },
          { kind: "hidden", name: "version", value: String(advisors.version) },
          {
            kind: "checkboxes",
            name: "advisorDashboardAccess",
            label: "Live access for advisors",
            options: [{ value: "on", label: "Let advisors read the live dashboard, plan and KPIs" }],
            defaultValue: advisors.advisorDashboardAccess ? "on" : "",
          },
        ]}
      />
    </SettingsSection>
  );
}
