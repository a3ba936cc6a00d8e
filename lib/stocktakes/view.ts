// What a member sees of the stocktakes: which packs (published ones, and the
// draft for those who prepare it), the pack's document (the frozen snapshot,
// or a draft drawn live) and its comparison with an earlier pack, what a
// draft still needs, and the findings they may see. Reads through the
// queries, decides with access.ts and the pure rules; pages stay thin.
import "server-only";
import type { MemberContext } from "@/lib/auth/guards";
import { toIsoDate } from "@/lib/dates/format";
import {
  isAdvisor,
  mayEditSection,
  mayGiveNextReview,
  mayPrepare,
  mayReadDrafts,
  mayReadPublished,
  mayRecordFindings,
  publishedFindings,
  visibleFindings,
  type VisibleFindings,
} from "./access";
import { changeSummary, compareStocktakes, type PackComparison } from "./compute/compare";
import { defaultTitle, nextPeriod, nextReviewWords, publishProblems } from "./compute/lifecycle";
import { drawPack } from "./compute/pack";
import { findingsSectionTitle, sectionInWords, sectionTitle } from "./labels";
import { findingsPath, sectionInPackPath, sectionPath, stocktakePath, stocktakePdfPath, stocktakesPath } from "./paths";
import { getStocktakeSource } from "./pack-source/queries";
import { getStocktakeRow, listEvidenceOptions, listFindings } from "./sections/queries";
import { getAdvisorOverview, getPublishedSnapshot, getStocktake, getStocktakesOverview, listStocktakes, type StocktakeHeader } from "./queries";
import { FAMILY_VOICE_KEY, GOVERNANCE_KEY } from "./source";
import { parseStocktakeSnapshot, type PackDocument, type StocktakeSnapshot } from "./snapshot";

export type { VisibleFindings } from "./access";

/** Where a published pack says it comes from, when it is not the partnership's own. */
const provenanceNote = (provenance: string | null) =>
  provenance ? (provenance.startsWith("Illustrative") ? "Illustrative" : "Findings from the published letter; the pack itself illustrative") : null;

/**
 * The stocktakes index, for those who read published packs (null, a 404,
 * for anyone else): published packs, the draft too for those who prepare
 * it, the next review, and the period a new draft would cover.
 */
export async function getStocktakesIndex(member: MemberContext, today: Date) {
  if (!mayReadPublished(member.scope)) return null;
  const overview = await getStocktakesOverview(member.partnershipId);
  if (!overview) return null;
  const slug = member.partnership.slug;
  const rows = overview.stocktakes;
  const drafts = mayReadDrafts(member.scope) ? rows.filter((r) => r.state === "DRAFT") : [];
  const published = rows.filter((r) => r.state === "PUBLISHED");
  const latest = published[0] ?? null;
  const canStart = mayPrepare(member.scope) && !rows.some((r) => r.state === "DRAFT");
  const proposed = canStart ? nextPeriod(latest, overview.improvementNoticeDate, today) : null;
  return {
    drafts: drafts.map((s) => ({ ...s, href: stocktakePath(slug, s.id) })),
    published: published.map((s) => ({
      ...s,
      href: stocktakePath(slug, s.id),
      provenanceNote: provenanceNote(s.provenance),
      nextReview: nextReviewWords(s.nextReviewDate, s.nextReviewMonthOnly),
    })),
    latest,
    nextReview: latest ? nextReviewWords(latest.nextReviewDate, latest.nextReviewMonthOnly) : null,
    canStart,
    proposed,
    /** The start form's defaults: the proposed period, titled after its review. */
    start: proposed
      ? {
          followsId: latest?.id ?? null,
          title: defaultTitle(proposed.reviewDate, proposed.end),
          periodStart: toIsoDate(proposed.start),
          periodEnd: toIsoDate(proposed.end),
          reviewDate: proposed.reviewDate && !latest?.nextReviewMonthOnly ? toIsoDate(proposed.reviewDate) : undefined,
        }
      : null,
  };
}

async function publishedDocument(partnershipId: string, stocktakeId: string | null): Promise<StocktakeSnapshot | null> {
  if (!stocktakeId) return null;
  const row = await getPublishedSnapshot(partnershipId, stocktakeId);
  return row?.snapshot ? parseStocktakeSnapshot(row.snapshot) : null;
}

export type PackPage = {
  header: StocktakeHeader;
  /** Still a draft: being written, not yet published. */
  draft: boolean;
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
  /** The editor of each section this member may edit, by key, named as the link says it. */
  editors: Map<string, { href: string; name: string }>;
  /** What a draft still needs before it can be published, each linked to its section's editor where this member may edit it. */
  problems: { message: string; href: string | null }[];
  /** The draft's details as its form starts (ISO days). */
  details: { title: string; periodStart: string; periodEnd: string; reviewDate: string; summary: string };
  links: { stocktakes: string; self: string; pdf: string; findings: string };
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
  const editable = new Set(
    draft ? header.sections.filter((s) => mayEditSection(member.scope, { priorityAreaId: s.priorityAreaId, parentId: s.priorityArea?.parentId ?? null })).map((s) => s.key) : [],
  );
  const slug = member.partnership.slug;
  const editors = new Map(
    header.sections
      .filter((s) => editable.has(s.key))
      .map((s) => [s.key, { href: sectionPath(slug, header.id, s.id), name: sectionInWords(s.key, doc.areas.find((a) => a.key === s.key)?.code) }]),
  );
  const problems = (draft ? publishProblems(doc) : []).map((p) => {
    const key = p.section === null ? null : p.section === GOVERNANCE_KEY || p.section === FAMILY_VOICE_KEY ? p.section : doc.areas.find((a) => a.code === p.section)?.key;
    return { message: p.message, href: (key && editors.get(key)?.href) ?? null };
  });
  return {
    header,
    draft,
    doc,
    comparison: compareStocktakes(doc, previous, doc.labels),
    earlier,
    comparedWith: previous ? comparedWith : null,
    findings: visibleFindings(findings, member.scope, member.user.userId),
    mayPrepare: mayPrepare(member.scope),
    mayRecordFindings: !draft && mayRecordFindings(member.scope),
    editable,
    editors,
    problems,
    details: {
      title: header.title,
      periodStart: toIsoDate(header.periodStart),
      periodEnd: toIsoDate(header.periodEnd),
      reviewDate: header.reviewDate ? toIsoDate(header.reviewDate) : "",
      summary: header.summary ?? "",
    },
    links: { stocktakes: stocktakesPath(slug), self: stocktakePath(slug, header.id), pdf: stocktakePdfPath(slug, header.id), findings: findingsPath(slug, header.id) },
  };
}

/** A published pack's frozen snapshot for its PDF, for a member who reads published packs; null (a 404) otherwise. */
export async function getPublishedPackForPdf(member: MemberContext, stocktakeId: string) {
  if (!mayReadPublished(member.scope)) return null;
  const row = await getPublishedSnapshot(member.partnershipId, stocktakeId);
  return row?.snapshot ? { id: row.id, snapshot: parseStocktakeSnapshot(row.snapshot) } : null;
}

/** A published pack's document and comparison, for the print view (ids from a signed path). */
export async function getPrintablePack(partnershipId: string, stocktakeId: string) {
  const row = await getPublishedSnapshot(partnershipId, stocktakeId);
  if (!row?.snapshot) return null;
  const doc = parseStocktakeSnapshot(row.snapshot);
  const [previous, findings] = await Promise.all([publishedDocument(partnershipId, row.previousId), listFindings(partnershipId, stocktakeId)]);
  return { doc, comparison: compareStocktakes(doc, previous, doc.labels), findings: publishedFindings(findings) };
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
  const comparison = compareStocktakes(doc, previous, doc.labels);
  const area = doc.areas.find((a) => a.key === section.key) ?? null;
  const slug = member.partnership.slug;
  return {
    header,
    section,
    area,
    /** The section as its heading names it. */
    name: sectionTitle(section.kind, area),
    /** Only a draft's sections are written; a published one's page says so. */
    editable: header.state === "DRAFT",
    doc,
    comparison,
    /** For the area's preview: its changes since the last pack, and the responses to the last pack's next steps for it. */
    changes: area ? comparison.areas.find((a) => a.code === area.code) : undefined,
    responses: area ? doc.responses.filter((r) => r.section === area.code) : [],
    steps: row.steps.filter((s) => s.sectionKey === section.key),
    evidence,
    /** New evidence is dated today unless the form says otherwise. */
    newEvidenceDate: toIsoDate(today),
    links: { stocktakes: stocktakesPath(slug), stocktake: stocktakePath(slug, header.id), inPack: sectionInPackPath(slug, header.id, area?.code ?? section.key) },
  };
}

const rank = (key: string) => (key === GOVERNANCE_KEY ? 0 : key === FAMILY_VOICE_KEY ? 2 : 1);

/** The findings workspace of a published pack, for those who record findings: its sections, and the findings they may see. */
export async function getFindingsPage(member: MemberContext, stocktakeId: string) {
  if (!mayRecordFindings(member.scope)) return null;
  const header = await getStocktake(member.partnershipId, stocktakeId);
  if (!header || header.state !== "PUBLISHED") return null;
  const findings = visibleFindings(await listFindings(member.partnershipId, header.id), member.scope, member.user.userId);
  const sections = header.sections
    .filter((s) => s.kind !== "AREA" || (s.priorityArea && !s.priorityArea.archivedAt))
    .map((s) => ({ id: s.id, key: s.key, name: findingsSectionTitle(s.kind, s.priorityArea) }))
    // As the letter runs: leadership and governance first, the areas, then the voice of families.
    .sort((a, b) => rank(a.key) - rank(b.key));
  const slug = member.partnership.slug;
  return {
    header,
    sections,
    findings,
    advisor: isAdvisor(member.scope),
    /** Whether the publish form asks for the next review: the advisors give it; the partnership reads it. */
    givesNextReview: mayGiveNextReview(member.scope),
    /** The next review as the letter gives it, and as the form takes it (a month, 2027-01, or a day). */
    nextReview: nextReviewWords(header.nextReviewDate, header.nextReviewMonthOnly),
    nextReviewValue: header.nextReviewDate ? (header.nextReviewMonthOnly ? toIsoDate(header.nextReviewDate).slice(0, 7) : toIsoDate(header.nextReviewDate)) : undefined,
    links: { stocktakes: stocktakesPath(slug), stocktake: stocktakePath(slug, header.id) },
  };
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
