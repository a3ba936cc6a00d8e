// The findings workspace of a published pack: publishing the drafts the
// member may publish (with the next review, as the letter gives it),
// recording a key finding or next step against a section, and what is
// recorded so far, each draft they may change with its own edit and delete
// forms. Every form posts without JavaScript.
import { SpecForm } from "@/components/forms/spec-form";
import type { VisibleFindings } from "@/lib/stocktakes/access";
import { deleteFindingAction, publishFindingsAction, recordFindingAction, updateFindingAction } from "@/lib/stocktakes/actions";
import { FINDING_KIND_LABELS, FINDING_KINDS } from "@/lib/stocktakes/schema";

const kinds = FINDING_KINDS.map((k) => ({ value: k, label: FINDING_KIND_LABELS[k] }));

export function FindingsWorkspace({
  slug,
  stocktakeId,
  sections,
  findings,
  review,
  reviewValue,
  givesNextReview,
}: {
  slug: string;
  stocktakeId: string;
  sections: readonly { id: string; key: string; name: string }[];
  findings: VisibleFindings;
  /** The next review in words, and as the form takes it. */
  review: string | null;
  reviewValue: string | undefined;
  /** The advisors give the next review with their findings; the partnership's form does not ask for it. */
  givesNextReview: boolean;
}) {
  const publishable = findings.drafts.filter((f) => findings.editable.has(f.id)).length;
  return (
    <>
      <section aria-labelledby="publish-heading" className="rounded-lg border border-blue-800 bg-white p-5 shadow-sm">
        <h2 id="publish-heading" className="text-lg font-semibold">
          Publish your findings
        </h2>
        <p className="mt-1 text-slate-800">
          {publishable === 0 ? "You have no draft findings to publish on this stocktake." : `${publishable} draft ${publishable === 1 ? "finding" : "findings"} to publish.`} Next
          review: {review ?? "not given yet"}
          {givesNextReview ? "" : " (the advisors give it with their findings)"}.
        </p>
        <div className="mt-3 max-w-xl">
          <SpecForm
            action={publishFindingsAction}
            slug={slug}
            id="publish-findings"
            submitLabel="Publish the findings"
            fields={[
              { kind: "hidden", name: "stocktakeId", value: stocktakeId },
              ...(givesNextReview
                ? [
                    {
                      kind: "text" as const,
                      name: "nextReview",
                      label: "Next review",
                      hint: "As the letter gives it: a month (2027-01) or a day (2027-01-20), after this review and within two years of it.",
                      defaultValue: reviewValue,
                      width: "short" as const,
                    },
                  ]
                : []),
            ]}
          />
        </div>
      </section>

      <section aria-labelledby="record-finding-heading" className="rounded-lg border border-slate-200 bg-white p-5 shadow-sm">
        <h2 id="record-finding-heading" className="text-lg font-semibold">
          Record a finding or next step
        </h2>
        <div className="mt-3 max-w-3xl">
          <SpecForm
            action={recordFindingAction}
            slug={slug}
            id="record"
            submitLabel="Record as a draft"
            fields={[
              { kind: "select", name: "sectionId", label: "Area", placeholder: "Choose…", options: sections.map((s) => ({ value: s.id, label: s.name })) },
              { kind: "radio", name: "kind", label: "Kind", options: kinds, inline: true },
              { kind: "text", name: "heading", label: "Heading", hint: "The letter’s bold lead-in, for example “Shared Data Dashboard”." },
              { kind: "textarea", name: "text", label: "Finding or next step", rows: 4 },
            ]}
          />
        </div>
      </section>

      <section aria-labelledby="recorded-heading" className="rounded-lg border border-slate-200 bg-white p-5 shadow-sm">
        <h2 id="recorded-heading" className="text-lg font-semibold">
          Recorded so far
        </h2>
        {sections.map((section) => {
          const items = findings.byKey.get(section.key) ?? [];
          if (items.length === 0) return null;
          return (
            <div key={section.id} className="mt-4 border-t border-slate-200 pt-3" data-testid="findings-section">
              <h3 className="font-semibold">{section.name}</h3>
              <ul className="mt-2 space-y-3">
                {items.map((f) => (
                  <li key={f.id} data-testid="finding">
                    <p>
                      <span className="text-sm font-medium text-slate-700">{FINDING_KIND_LABELS[f.kind]}: </span>
                      <span className="font-semibold">{f.heading}:</span> {f.text}
                    </p>
                    <p className="text-xs text-slate-700">{f.publishedAt ? `Recorded by ${f.credit}.` : `Draft by ${f.credit}: not yet published.`}</p>
                    {findings.editable.has(f.id) ? (
                      <div className="flex flex-wrap gap-4">
                        <SpecForm
                          summary={`Edit “${f.heading}”`}
                          action={updateFindingAction}
                          slug={slug}
                          id={`edit-${f.id}`}
                          submitLabel="Save the draft"
                          fields={[
                            { kind: "hidden", name: "findingId", value: f.id },
                            { kind: "hidden", name: "version", value: String(f.version) },
                            { kind: "radio", name: "kind", label: "Kind", options: kinds, inline: true, defaultValue: f.kind },
                            { kind: "text", name: "heading", label: "Heading", defaultValue: f.heading },
                            { kind: "textarea", name: "text", label: "Finding or next step", defaultValue: f.text, rows: 4 },
                          ]}
                        />
                        <SpecForm
                          summary={`Delete “${f.heading}”`}
                          action={deleteFindingAction}
                          slug={slug}
                          id={`delete-${f.id}`}
                          submitLabel="Delete the draft"
                          variant="secondary"
                          fields={[
                            { kind: "hidden", name: "findingId", value: f.id },
                            { kind: "hidden", name: "version", value: String(f.version) },
                          ]}
                        />
                      </div>
                    ) : null}
                  </li>
                ))}
              </ul>
            </div>
          );
        })}
        {findings.byKey.size === 0 ? <p className="mt-2 text-slate-800">Nothing recorded yet.</p> : null}
      </section>
    </>
  );
}
