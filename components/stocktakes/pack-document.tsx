// The stocktake pack as a document: the same component is the read view's
// body and the print view Chromium turns into the PDF. A function of the pack
// (a frozen snapshot, or a draft drawn live), its comparison with an earlier
// pack and the review's findings; nothing here queries anything. Laid out as
// the Improvement Notice asks the self-assessment to be (§10): the period's
// summary, a dashboard of every area at a glance, governance and
// accountability, a progress update per area, the voice of families.
import type { ReactNode } from "react";
import { Code, DataTable, ukDate, Written } from "@/components/reports/report-parts";
import { StatusMove } from "@/components/reports/report-comparison";
import { StatusBadge } from "@/components/ui/status-badge";
import type { PackComparison } from "@/lib/stocktakes/compute/compare";
import { sectionAnchor } from "@/lib/stocktakes/paths";
import type { ShownFinding } from "@/lib/stocktakes/access";
import type { PackDocument as Doc } from "@/lib/stocktakes/snapshot";
import { PackArea } from "./pack-area";
import { ChangesOverview } from "./pack-changes";
import { EvidenceTables, FindingsBlock, ResponsesTable, SubHeading, WrittenParts } from "./pack-parts";

export type PackAsides = Partial<Record<string, ReactNode>>;

function Contents({ doc }: { doc: Doc }) {
  const items = [
    { href: "summary", label: "Summary of the period" },
    { href: "at-a-glance", label: "Every area at a glance" },
    { href: "changes", label: "Changes since the last stocktake" },
    { href: sectionAnchor("GOVERNANCE"), label: "Governance and accountability" },
    ...doc.areas.map((a) => ({ href: sectionAnchor(a.code), label: `${a.code} · ${a.title}` })),
    { href: sectionAnchor("FAMILY_VOICE"), label: "The voice of families" },
  ];
  return (
    <nav aria-labelledby="contents-heading" className="pack-contents rounded-md border border-slate-200 bg-slate-50 px-4 py-3">
      <h2 id="contents-heading" className="text-base font-semibold">
        Contents
      </h2>
      {/* Each link at least 24px tall: WCAG 2.2 target size (2.5.8). */}
      <ol className="mt-1 list-decimal space-y-0.5 pl-6 text-sm">
        {items.map((i) => (
          <li key={i.href}>
            <a href={`#${i.href}`} className="block min-h-6 py-0.5 text-blue-800 underline underline-offset-2">
              {i.label}
            </a>
          </li>
        ))}
      </ol>
    </nav>
  );
}

function AtAGlance({ doc, comparison }: { doc: Doc; comparison: PackComparison }) {
  const { labels } = doc;
  const changes = new Map(comparison.areas.map((a) => [a.code, a]));
  return (
    <DataTable
      caption={`Each area as at ${ukDate(doc.asAt)}`}
      empty="The plan has no areas."
      headers={["Area", "Our assessment", "Since the last stocktake", "The data suggests", "Actions complete", "Off track", "Milestones met / missed", "KPIs meeting trajectory"]}
      rows={doc.areas.map((a) => {
        const d = a.data;
        const judged = d?.kpis.filter((k) => k.latest && k.expected) ?? [];
        const meeting = judged.filter((k) => (k.direction === "HIGHER_IS_BETTER" ? k.latest!.value >= k.expected!.value - 1e-9 : k.latest!.value <= k.expected!.value + 1e-9));
        const change = changes.get(a.code);
        return [
          <a key="a" href={`#${sectionAnchor(a.code)}`} className="text-blue-800 underline underline-offset-2">
            <Code>{a.code}</Code>
          </a>,
          a.written.status ? <StatusBadge key="s" status={a.written.status} label={labels[a.written.status]} prefix="Our status" /> : "Not given",
          change && comparison.previous ? <StatusMove key="m" change={change.status} /> : "—",
          d ? <StatusBadge key="d" status={d.suggested.status} label={labels[d.suggested.status]} prefix="Suggested" /> : `With ${a.parent?.code ?? "its parent"}`,
          d ? `${d.actions.filter((x) => x.completedOn).length} of ${d.actions.length}` : "—",
          d ? String(d.counts.OFF_TRACK) : "—",
          d ? `${d.milestones.met.length} / ${d.milestones.missed.length}` : "—",
          d ? (judged.length ? `${meeting.length} of ${judged.length}` : d.kpis.length ? "None judged yet" : "No KPIs") : "—",
        ];
      })}
    />
  );
}

export function PackDocument({ doc, comparison, findings, asides = {} }: { doc: Doc; comparison: PackComparison; findings: Map<string, ShownFinding[]>; asides?: PackAsides }) {
  const { labels, governance: g } = doc;
  const keyOf = new Map(doc.areas.map((a) => [a.code, a.key]));
  const comparedWith = comparison.previous?.title ?? null;
  const areaChanges = new Map(comparison.areas.map((a) => [a.code, a]));
  return (
    <div className="pack-document space-y-6">
      <dl className="grid grid-cols-1 gap-x-6 gap-y-1 text-sm sm:grid-cols-[auto_1fr]">
        <dt className="font-medium text-slate-700">Period</dt>
        <dd>
          {ukDate(doc.period.start)} to {ukDate(doc.period.end)}; the data is as at {ukDate(doc.asAt)}
        </dd>
        <dt className="font-medium text-slate-700">Review</dt>
        <dd>{doc.reviewDate ? `Stocktake meeting with the DfE and NHS England, ${ukDate(doc.reviewDate)}` : "Date not given yet"}</dd>
        <dt className="font-medium text-slate-700">Follows</dt>
        <dd>
          {doc.previous ? `${doc.previous.title}${doc.previous.reviewDate ? ` (review of ${ukDate(doc.previous.reviewDate)})` : ""}` : "Nothing: the first stocktake recorded here"}
        </dd>
        <dt className="font-medium text-slate-700">Version</dt>
        <dd>
          {doc.publication
            ? `Published ${ukDate(doc.publication.publishedAt.slice(0, 10))} by ${doc.publication.publishedBy}; frozen as it stood then`
            : "Draft, not yet published: the tables are drawn live and freeze when the programme office publishes it"}
        </dd>
      </dl>
      {doc.provenance ? <p className="report-provenance rounded-md border border-slate-400 bg-slate-100 px-3 py-2 text-sm text-slate-900">{doc.provenance}</p> : null}
      <Contents doc={doc} />

      <section id="summary" aria-labelledby="summary-heading" className="report-section">
        <h2 id="summary-heading" className="text-xl font-semibold">
          Summary of the period
        </h2>
        <div className="mt-2">
          <Written text={doc.summary} empty="No covering summary written yet: one is required before the stocktake is published." />
        </div>
        {asides.SUMMARY}
      </section>

      <section id="at-a-glance" aria-labelledby="glance-heading" className="report-section">
        <h2 id="glance-heading" className="text-xl font-semibold">
          Every area at a glance
        </h2>
        <p className="mt-1 text-sm text-slate-800">
          Our own assessment beside what the plan’s rules make of the data (DESIGN’s status rules: actions past their date or with a missed milestone are off track). Statuses are
          shown in words and letters as well as colour.
        </p>
        <div className="mt-2">
          <AtAGlance doc={doc} comparison={comparison} />
        </div>
      </section>

      <section id="changes" aria-labelledby="changes-heading" className="report-section">
        <h2 id="changes-heading" className="text-xl font-semibold">
          Changes since the last stocktake
        </h2>
        <div className="mt-2">
          <ChangesOverview comparison={comparison} />
        </div>
        {asides.CHANGES}
      </section>

      <section id={sectionAnchor("GOVERNANCE")} aria-labelledby="governance-heading" className="report-section border-t-2 border-slate-300 pt-5">
        <h2 id="governance-heading" className="text-xl font-semibold">
          Governance and accountability
        </h2>
        {asides.GOVERNANCE}
        <WrittenParts
          written={g.written}
          idPrefix="governance"
          progressTitle="Our arrangements and how they have worked"
          emptyNote="Not written yet: required before the stocktake is published."
        />
        <ResponsesTable
          responses={comparison.partnershipResponses.filter((r) => r.section === "GOVERNANCE")}
          labels={labels}
          caption="Our response to the last stocktake’s next steps on leadership and governance"
        />
        <SubHeading id="governance-boards">Boards</SubHeading>
        <DataTable
          caption="Boards overseeing the plan"
          empty="No board is set up."
          headers={["Board", "Chair", "Reports to", "Oversees"]}
          rows={g.boards.map((b) => [b.name, b.chair ?? "—", b.reportsTo ?? "—", b.areas.length ? b.areas.join(", ") : "Every area"])}
        />
        <DataTable
          caption="Meetings in the period"
          empty="No meetings in the period."
          headers={["Meeting", "Board", "Date", "Minutes"]}
          rows={g.meetings.map((m) => [
            `${m.title}${m.illustrative ? " (illustrative)" : ""}`,
            m.board,
            ukDate(m.date),
            m.minutesPublished ? "Published" : m.state === "CANCELLED" ? "Cancelled" : "Not published",
          ])}
        />
        <DataTable
          caption="Accountability in numbers for the period"
          empty="—"
          headers={["What", "Number"]}
          rows={[
            ["Change requests raised", String(g.changeRequests.raised)],
            ["Change requests approved / rejected by the board", `${g.changeRequests.approved} / ${g.changeRequests.rejected}`],
            ["Change requests awaiting a decision", String(g.changeRequests.pending)],
            ["Action and impact log: entries raised / completed", `${g.impactLog.raised} / ${g.impactLog.done}`],
            ["Action and impact log: entries open", String(g.impactLog.open)],
            ["Open risks (escalated to the board; scoring 15 or more)", `${g.risks.open} (${g.risks.escalated}; ${g.risks.high})`],
          ]}
        />
        <SubHeading id="governance-evidence">Evidence</SubHeading>
        <EvidenceTables evidence={g.evidence} />
        <FindingsBlock id="governance-review" findings={findings.get("GOVERNANCE")} title="Findings of the review: leadership and governance" />
      </section>

      {doc.areas.map((area) => (
        <PackArea
          key={area.key}
          area={area}
          labels={labels}
          changes={areaChanges.get(area.code)}
          comparedWith={comparedWith}
          responses={doc.responses.filter((r) => r.section === area.code)}
          findings={findings.get(keyOf.get(area.code) ?? "")}
          doc={doc}
          aside={asides[area.key]}
        />
      ))}

      <section id={sectionAnchor("FAMILY_VOICE")} aria-labelledby="families-heading" className="report-section border-t-2 border-slate-300 pt-5">
        <h2 id="families-heading" className="text-xl font-semibold">
          The voice of families
        </h2>
        <p className="mt-1 text-sm text-slate-800">Feedback from parents, carers, children and young people, and what was done about it (Improvement Notice §10b).</p>
        {asides.FAMILY_VOICE}
        <WrittenParts
          written={doc.families.written}
          idPrefix="families"
          progressTitle="What families and young people have told us"
          emptyNote="Not written yet: required before the stocktake is published."
        />
        <ResponsesTable
          responses={comparison.partnershipResponses.filter((r) => r.section === "FAMILY_VOICE")}
          labels={labels}
          caption="Our response to the last stocktake’s next steps on the voice of families"
        />
        <EvidenceTables evidence={doc.families.evidence} caption="Evidence from families" />
        <FindingsBlock id="families-review" findings={findings.get("FAMILY_VOICE")} title="Findings of the review: the voice of families" />
      </section>
      {comparison.partnershipResponses.some((r) => r.section !== "GOVERNANCE" && r.section !== "FAMILY_VOICE") ? (
        <section aria-labelledby="other-steps-heading" className="report-section">
          <h2 id="other-steps-heading" className="text-xl font-semibold">
            Other next steps of the last stocktake
          </h2>
          <ResponsesTable
            responses={comparison.partnershipResponses.filter((r) => r.section !== "GOVERNANCE" && r.section !== "FAMILY_VOICE")}
            labels={labels}
            caption="Next steps given for areas no longer in the plan"
          />
        </section>
      ) : null}
    </div>
  );
}
