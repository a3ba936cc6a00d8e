import { SpecForm } from "@/components/forms/spec-form";
import { updatePublicPageSettingsAction } from "@/lib/settings/actions";
import type { SettingsPage } from "@/lib/settings/view";
import { SettingsSection } from "./settings-section";

/** The public progress page for families: on or off, what it shows, where people write, and a link to read it. */
export function PublicPageSection({ slug, id, publicPage }: { slug: string; id: string; publicPage: SettingsPage["publicPage"] }) {
  return (
    <SettingsSection
      id="public-page"
      title="Public page"
      intro={
        <>
          <p>
            A page for parents and carers that anyone can read without signing in. It shows only what has been approved or published for the public: each area’s approved summary,
            “you said, we did” feedback marked public, KPIs marked public, and published board minutes (attendees by role, never by name). Drafts and live working data never
            appear.
          </p>
          <p>
            People are asked to write to {publicPage.contactEmail ? <strong>{publicPage.contactEmail}</strong> : "the council’s SEND team (no contact email is set)"}; change it
            under “The partnership” above.
          </p>
          <p className="font-medium text-slate-900">
            Now:{" "}
            {publicPage.enabled ? (
              <>
                on, at{" "}
                <a className="text-blue-800 underline" href={publicPage.path}>
                  {publicPage.path}
                </a>{" "}
                (and its{" "}
                <a className="text-blue-800 underline" href={publicPage.feedPath}>
                  updates feed
                </a>
                ).
              </>
            ) : (
              "off: the address shows “Page not found”."
            )}
          </p>
        </>
      }
    >
      <SpecForm
        action={updatePublicPageSettingsAction}
        slug={slug}
        id="public-page"
        submitLabel="Save public page"
        fields={[
          { kind: "hidden", name: "partnershipId", value: id },
          { kind: "hidden", name: "shownEnabled", value: publicPage.enabled ? "on" : "off" },
          {
            kind: "checkboxes",
            name: "publicPageEnabled",
            label: "Public page",
            options: [{ value: "on", label: "Show the public progress page" }],
            defaultValue: publicPage.enabled ? "on" : "",
          },
        ]}
      />
    </SettingsSection>
  );
}
