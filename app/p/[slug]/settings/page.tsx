import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ArchiveSection } from "@/components/partnership-archive/archive-section";
import { AdvisorsSection } from "@/components/settings/advisors-section";
import { DetailsSection } from "@/components/settings/details-section";
import { LabelsSection } from "@/components/settings/labels-section";
import { PublicPageSection } from "@/components/settings/public-page-section";
import { RhythmSection } from "@/components/settings/rhythm-section";
import { requireMembership } from "@/lib/auth/guards";
import { getSettingsPage } from "@/lib/settings/view";

export const metadata: Metadata = { title: "Settings" };

/** The partnership's settings: five small forms, each saved (and versioned) on its own, and the whole partnership as one download. */
export default async function SettingsPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const member = await requireMembership(slug);
  const settings = await getSettingsPage(member);
  if (!settings) notFound();
  return (
    <div className="space-y-6">
      <header>
        <h1 className="text-2xl font-semibold text-slate-900">Settings</h1>
        <p className="mt-1 text-slate-800">{settings.details.name}</p>
      </header>
      <DetailsSection slug={slug} id={settings.id} details={settings.details} />
      <LabelsSection slug={slug} id={settings.id} labels={settings.labels} />
      <RhythmSection slug={slug} id={settings.id} rhythm={settings.rhythm} />
      <AdvisorsSection slug={slug} id={settings.id} advisors={settings.advisors} />
      <PublicPageSection slug={slug} id={settings.id} publicPage={settings.publicPage} />
      <ArchiveSection slug={slug} />
    </div>
  );
}
