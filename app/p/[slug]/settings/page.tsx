import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { SpecForm } from "@/components/forms/spec-form";
import { requireMembership } from "@/lib/auth/guards";
import { updatePartnershipSettingsAction } from "@/lib/settings/actions";
import { getSettingsPage } from "@/lib/settings/view";

export const metadata: Metadata = { title: "Settings" };

export default async function SettingsPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const member = await requireMembership(slug);
  const settings = await getSettingsPage(member);
  if (!settings) notFound();
  const { advisors } = settings;
  return (
    <div className="space-y-6">
      <header>
        <h1 className="text-2xl font-semibold text-slate-900">Settings</h1>
        <p className="mt-1 text-slate-800">{settings.name}</p>
      </header>
      <section aria-labelledby="advisors-heading" className="max-w-3xl rounded-lg border border-slate-200 bg-white p-5 shadow-sm">
        <h2 id="advisors-heading" className="text-lg font-semibold">
          DfE and NHS England advisors
        </h2>
        <p className="mt-1 text-slate-800">
          Advisors attached to the partnership ({advisors.length ? advisors.join("; ") : "none yet"}) always read the published stocktake packs and published minutes, and record
          their findings. They never see drafts. Whether they may also read the live dashboard, plan, KPIs and submitted highlight reports is the partnership’s choice.
        </p>
        <p className="mt-2 font-medium text-slate-900">
          Now: {settings.advisorDashboardAccess ? "advisors may read the live dashboard, plan and KPIs." : "advisors read published packs and minutes only."}
        </p>
        <div className="mt-3">
          <SpecForm
            action={updatePartnershipSettingsAction}
            slug={slug}
            id="settings"
            submitLabel="Save"
            fields={[
              { kind: "hidden", name: "partnershipId", value: settings.id },
              { kind: "hidden", name: "version", value: String(settings.version) },
              {
                kind: "checkboxes",
                name: "advisorDashboardAccess",
                label: "Live access for advisors",
                options: [{ value: "on", label: "Let advisors read the live dashboard, plan and KPIs" }],
                defaultValue: settings.advisorDashboardAccess ? "on" : "",
              },
            ]}
          />
        </div>
      </section>
    </div>
  );
}
