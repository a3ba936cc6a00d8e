// Building blocks of the stocktake pack: written sections, evidence ("you
// said, we did"), the review's findings, and the responses to the last
// stocktake's next steps. Server components with no client code: the same
// tree is the read view and the print view Chromium turns into the PDF.
import { StatusBadge } from "@/components/ui/status-badge";
import { Code, DataTable, ukDate, Written } from "@/components/reports/report-parts";
import type { StatusLabels } from "@/lib/plan/status";
import type { ShownFinding } from "@/lib/stocktakes/access";
import type { EvidenceItem, PackResponse, SectionWritten } from "@/lib/stocktakes/snapshot";

/** A subsection's heading: h3 in the pack, h4 where the pack sits under a page's own h2 (the editor's preview). */
export function SubHeading({ id, children, level = 3 }: { id: string; children: React.ReactNode; level?: 3 | 4 }) {
  const Heading = level === 3 ? "h3" : "h4";
  return (
    <Heading id={id} className="mt-4 text-base font-semibold text-slate-900">
      {children}
    </Heading>
  );
}

/** The partnership's own words for a section: progress, key findings, next steps. */
export function WrittenParts({
  written,
  idPrefix,
  progressTitle = "Progress",
  emptyNote,
  level = 3,
}: {
  written: SectionWritten;
  idPrefix: string;
  progressTitle?: string;
  emptyNote: string;
  level?: 3 | 4;
}) {
  return (
    <div className="pack-written space-y-1">
      <SubHeading level={level} id={`${idPrefix}-progress`}>
        {progressTitle}
      </SubHeading>
      <Written text={written.progress} empty={emptyNote} />
      {written.keyFindings?.trim() ? (
        <>
          <SubHeading level={level} id={`${idPrefix}-findings`}>
            Our key findings
          </SubHeading>
          <Written text={written.keyFindings} />
        </>
      ) : null}
      {written.nextSteps?.trim() ? (
        <>
          <SubHeading level={level} id={`${idPrefix}-next`}>
            Our next steps
          </SubHeading>
          <Written text={written.nextSteps} />
        </>
      ) : null}
    </div>
  );
}

const KIND_WORDS: Record<EvidenceItem["kind"], string> = { DATA: "Data", DOCUMENT: "Document", CASE_STUDY: "Case study", FEEDBACK: "Feedback" };

/** Linked evidence: data, documents and case studies in one table; feedback from families as "you said, we did". */
export function EvidenceTables({ evidence, caption = "Evidence" }: { evidence: readonly EvidenceItem[]; caption?: string }) {
  const feedback = evidence.filter((e) => e.kind === "FEEDBACK");
  const other = evidence.filter((e) => e.kind !== "FEEDBACK");
  return (
    <>
      <DataTable
        caption={`${caption}: data, documents and case studies`}
        empty="None linked."
        headers={["Evidence", "Kind", "Date", "For", "What it shows"]}
        rows={other.map((e) => [
          e.title,
          KIND_WORDS[e.kind],
          ukDate(e.date),
          <Code key="on">{e.on}</Code>,
          <span key="t">
            {e.text ?? "—"}
            {e.url ? <span className="block text-xs break-all text-slate-700">{e.url}</span> : null}
          </span>,
        ])}
      />
      <DataTable
        caption="You said, we did: feedback from families and young people"
        empty="None linked."
        headers={["You said", "Date", "For", "We did"]}
        rows={feedback.map((e) => [e.title, ukDate(e.date), <Code key="on">{e.on}</Code>, e.text ?? "—"])}
      />
    </>
  );
}

/** The last stocktake's next steps for a section and what the partnership has done about each. */
export function ResponsesTable({ responses, labels, caption }: { responses: readonly PackResponse[]; labels: StatusLabels; caption: string }) {
  if (responses.length === 0) return null;
  return (
    <DataTable
      caption={caption}
      empty="—"
      headers={["Next step", "Our response", "Status"]}
      rows={responses.map((r) => [
        <span key="s">
          <span className="font-semibold">{r.heading}:</span> {r.step}
          <span className="mt-1 block text-xs text-slate-700">Given by {r.givenBy}</span>
        </span>,
        r.response?.trim() ? (
          <span key="r">{r.response}</span>
        ) : (
          <span key="r" className="font-medium text-red-800">
            ⚠ No response yet: required before publishing.
          </span>
        ),
        r.status ? <StatusBadge key="b" status={r.status} label={labels[r.status]} prefix="Progress" /> : "—",
      ])}
    />
  );
}

function FindingList({ title, items }: { title: string; items: ShownFinding[] }) {
  if (items.length === 0) return null;
  return (
    <div>
      <p className="font-semibold text-slate-900">{title}</p>
      <ul className="mt-1 list-disc space-y-2 pl-5">
        {items.map((f) => (
          <li key={f.id} data-testid="finding">
            <span className="font-semibold">{f.heading}:</span> {f.text}
            {!f.publishedAt ? <span className="ml-1 text-sm font-medium text-amber-900">[Draft: not yet published{f.byAdvisor ? ", seen by the advisors only" : ""}]</span> : null}
            {f.answeredIn ? <span className="block text-xs text-slate-700">Answered in the {f.answeredIn.title}.</span> : null}
          </li>
        ))}
      </ul>
    </div>
  );
}

/** The review's findings for a section: the advisors' key findings and next steps (published ones, and the viewer's own drafts). */
export function FindingsBlock({ id, findings, title, level = 3 }: { id: string; findings: ShownFinding[] | undefined; title: string; level?: 3 | 4 }) {
  const Heading = level === 3 ? "h3" : "h4";
  if (!findings?.length) return null;
  const published = findings.filter((f) => f.publishedAt);
  const by = [...new Set(published.map((f) => f.credit))];
  return (
    <section aria-labelledby={id} className="pack-findings mt-4 rounded-md border-l-4 border-blue-800 bg-blue-50 px-4 py-3">
      <Heading id={id} className="text-base font-semibold text-blue-950">
        {title}
      </Heading>
      <div className="mt-2 space-y-3 text-slate-900">
        <FindingList title="Key findings" items={findings.filter((f) => f.kind === "KEY_FINDING")} />
        <FindingList title="Next steps" items={findings.filter((f) => f.kind === "NEXT_STEP")} />
        {by.length ? <p className="text-xs text-slate-800">Recorded by {by.join("; ")}.</p> : null}
      </div>
    </section>
  );
}
