// For e2e/reflow.spec.ts: the pages of one partnership, addressed through the
// domains' paths functions with ids read from the end-to-end database, and
// the in-page measure of WCAG 2.2 SC 1.4.10 (reflow at 320 CSS px).
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { auditLogPath } from "../../lib/audit-log/paths";
import { boardPackDraftPath, boardPackPath } from "../../lib/boardpacks/paths";
import { changeRequestsPath } from "../../lib/changes/paths";
import { dashboardPath } from "../../lib/dashboard/paths";
import { digestPreviewPath, myEmailPath } from "../../lib/digests/paths";
import { editKpiPath, kpiPath, kpisPath, newKpiPath } from "../../lib/kpis/paths";
import { memberPath, memberSignInPath, membersPath } from "../../lib/members/paths";
import { boardsPath, decisionLogPath, impactLogPath, meetingPath, meetingsPath } from "../../lib/meetings/paths";
import * as plan from "../../lib/plan/paths";
import { planImportPath, planImportUploadPath } from "../../lib/plan-import/paths";
import { reportEditPath, reportPath, reportsPath } from "../../lib/reports/paths";
import { editRiskPath, newRiskPath, riskPath, risksPath } from "../../lib/risks/paths";
import { publicSummariesPath, publicSummaryPath } from "../../lib/public-summaries/paths";
import { settingsPath } from "../../lib/settings/paths";
import { findingsPath, sectionPath, stocktakePath, stocktakesPath } from "../../lib/stocktakes/paths";
import { withDatabase } from "./database";

export type WalkPage = { name: string; path: string };

/**
 * Every kind of page under /p/<slug>, once (some twice, where a state of the
 * data shows a different layout: the plan with its areas open, a report the
 * board is to review), plus the partnership picker. Which of them a role may
 * open is the app's business: the walk opens each and skips those that answer
 * 404 to that role.
 */
export async function partnershipPages(slug: string): Promise<WalkPage[]> {
  const ids = await withDatabase(async (db) => {
    const { id: partnershipId } = await db.partnership.findUniqueOrThrow({ where: { slug }, select: { id: true } });
    const live = { partnershipId, archivedAt: null };
    const first = { orderBy: { position: "asc" as const }, select: { id: true } };
    const report = (state: "NOTED" | "SUBMITTED" | "DRAFT") =>
      db.highlightReport.findFirstOrThrow({ where: { partnershipId, state }, orderBy: { period: "desc" }, select: { period: true, priorityArea: { select: { code: true } } } });
    const [noted, submitted, draft] = await Promise.all([report("NOTED"), report("SUBMITTED"), report("DRAFT")]);
    const [board, area, outcome, action, milestone, kpi, risk, published, open, unpacked, pack, stocktake, member] = await Promise.all([
      db.board.findFirstOrThrow({ where: { partnershipId }, ...first }),
      db.priorityArea.findFirstOrThrow({ where: live, ...first }),
      db.outcome.findFirstOrThrow({ where: live, ...first }),
      // The action with most to show: milestones, updates and a change request where there is one.
      db.action.findFirstOrThrow({
        where: { ...live, milestones: { some: {} }, updates: { some: {} } },
        orderBy: [{ changeRequests: { _count: "desc" } }, { code: "asc" }],
        select: { id: true },
      }),
      db.milestone.findFirstOrThrow({ where: live, ...first }),
      db.kpi.findFirstOrThrow({ where: live, ...first }),
      db.risk.findFirstOrThrow({ where: { partnershipId, state: "OPEN" }, orderBy: { code: "asc" }, select: { id: true } }),
      db.meeting.findFirstOrThrow({ where: { partnershipId, publishedAt: { not: null } }, orderBy: { date: "desc" }, select: { id: true } }),
      db.meeting.findFirstOrThrow({ where: { partnershipId, state: "OPEN" }, orderBy: { date: "desc" }, select: { id: true } }),
      db.meeting.findFirstOrThrow({ where: { partnershipId, boardPack: { is: null } }, orderBy: { date: "desc" }, select: { id: true } }),
      db.boardPack.findFirstOrThrow({ where: { partnershipId, state: "PUBLISHED" }, orderBy: { publishedAt: "desc" }, select: { id: true } }),
      db.stocktake.findFirstOrThrow({
        where: { partnershipId, state: "PUBLISHED" },
        orderBy: { publishedAt: "desc" },
        select: { id: true, sections: { where: { kind: "AREA" }, orderBy: { position: "asc" }, take: 1, select: { id: true } } },
      }),
      // A member with an OpenID Connect link where there is one (the page's longest layout).
      db.membership.findFirstOrThrow({ where: { partnershipId }, orderBy: [{ user: { oidcAccounts: { _count: "desc" } } }, { id: "asc" }], select: { id: true } }),
    ]);
    // The import's preview needs an upload: the programme office's, of the Hull-style fixture, made once (a set-up write the plan never sees).
    const upload =
      (await db.planImportUpload.findFirst({ where: { partnershipId, importedAt: null }, select: { id: true } })) ??
      (await db.planImportUpload.create({
        data: {
          partnershipId,
          membershipId: (await db.membership.findFirstOrThrow({ where: { partnershipId, role: "ADMIN" }, select: { id: true } })).id,
          fileName: "hull-style-plan.csv",
          bytes: readFileSync(path.resolve(import.meta.dirname, "..", "fixtures", "hull-style-plan.csv")),
        },
        select: { id: true },
      }));
    return { board, area, outcome, action, milestone, kpi, risk, published, open, unpacked, pack, noted, submitted, draft, stocktake, member, upload };
  });
  const { noted, submitted, draft, stocktake } = ids;
  return [
    { name: "dashboard", path: dashboardPath(slug) },
    { name: "a board's dashboard", path: dashboardPath(slug, ids.board.id) },
    { name: "plan", path: plan.planPath(slug) },
    { name: "plan, every area open", path: plan.planViewPath(slug, {}, "all") },
    { name: "an action", path: plan.actionPath(slug, ids.action.id) },
    { name: "My updates", path: plan.myUpdatesPath(slug) },
    { name: "email reminders", path: myEmailPath(slug) },
    { name: "plan editor", path: plan.planEditorPath(slug) },
    { name: "new area", path: plan.newAreaPath(slug) },
    { name: "an area's editor", path: plan.editAreaPath(slug, ids.area.id) },
    { name: "new outcome", path: plan.newOutcomePath(slug, ids.area.id) },
    { name: "an outcome's editor", path: plan.editOutcomePath(slug, ids.outcome.id) },
    { name: "new action", path: plan.newActionPath(slug, ids.outcome.id) },
    { name: "an action's editor", path: plan.editActionPath(slug, ids.action.id) },
    { name: "new milestone", path: plan.newMilestonePath(slug, ids.action.id) },
    { name: "a milestone's editor", path: plan.editMilestonePath(slug, ids.milestone.id) },
    { name: "plan import", path: planImportPath(slug) },
    { name: "a plan upload's preview", path: planImportUploadPath(slug, ids.upload.id) },
    { name: "KPIs", path: kpisPath(slug) },
    { name: "a KPI", path: kpiPath(slug, ids.kpi.id) },
    { name: "new KPI", path: newKpiPath(slug) },
    { name: "a KPI's editor", path: editKpiPath(slug, ids.kpi.id) },
    { name: "risk register", path: risksPath(slug) },
    { name: "a risk", path: riskPath(slug, ids.risk.id) },
    { name: "new risk", path: newRiskPath(slug) },
    { name: "a risk's editor", path: editRiskPath(slug, ids.risk.id) },
    { name: "change requests", path: changeRequestsPath(slug) },
    { name: "meetings", path: meetingsPath(slug) },
    { name: "a published meeting", path: meetingPath(slug, ids.published.id) },
    { name: "the open meeting", path: meetingPath(slug, ids.open.id) },
    { name: "a draft board pack", path: boardPackDraftPath(slug, ids.unpacked.id) },
    { name: "boards", path: boardsPath(slug) },
    { name: "decision log", path: decisionLogPath(slug) },
    { name: "action and impact log", path: impactLogPath(slug) },
    { name: "a board pack", path: boardPackPath(slug, ids.pack.id) },
    { name: "highlight reports", path: reportsPath(slug) },
    { name: "a noted highlight report", path: reportPath(slug, noted.priorityArea.code, noted.period) },
    { name: "a report awaiting review", path: reportPath(slug, submitted.priorityArea.code, submitted.period) },
    { name: "a report's editor", path: reportEditPath(slug, draft.priorityArea.code, draft.period) },
    { name: "stocktakes", path: stocktakesPath(slug) },
    { name: "a stocktake pack", path: stocktakePath(slug, stocktake.id) },
    { name: "a stocktake section", path: sectionPath(slug, stocktake.id, stocktake.sections[0]!.id) },
    { name: "advisors' findings", path: findingsPath(slug, stocktake.id) },
    { name: "settings", path: settingsPath(slug) },
    { name: "the public page's summaries", path: publicSummariesPath(slug) },
    { name: "an area's public summary", path: publicSummaryPath(slug, ids.area.id) },
    { name: "audit log", path: auditLogPath(slug) },
    { name: "members", path: membersPath(slug) },
    { name: "a member", path: memberPath(slug, ids.member.id) },
    { name: "a member's sign-in", path: memberSignInPath(slug, ids.member.id) },
    { name: "a member's next digest", path: digestPreviewPath(slug, ids.member.id) },
    { name: "partnerships", path: "/p" },
  ];
}

/** The page routes under app/p/[slug] ("/p/[slug]/risks/[riskId]"), read from the app folder. */
export function partnershipRoutes(): string[] {
  const dir = path.resolve(import.meta.dirname, "..", "..", "app", "p", "[slug]");
  return readdirSync(dir, { recursive: true, encoding: "utf8" })
    .filter((file) => path.basename(file) === "page.tsx")
    .map((file) => `/p/[slug]${path.dirname(file) === "." ? "" : `/${path.dirname(file).split(path.sep).join("/")}`}`);
}

/** Whether a path ("/p/derbyshire/risks/cmx…") is an address of a route ("/p/[slug]/risks/[riskId]"). */
export function isRoute(route: string, pathname: string): boolean {
  const pattern = route.replace(/\[[^\]]+\]/g, "[^/]+");
  return new RegExp(`^${pattern}$`).test(pathname);
}

export type Reflow = {
  viewport: number;
  documentWidth: number;
  /** Elements whose right edge passes the viewport's and that no scroll region (or other clipping box) contains. */
  overflowing: string[];
  /** Boxes that scroll sideways but are not a labelled, keyboard-focusable region. */
  badScrollers: string[];
};

/**
 * Runs in the page. An element counts as overflowing when its right edge is
 * past the viewport's and no ancestor clips it. An ancestor with overflow-x
 * other than visible clips its descendants, except an absolutely positioned
 * one whose containing block lies outside it: an `sr-only` caption in a
 * table inside a static scroll box escapes the box and widens the page.
 * Fixed boxes never widen the document. Only the outermost offenders are
 * named; folded sections (<details>) are measured open. Every box that
 * does scroll sideways must be a region people can reach and hear:
 * role="region", a name, tabindex="0".
 */
export function measureReflow(): Reflow {
  // What a folded section holds (an edit form, a finding) is the page's too, once opened.
  for (const details of document.querySelectorAll("details")) details.open = true;
  const viewport = document.documentElement.clientWidth;
  const describe = (el: Element) => {
    const box = el.getBoundingClientRect();
    const id = el.id ? `#${el.id}` : "";
    const testId = el.getAttribute("data-testid") ? `[data-testid=${el.getAttribute("data-testid")}]` : "";
    const classes = (el.getAttribute("class") ?? "").split(/\s+/).filter(Boolean).slice(0, 4);
    const text = (el.textContent ?? "").replace(/\s+/g, " ").trim().slice(0, 50);
    return `<${el.tagName.toLowerCase()}${id}${testId}${classes.length ? `.${classes.join(".")}` : ""}> right ${Math.round(box.right)} px, width ${Math.round(box.width)} px: "${text}"`;
  };
  const clipped = (el: Element) => {
    // An absolutely positioned box is clipped only from its containing block (the nearest positioned ancestor) up.
    let needsContainer = getComputedStyle(el).position === "absolute";
    for (let a = el.parentElement; a && a !== document.documentElement; a = a.parentElement) {
      const style = getComputedStyle(a);
      if (needsContainer && style.position === "static") continue;
      needsContainer = false;
      if (style.overflowX !== "visible" || style.position === "fixed") return true;
      if (style.position === "absolute") needsContainer = true;
    }
    return false;
  };
  const all = [...document.body.querySelectorAll("*")];
  const offenders = all.filter((el) => {
    const box = el.getBoundingClientRect();
    if (box.width === 0 || box.right <= viewport + 0.5) return false;
    if (getComputedStyle(el).position === "fixed") return false;
    return !clipped(el);
  });
  const set = new Set(offenders);
  const overflowing = offenders.filter((el) => !el.parentElement || !set.has(el.parentElement)).map(describe);
  const badScrollers = all
    .filter((el) => {
      const style = getComputedStyle(el);
      if (!["auto", "scroll"].includes(style.overflowX) || el.scrollWidth <= el.clientWidth + 1) return false;
      if (el instanceof HTMLTextAreaElement || el instanceof HTMLSelectElement) return false;
      const labels = (el.getAttribute("aria-labelledby") ?? "").split(/\s+/).filter(Boolean);
      const name =
        labels
          .map((id) => document.getElementById(id)?.textContent?.trim() ?? "")
          .join(" ")
          .trim() || el.getAttribute("aria-label")?.trim();
      return el.getAttribute("role") !== "region" || !name || el.getAttribute("tabindex") !== "0";
    })
    .map(describe);
  return { viewport, documentWidth: document.documentElement.scrollWidth, overflowing, badScrollers };
}
