import { SettingsSection } from "@/components/settings/settings-section";
import { partnershipArchivePath } from "@/lib/partnership-archive/paths";

/** The settings page's link to the whole partnership as one ZIP (lib/partnership-archive). */
export function ArchiveSection({ slug }: { slug: string }) {
  return (
    <SettingsSection
      id="archive"
      title="Everything, in one download"
      intro={
        <p>
          Every register and table as CSV and as one Excel workbook, every submitted highlight report, published board pack and published stocktake as its PDF, and a list of what
          each file holds: for exit plans, Freedom of Information requests and archiving. It can take a minute or two to make.
        </p>
      }
    >
      <a href={partnershipArchivePath(slug)} className="font-medium text-blue-800 underline underline-offset-2">
        Download everything (ZIP)
      </a>
    </SettingsSection>
  );
}
