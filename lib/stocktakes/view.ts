// What a member sees of the stocktakes: which packs (published ones, and the
// draft for those who prepare it), the pack's document (the frozen snapshot,
// or a draft drawn live) and its comparison with an earlier pack, and the
// findings they may see. Reads through the queries, decides with the
// permission table and the pure rules; pages stay thin.
import "server-only";
import type { MemberContext } from "@/lib/auth/guards";
import { isAdvisor, mayEditSection, mayPrepare, mayReadDrafts, mayReadPublished, mayRecordFindings } from "./access";
import { changeSummary, compareStocktakes, type PackComparison } from "./compute/compare";
import { findingVisible, nextPeriod, nextReviewWords } from "./compute/lifecycle";
import { drawPack } from "./compute/pack";
import { getStocktakeSource } from "./queries/pack-source";
import { getStocktakeRow, listEvidenceOptions, listFindings, type FindingRow } from "./queries/sections";
import { getAdvisorOverview, getPublishedSnapshot, getStocktake, getStocktakesOverview, listStocktakes, type StocktakeHeader } from "./queries/stocktakes";
import { FAMILY_VOICE_KEY, GOVERNANCE_KEY } from "./source";
import { parseStocktakeSnapshot, type PackDocument, type StocktakeSnapshot } from "./snapshot";

export type VisibleFindings = { byKey: Map<string, FindingRow[]>; drafts: FindingRow[]; published: FindingRow[] };

/** The findings this member may see, by section key; drafts are their own side's. */
export function visibleFindings(rows: readonly FindingRow[], member: MemberContext): VisibleFindings {
  const advisor = isAdvisor(member.scope);
  const visible = rows.filter((f) => findingVisible(f, advisor));
  const byKey = new Map<string, FindingRow[]>();
  for (const f of visible) byKey.set(f.section.key, [...(byKey.get(f.section.key) ?? []), f]);
  return { byKey, drafts: visible.filter((f) => !f.publishedAt), published: visible.filter((f) => f.publishedAt) };
}

/** The stocktakes index: published packs for everyone who reads them; the draft too for those who prepare it. */
export async function getStocktakesIndex(member: MemberContext, today: Date) {
  const overview = await getStocktakesOverview(member.partnershipId);
  if (!overview) return null;
  const rows = overview.stocktakes;
  const drafts = mayReadDrafts(member.scope) ? rows.filter((r) => r.state === "DRAFT") : [];
  const published = rows.filter((r) => r.state === "PUBLISHED");
  const latest = published[0] ?? null;
  const canStart = mayPrepare(member.scope) && !rows.some((r) => r.state === "DRAFT");
  return { drafts, published, latest, canStart, proposed: canStart ? nextPeriod(latest, overview.improvementNoticeDate, today) : null };
}

async function publishedDocument(partnershipId: string, stocktakeId: string | null): Promise<StocktakeSnapshot | null> {
  if (!stocktakeId) return null;
  const row = await getPublishedSnapshot(partnershipId, stocktakeId);
  return row?.snapshot ? parseStocktakeSnapshot(row.snapshot) : null;
}

export type PackPage = {
  header: StocktakeHeader;
  doc: PackDocument;
  comparison: PackComparison;
  /** The earlier published packs it can be compared with, newest first; and which one it is compared with. */
  earlier: { id: string; title: string }[];
  comparedWith: string | null;
  findings: VisibleFindings;
  mayPrepare: boolean;
  mayRecordFindings: boolean;
  /** Sections (by key) this member may edit in the draft. */
  editable: Set<string>;
};

/**
 * The pack page's model, or null for a 404: no such stocktake, a draft for a
 * member who may not see drafts, or a member who reads no stocktakes.
 * `compareWith` picks an earlier published pack; by default the one it follows.
 */
export async function getPackPage(member: MemberContext, stocktakeId: string, today: Date, compareWith: string | null): Promise<PackPage | null> {
  const partnershipId = member.partnershipId;
  const header = await getStocktake(partnershipId, stocktakeId);
  if (!header) return null;
  const draft = header.state === "DRAFT";
  if (draft ? !mayReadDrafts(member.scope) : !mayReadPublished(member.scope)) return null;
  const all = await listStocktakes(partnershipId);
  const earlier = all.filter((s) => s.state === "PUBLISHED" && s.id !== header.id && s.periodEnd.getTime() < header.periodEnd.getTime()).map((s) => ({ id: s.id, title: s.title }));
  if (compareWith && !earlier.some((e) => e.id === compareWith)) return null;
  const comparedWith = compareWith ?? header.previousId;

  let doc: PackDocument;
  if (draft) {
    const [row, source] = await Promise.all([getStocktakeRow(partnershipId, header.id), getStocktakeSource(partnershipId, header.periodStart)]);
    if (!row || !source) return null;
    doc = drawPack(source, row, today);
  } else {
    const row = await getPublishedSnapshot(partnershipId, header.id);
    if (!row?.snapshot) return null;
    doc = parseStocktakeSnapshot(row.snapshot);
  }
  const [previous, findings] = await Promise.all([publishedDocument(partnershipId, comparedWith), draft ? Promise.resolve([]) : listFindings(partnershipId, header.id)]);
  const parentOf = new Map(header.sections.map((s) => [s.key, s.priorityArea?.parentId ?? null]));
  const editable = new Set(
    draft ? header.sections.filter((s) => mayEditSection(member.scope, { priorityAreaId: s.priorityAreaId, parentId: parentOf.get(s.key) })).map((s) => s.key) : [],
  );
  return {
    header,
    doc,
    comparison: compareStocktakes(doc, previous, doc.labels),
    earlier,
    comparedWith: previous ? comparedWith : null,
    findings: visibleFindings(findings, member),
    mayPrepare: mayPrepare(member.scope),
    mayRecordFindings: !draft && mayRecordFindings(member.scope),
    editable,
  };
}

/** A published pack's document and comparison, for the print view (ids from a signed path). */
export async function getPrintablePack(partnershipId: string, stocktakeId: string) {
  const row = await getPublishedSnapshot(partnershipId, stocktakeId);
  if (!row?.snapshot) return null;
  const doc = parseStocktakeSnapshot(row.snapshot);
  const [previous, findings] = await Promise.all([publishedDocument(partnershipId, row.previousId), listFindings(partnershipId, stocktakeId)]);
  const published = findings.filter((f) => f.publishedAt);
  const byKey = new Map<string, FindingRow[]>();
  for (const f of published) byKey.set(f.section.key, [...(byKey.get(f.section.key) ?? []), f]);
  return { doc, comparison: compareStocktakes(doc, previous, doc.labels), findings: { byKey, drafts: [], published } satisfies VisibleFindings };
}

/**
 * A section's editor: the section as written, the evidence it may link, the
 * last stocktake's next steps it answers, and the pack drawn live for the
 * preview. Null (404) unless the member may edit that section of a draft.
 */
export async function getSectionEditor(member: MemberContext, stocktakeId: string, sectionId: string, today: Date) {
  const partnershipId = member.partnershipId;
  const header = await getStocktake(partnershipId, stocktakeId);
  const meta = header?.sections.find((s) => s.id === sectionId);
  if (!header || !meta || !mayReadDrafts(member.scope)) return null;
  if (!mayEditSection(member.scope, { priorityAreaId: meta.priorityAreaId, parentId: meta.priorityArea?.parentId ?? null })) return null;
  const [row, source] = await Promise.all([getStocktakeRow(partnershipId, header.id), getStocktakeSource(partnershipId, header.periodStart)]);
  const section = row?.sections.find((s) => s.id === sectionId);
  if (!row || !source || !section) return null;
  const family = meta.priorityAreaId ? [meta.priorityAreaId, ...source.areas.filter((a) => a.parentId === meta.priorityAreaId).map((a) => a.id)] : null;
  const evidence = await listEvidenceOptions(partnershipId, section.id, family, header.periodStart, header.periodEnd);
  const doc = drawPack(source, row, today);
  const previous = await publishedDocument(partnershipId, header.previousId);
  return {
    header,
    section,
    area: doc.areas.find((a) => a.key === section.key) ?? null,
    doc,
    comparison: compareStocktakes(doc, previous, doc.labels),
    steps: row.steps.filter((s) => s.sectionKey === section.key),
    evidence,
  };
}

const rank = (key: string) => (key === GOVERNANCE_KEY ? 0 : key === FAMILY_VOICE_KEY ? 2 : 1);

/** The findings workspace of a published pack, for those who record findings: its sections, and the findings they may see. */
export async function getFindingsPage(member: MemberContext, stocktakeId: string) {
  if (!mayRecordFindings(member.scope)) return null;
  const header = await getStocktake(member.partnershipId, stocktakeId);
  if (!header || header.state !== "PUBLISHED") return null;
  const findings = visibleFindings(await listFindings(member.partnershipId, header.id), member);
  const sections = header.sections
    .filter((s) => s.kind !== "AREA" || (s.priorityArea && !s.priorityArea.archivedAt))
    .map((s) => ({
      id: s.id,
      key: s.key,
      name: s.kind === "GOVERNANCE" ? "Leadership and governance" : s.kind === "FAMILY_VOICE" ? "The voice of families" : `${s.priorityArea!.code} · ${s.priorityArea!.title}`,
    }))
    // As the letter runs: leadership and governance first, the areas, then the voice of families.
    .sort((a, b) => rank(a.key) - rank(b.key));
  return { header, sections, findings, advisor: isAdvisor(member.scope) };
}

/** One partnership on an advisor's home page: the latest pack, what changed since the one before, the next review, and what is still open. */
export async function getAdvisorSummary(partnershipId: string) {
  const { packs, open, drafts } = await getAdvisorOverview(partnershipId);
  const [latest, before] = packs;
  if (!latest?.snapshot) return { latest: null, change: null, nextReview: null, open, drafts };
  const doc = parseStocktakeSnapshot(latest.snapshot);
  const previous = before?.snapshot && before.id === latest.previousId ? parseStocktakeSnapshot(before.snapshot) : null;
  const comparison = compareStocktakes(doc, previous, doc.labels);
  return {
    latest: { id: latest.id, title: latest.title, reviewDate: latest.reviewDate, publishedAt: latest.publishedAt, illustrative: doc.provenance !== null },
    change: changeSummary(comparison),
    nextReview: nextReviewWords(latest.nextReviewDate, latest.nextReviewMonthOnly),
    open,
    drafts,
  };
}
