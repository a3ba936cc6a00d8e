// A section's editor, around the forms that write it: its words (and, for an
// area, its status), the responses to the last stocktake's next steps for it,
// and its evidence, linked or newly recorded. Every form posts without
// JavaScript (SpecForm).
import { SpecForm } from "@/components/forms/spec-form";
import { EVIDENCE_KIND_LABELS, EVIDENCE_KINDS, STATUS_VALUES } from "@/lib/plan/schema";
import type { StatusLabels } from "@/lib/plan/status";
import { formatUkDate } from "@/lib/dates/format";
import { addStocktakeEvidenceAction, linkStocktakeEvidenceAction, saveStocktakeResponseAction, saveStocktakeSectionAction } from "@/lib/stocktakes/actions";
import type { AreaSection } from "@/lib/stocktakes/snapshot";
import type { SectionRow, StepRow } from "@/lib/stocktakes/source";

const statusOptions = (labels: StatusLabels) => STATUS_VALUES.map((s) => ({ value: s, label: labels[s] }));

/** The section's words: an area's status and progress update, or a partnership-wide section's account; its key findings and next steps. */
export function SectionWordsForm({ slug, section, area, labels }: { slug: string; section: SectionRow; area: AreaSection | null; labels: StatusLabels }) {
  return (
    <section aria-labelledby="words-heading" className="rounded-lg border border-slate-200 bg-white p-5 shadow-sm">
      <h2 id="words-heading" className="text-lg font-semibold">
        {area ? "Progress update" : "What the section says"}
      </h2>
      <div className="mt-3 max-w-3xl">
        <SpecForm
          action={saveStocktakeSectionAction}
          slug={slug}
          id="section"
          submitLabel="Save the section"
          fields={[
            { kind: "hidden", name: "sectionId", value: section.id },
            { kind: "hidden", name: "version", value: String(section.version) },
            ...(area
              ? [
                  {
                    kind: "select" as const,
                    name: "status",
                    label: "Our assessment of the area",
                    hint: area.data
                      ? `The data suggests ${labels[area.data.suggested.status]}: ${area.data.suggested.basis}`
                      : `Reported with ${area.parent?.code ?? "its priority area"}. Required to publish.`,
                    placeholder: "Choose…",
                    defaultValue: section.status ?? undefined,
                    options: statusOptions(labels),
                  },
                ]
              : []),
            {
              kind: "textarea",
              name: "progress",
              label: area
                ? "Progress against the area"
                : section.kind === "GOVERNANCE"
                  ? "Our arrangements and how they have worked"
                  : "What families and young people have told us, and what we did",
              hint: area
                ? "What has been done in the period and what difference it has made to children, young people and families. Required to publish (Improvement Notice §10d.i)."
                : section.kind === "GOVERNANCE"
                  ? "Boards, accountability, risk and change control, and how well they work (Improvement Notice §10c). Required to publish."
                  : "Feedback from parents, carers, children and young people, and what changed because of it (Improvement Notice §10b). Required to publish.",
              defaultValue: section.progress ?? undefined,
              rows: 10,
            },
            {
              kind: "textarea",
              name: "keyFindings",
              label: "Our key findings",
              hint: "What the partnership has found: strengths and what is not yet good enough.",
              defaultValue: section.keyFindings ?? undefined,
              rows: 5,
            },
            { kind: "textarea", name: "nextSteps", label: "Our next steps", hint: "What happens in the next six months.", defaultValue: section.nextSteps ?? undefined, rows: 4 },
          ]}
        />
      </div>
    </section>
  );
}

/** The last stocktake's next steps for this section, each with the partnership's response. */
export function NextStepResponses({ slug, stocktakeId, steps, labels }: { slug: string; stocktakeId: string; steps: readonly StepRow[]; labels: StatusLabels }) {
  if (!steps.length) return null;
  return (
    <section aria-labelledby="steps-heading" className="rounded-lg border border-blue-800 bg-white p-5 shadow-sm">
      <h2 id="steps-heading" className="text-lg font-semibold">
        The last stocktake’s next steps ({steps.length})
      </h2>
      <p className="mt-1 max-w-3xl text-slate-800">Each needs a response before the stocktake can be published: what has been done, with the evidence.</p>
      <ol className="mt-3 space-y-5">
        {steps.map((step, i) => (
          <li key={step.findingId} className="border-t border-slate-200 pt-3" data-testid="next-step">
            <p className="font-semibold">{step.heading}</p>
            <p className="mt-1 text-slate-900">{step.text}</p>
            <p className="mt-1 text-xs text-slate-700">
              Given by {step.givenBy}. {step.response ? `Response by ${step.response.by}.` : "No response yet."}
            </p>
            <div className="mt-2 max-w-3xl">
              <SpecForm
                action={saveStocktakeResponseAction}
                slug={slug}
                id={`step-${i}`}
                submitLabel={`Save the response to “${step.heading}”`}
                fields={[
                  { kind: "hidden", name: "stocktakeId", value: stocktakeId },
                  { kind: "hidden", name: "findingId", value: step.findingId },
                  { kind: "hidden", name: "version", value: String(step.response?.version ?? 0) },
                  { kind: "textarea", name: "response", label: `Our response to “${step.heading}”`, defaultValue: step.response?.text, rows: 4 },
                  {
                    kind: "select",
                    name: "status",
                    label: "Where it has got to",
                    placeholder: "Choose…",
                    defaultValue: step.response?.status ?? undefined,
                    options: statusOptions(labels),
                  },
                ]}
              />
            </div>
          </li>
        ))}
      </ol>
    </section>
  );
}

type EvidenceOption = { id: string; title: string; kind: keyof typeof EVIDENCE_KIND_LABELS; date: Date; on: string; linked: boolean };

/** The evidence the section shows: what it may link (dated in the period for its areas, or linked already), and new evidence recorded from here. */
export function SectionEvidence({
  slug,
  section,
  areaCode,
  evidence,
  today,
}: {
  slug: string;
  section: SectionRow;
  areaCode: string | null;
  evidence: readonly EvidenceOption[];
  /** The new evidence's date to start with (ISO). */
  today: string;
}) {
  return (
    <section aria-labelledby="evidence-heading" className="rounded-lg border border-slate-200 bg-white p-5 shadow-sm">
      <h2 id="evidence-heading" className="text-lg font-semibold">
        Evidence
      </h2>
      <p className="mt-1 max-w-3xl text-slate-800">
        The evidence the pack shows for this section: data, documents, case studies, and feedback from families as “you said, we did”. Listed: what is dated in the period
        {areaCode ? ` for ${areaCode}` : ""}, and anything linked already.
      </p>
      <div className="mt-3 max-w-3xl space-y-4">
        {evidence.length ? (
          <SpecForm
            action={linkStocktakeEvidenceAction}
            slug={slug}
            id="link"
            submitLabel="Save the linked evidence"
            variant="secondary"
            fields={[
              { kind: "hidden", name: "sectionId", value: section.id },
              { kind: "hidden", name: "version", value: String(section.version) },
              {
                kind: "checkboxes",
                name: "evidenceIds",
                label: "Linked to this section",
                defaultValue: evidence
                  .filter((e) => e.linked)
                  .map((e) => e.id)
                  .join(","),
                options: evidence.map((e) => ({ value: e.id, label: `${e.title} (${EVIDENCE_KIND_LABELS[e.kind]}, ${formatUkDate(e.date)}, for ${e.on})` })),
              },
            ]}
          />
        ) : (
          <p className="text-slate-800">No evidence is dated in the period{areaCode ? ` for ${areaCode}` : ""} yet.</p>
        )}
        <SpecForm
          summary="Record new evidence for this section"
          action={addStocktakeEvidenceAction}
          slug={slug}
          id="add-evidence"
          submitLabel="Record and link the evidence"
          fields={[
            { kind: "hidden", name: "sectionId", value: section.id },
            { kind: "hidden", name: "version", value: String(section.version) },
            { kind: "select", name: "kind", label: "Kind", placeholder: "Choose…", options: EVIDENCE_KINDS.map((k) => ({ value: k, label: EVIDENCE_KIND_LABELS[k] })) },
            { kind: "text", name: "title", label: "Title", hint: "For feedback from families: what they said (“you said”)." },
            { kind: "date", name: "date", label: "Date", width: "short", defaultValue: today },
            {
              kind: "textarea",
              name: "text",
              label: "What it shows",
              hint: "For feedback from families: what was done about it (“we did”). Aggregates only: never a child’s personal details.",
              rows: 3,
            },
            { kind: "text", name: "url", label: "Link (optional)", hint: "A web address starting https://" },
          ]}
        />
      </div>
    </section>
  );
}
