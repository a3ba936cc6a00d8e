import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { SpecForm } from "@/components/forms/spec-form";
import { PackArea } from "@/components/stocktakes/pack-area";
import { requireMembership } from "@/lib/auth/guards";
import * as clock from "@/lib/clock";
import { formatUkDate, toIsoDate } from "@/lib/dates/format";
import { EVIDENCE_KIND_LABELS, EVIDENCE_KINDS, STATUS_VALUES } from "@/lib/plan/schema";
import { addStocktakeEvidenceAction, linkStocktakeEvidenceAction, saveStocktakeResponseAction, saveStocktakeSectionAction } from "@/lib/stocktakes/actions";
import { sectionAnchor, stocktakePath, stocktakesPath } from "@/lib/stocktakes/paths";
import { getSectionEditor } from "@/lib/stocktakes/view";

type Params = { slug: string; stocktakeId: string; sectionId: string };

const NAMES = { GOVERNANCE: "Governance and accountability", FAMILY_VOICE: "The voice of families" } as const;

async function load(params: Promise<Params>) {
  const { slug, stocktakeId, sectionId } = await params;
  const member = await requireMembership(slug);
  const editor = await getSectionEditor(member, stocktakeId, sectionId, clock.today());
  if (!editor) notFound();
  return { slug, editor };
}

function nameOf(editor: NonNullable<Awaited<ReturnType<typeof getSectionEditor>>>) {
  return editor.area ? `${editor.area.code} · ${editor.area.title}` : NAMES[editor.section.kind as keyof typeof NAMES];
}

export async function generateMetadata({ params }: { params: Promise<Params> }): Promise<Metadata> {
  const { editor } = await load(params);
  return { title: `Edit ${nameOf(editor)}` };
}

export default async function StocktakeSectionPage({ params }: { params: Promise<Params> }) {
  const { slug, editor } = await load(params);
  const { header, section, area, doc } = editor;
  const name = nameOf(editor);
  const back = stocktakePath(slug, header.id);
  const anchor = sectionAnchor(area?.code ?? section.key);
  const labels = doc.labels;
  const breadcrumb = (
    <nav aria-label="Breadcrumb" className="text-sm">
      <Link href={stocktakesPath(slug)} className="text-blue-800 underline underline-offset-2">
        Stocktakes
      </Link>
      <span aria-hidden="true"> › </span>
      <Link href={back} className="text-blue-800 underline underline-offset-2">
        {header.title}
      </Link>
      <span aria-hidden="true"> › </span>
      <span aria-current="page">{area ? area.code : name}</span>
    </nav>
  );
  if (header.state !== "DRAFT") {
    return (
      <div className="space-y-4">
        {breadcrumb}
        <h1 className="text-2xl font-semibold text-slate-900">{name}</h1>
        <p className="rounded-md border border-slate-300 bg-white p-4">
          The {header.title} is published, so its sections cannot be changed.{" "}
          <Link href={`${back}#${anchor}`} className="font-medium text-blue-800 underline underline-offset-2">
            Read it
          </Link>
        </p>
      </div>
    );
  }
  const statusOptions = STATUS_VALUES.map((s) => ({ value: s, label: labels[s] }));
  return (
    <div className="space-y-6">
      {breadcrumb}
      <header>
        <h1 className="text-2xl font-semibold text-slate-900">{name}</h1>
        <p className="mt-1 max-w-3xl text-slate-800">
          Your part of the {header.title} ({formatUkDate(header.periodStart)} to {formatUkDate(header.periodEnd)}). The words were prefilled from the period’s highlight reports and
          the data: make them yours. The tables are drawn from the plan as at {formatUkDate(new Date(`${doc.asAt}T00:00:00Z`))} and freeze when the stocktake is published.
        </p>
      </header>

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
                      options: statusOptions,
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

      {editor.steps.length ? (
        <section aria-labelledby="steps-heading" className="rounded-lg border border-blue-800 bg-white p-5 shadow-sm">
          <h2 id="steps-heading" className="text-lg font-semibold">
            The last stocktake’s next steps ({editor.steps.length})
          </h2>
          <p className="mt-1 max-w-3xl text-slate-800">Each needs a response before the stocktake can be published: what has been done, with the evidence.</p>
          <ol className="mt-3 space-y-5">
            {editor.steps.map((step, i) => (
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
                      { kind: "hidden", name: "stocktakeId", value: header.id },
                      { kind: "hidden", name: "findingId", value: step.findingId },
                      { kind: "hidden", name: "version", value: String(step.response?.version ?? 0) },
                      { kind: "textarea", name: "response", label: `Our response to “${step.heading}”`, defaultValue: step.response?.text, rows: 4 },
                      {
                        kind: "select",
                        name: "status",
                        label: "Where it has got to",
                        placeholder: "Choose…",
                        defaultValue: step.response?.status ?? undefined,
                        options: statusOptions,
                      },
                    ]}
                  />
                </div>
              </li>
            ))}
          </ol>
        </section>
      ) : null}

      <section aria-labelledby="evidence-heading" className="rounded-lg border border-slate-200 bg-white p-5 shadow-sm">
        <h2 id="evidence-heading" className="text-lg font-semibold">
          Evidence
        </h2>
        <p className="mt-1 max-w-3xl text-slate-800">
          The evidence the pack shows for this section: data, documents, case studies, and feedback from families as “you said, we did”. Listed: what is dated in the period
          {area ? ` for ${area.code}` : ""}, and anything linked already.
        </p>
        <div className="mt-3 max-w-3xl space-y-4">
          {editor.evidence.length ? (
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
                  defaultValue: editor.evidence
                    .filter((e) => e.linked)
                    .map((e) => e.id)
                    .join(","),
                  options: editor.evidence.map((e) => ({ value: e.id, label: `${e.title} (${EVIDENCE_KIND_LABELS[e.kind]}, ${formatUkDate(e.date)}, for ${e.on})` })),
                },
              ]}
            />
          ) : (
            <p className="text-slate-800">No evidence is dated in the period{area ? ` for ${area.code}` : ""} yet.</p>
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
              { kind: "date", name: "date", label: "Date", width: "short", defaultValue: toIsoDate(clock.today()) },
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

      {area ? (
        <section aria-labelledby="preview-heading" className="rounded-lg border border-slate-200 bg-white p-6 shadow-sm">
          <h2 id="preview-heading" className="text-lg font-semibold">
            Preview: the section as it stands
          </h2>
          <div className="mt-3">
            <PackArea
              area={area}
              labels={labels}
              changes={editor.comparison.areas.find((a) => a.code === area.code)}
              comparedWith={editor.comparison.previous?.title ?? null}
              responses={doc.responses.filter((r) => r.section === area.code)}
              findings={undefined}
              doc={doc}
              headingLevel={3}
            />
          </div>
        </section>
      ) : (
        <p>
          <Link href={`${back}#${anchor}`} className="font-medium text-blue-800 underline underline-offset-2">
            See the section in the pack
          </Link>
        </p>
      )}
    </div>
  );
}
