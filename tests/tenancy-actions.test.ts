// Tenant isolation at the server actions, the entry points a browser reaches.
// Every exported server action is called as Derby City's admin, once naming
// Derbyshire's rows while in Derby City, and once asking for Derbyshire
// itself (a partnership they do not belong to). Each must answer "not found",
// change nothing in either partnership, and name nothing of Derbyshire's. An
// action without a case here fails the first test.
import path from "node:path";
import { beforeAll, describe, expect, it, vi } from "vitest";
import type { ActionResult } from "@/lib/actions/result";
import type { SessionUser } from "@/lib/auth/session";
import { db } from "./support/db";
import { serverActionFiles } from "./support/server-actions";

// The session is the one thing faked: the test plays a signed-in user without a browser.
const signedIn: { user: SessionUser | null } = { user: null };
vi.mock("@/lib/auth/session", () => ({ getSession: async () => signedIn.user }));

type Rows = Record<string, string>;
type FormCase = (rows: Rows) => Record<string, string>;

const kpi = { code: "XT1", name: "Cross-tenant KPI", definition: "Never written.", unit: "PERCENT", direction: "HIGHER_IS_BETTER", frequency: "MONTHLY" };
const area = { code: "X9", kind: "LOCAL_PRIORITY", title: "Cross-tenant", finding: "x" };
const stocktakeDetails = { version: "1", title: "Cross-tenant", periodStart: "2031-01-01", periodEnd: "2031-06-30", reviewDate: "2031-07-08", summary: "x" };
const risk = {
  title: "Cross-tenant risk",
  ownerRole: "x",
  inherentLikelihood: "3",
  inherentImpact: "3",
  currentLikelihood: "3",
  currentImpact: "3",
  targetLikelihood: "1",
  targetImpact: "1",
  reviewFrequency: "MONTHLY",
  nextReviewDate: "2026-12-31",
};

const crossTenantLabels = { COMPLETE: "Done", ON_TRACK: "Cross-tenant", AT_RISK: "Amber", OFF_TRACK: "Red", NOT_DUE: "Not due" };

const CASES: Record<string, FormCase> = {
  "lib/plan/actions.ts#updateActionStatusAction": (r) => ({ actionId: r.Action, version: "1", status: "OFF_TRACK", commentary: "Cross-tenant" }),
  "lib/plan/actions.ts#recordMilestoneOutcomeAction": (r) => ({ occurrenceId: r.MilestoneOccurrence, version: "1", outcome: "MET", note: "Cross-tenant" }),
  "lib/changes/actions.ts#raiseChangeRequestAction": (r) => ({ actionId: r.Action, proposedDueDate: "2030-01-01", reason: "x", impact: "x" }),
  "lib/changes/actions.ts#decideChangeRequestAction": (r) => ({ changeRequestId: r.ChangeRequest, version: "1", decision: "APPROVED", decisionNote: "x" }),
  "lib/kpis/actions.ts#saveKpiValueAction": (r) => ({ kpiId: r.Kpi, period: "2025-06", value: "1" }),
  "lib/kpis/actions.ts#correctKpiValueAction": (r) => ({ kpiId: r.Kpi, period: "2025-07-01", op: "correct", value: "1", reason: "Cross-tenant" }),
  "lib/plan/actions.ts#correctDueDateAction": (r) => ({ actionId: r.Action, version: "1", dueDate: "2030-01-01", reason: "Cross-tenant" }),
  "lib/kpis/actions.ts#importKpiValuesAction": (r) => ({ kpiId: r.Kpi, data: "Jun 2025\t1", confirm: "1" }),
  "lib/kpis/actions.ts#createKpiAction": (r) => ({ ...kpi, areaIds: r.PriorityArea }),
  "lib/kpis/actions.ts#updateKpiAction": (r) => ({ ...kpi, id: r.Kpi, version: "1", areaIds: r.PriorityArea }),
  "lib/kpis/actions.ts#setKpiArchivedAction": (r) => ({ id: r.Kpi, version: "1", archived: "1" }),
  "lib/kpis/actions.ts#setKpiPublicAction": (r) => ({ kpiId: r.Kpi, show: "yes" }),
  "lib/plan/structure/actions.ts#createAreaAction": (r) => ({ ...area, parentId: r.PriorityArea }),
  "lib/plan/structure/actions.ts#updateAreaAction": (r) => ({ ...area, id: r.PriorityArea, version: "1" }),
  "lib/plan/structure/actions.ts#createOutcomeAction": (r) => ({ priorityAreaId: r.PriorityArea, code: "X9.1", text: "Cross-tenant" }),
  "lib/plan/structure/actions.ts#updateOutcomeAction": (r) => ({ id: r.Outcome, version: "1", priorityAreaId: r.PriorityArea, code: "X9.1", text: "Cross-tenant" }),
  "lib/plan/structure/actions.ts#createActionAction": (r) => ({ outcomeId: r.Outcome, code: "X9.1a", title: "Cross-tenant", baselineDueDate: "2030-03-31" }),
  "lib/plan/structure/actions.ts#updateActionAction": (r) => ({ id: r.Action, version: "1", outcomeId: r.Outcome, code: "X9.1a", title: "Cross-tenant" }),
  "lib/plan/structure/actions.ts#createMilestoneAction": (r) => ({ actionId: r.Action, text: "Cross-tenant", schedule: "ONE_OFF", dueDate: "2030-03-31" }),
  "lib/plan/structure/actions.ts#updateMilestoneAction": (r) => ({ id: r.Milestone, version: "1", text: "Cross-tenant", schedule: "ONE_OFF" }),
  "lib/plan/structure/actions.ts#changePlanItemAction": (r) => ({ op: "archive", item: "area", id: r.PriorityArea, version: "1" }),
  "lib/meetings/actions.ts#createBoardAction": (r) => ({ name: "Cross-tenant board", areaIds: r.PriorityArea }),
  "lib/meetings/actions.ts#updateBoardAction": (r) => ({ id: r.Board, version: "1", name: "Cross-tenant board" }),
  "lib/meetings/actions.ts#createMeetingAction": (r) => ({ boardId: r.Board, title: "Cross-tenant", date: "2030-01-01" }),
  "lib/meetings/actions.ts#updateMeetingAction": (r) => ({ meetingId: r.Meeting, version: "1", title: "Cross-tenant", date: "2030-01-01" }),
  "lib/meetings/actions.ts#changeMeetingStateAction": (r) => ({ meetingId: r.Meeting, version: "1", transition: "reopen", reason: "x" }),
  "lib/meetings/actions.ts#addAttendeeAction": (r) => ({ meetingId: r.Meeting, name: "Cross-tenant", kind: "ADVISER" }),
  "lib/meetings/actions.ts#recordAttendanceAction": (r) => ({ meetingId: r.Meeting, version: "1", [`status-${r.MeetingAttendee}`]: "ABSENT" }),
  "lib/meetings/actions.ts#removeAttendeeAction": (r) => ({ meetingId: r.Meeting, attendeeId: r.MeetingAttendee }),
  "lib/meetings/actions.ts#saveAgendaItemAction": (r) => ({ meetingId: r.Meeting, itemId: r.MeetingAgendaItem, version: "1", title: "Cross-tenant" }),
  "lib/meetings/actions.ts#moveAgendaItemAction": (r) => ({ meetingId: r.Meeting, itemId: r.MeetingAgendaItem, direction: "remove" }),
  "lib/meetings/actions.ts#addDecisionAction": (r) => ({ meetingId: r.Meeting, agendaItemId: r.MeetingAgendaItem, kind: "DECISION", text: "Cross-tenant" }),
  "lib/meetings/actions.ts#removeDecisionAction": (r) => ({ meetingId: r.Meeting, decisionId: r.MeetingDecision }),
  "lib/meetings/actions.ts#saveMinutesAction": (r) => ({ meetingId: r.Meeting, version: "1", minutes: "Cross-tenant" }),
  "lib/meetings/actions.ts#approveMinutesAction": (r) => ({ meetingId: r.Meeting, minutesOfId: r.Meeting, version: "1" }),
  "lib/meetings/actions.ts#publishMinutesAction": (r) => ({ meetingId: r.Meeting, version: "1", publish: "0" }),
  "lib/meetings/actions.ts#raiseImpactLogEntryAction": (r) => ({ meetingId: r.Meeting, title: "Cross-tenant", ownerRole: "x" }),
  "lib/meetings/actions.ts#updateImpactLogEntryAction": (r) => ({ entryId: r.ImpactLogEntry, version: "1", title: "Cross-tenant", ownerRole: "x" }),
  "lib/meetings/actions.ts#recordImpactLogUpdateAction": (r) => ({ entryId: r.ImpactLogEntry, meetingId: r.Meeting, version: "1", state: "DONE", text: "Cross-tenant" }),
  "lib/reports/actions.ts#saveHighlightReportAction": (r) => ({ areaId: r.PriorityArea, period: "2026-10", version: "0", intent: "save", summary: "Cross-tenant" }),
  "lib/reports/actions.ts#reviewHighlightReportAction": (r) => ({ reportId: r.HighlightReport, version: "1", decision: "RETURNED", comment: "Cross-tenant" }),
  "lib/stocktakes/actions.ts#createStocktakeAction": (r) => ({ followsId: r.Stocktake, title: "Cross-tenant", periodStart: "2031-01-01", periodEnd: "2031-06-30" }),
  "lib/stocktakes/actions.ts#saveStocktakeDetailsAction": (r) => ({ ...stocktakeDetails, stocktakeId: r.Stocktake, intent: "publish" }),
  "lib/stocktakes/actions.ts#deleteStocktakeAction": (r) => ({ stocktakeId: r.Stocktake, version: "1" }),
  "lib/stocktakes/actions.ts#saveStocktakeSectionAction": (r) => ({ sectionId: r.StocktakeSection, version: "1", progress: "Cross-tenant" }),
  "lib/stocktakes/actions.ts#linkStocktakeEvidenceAction": (r) => ({ sectionId: r.StocktakeSection, version: "1", evidenceIds: r.Evidence }),
  "lib/stocktakes/actions.ts#addStocktakeEvidenceAction": (r) => ({ sectionId: r.StocktakeSection, version: "1", kind: "DATA", title: "Cross-tenant", date: "2025-06-01", text: "x" }),
  "lib/stocktakes/actions.ts#saveStocktakeResponseAction": (r) => ({ stocktakeId: r.Stocktake, findingId: r.AdvisorFinding, version: "0", response: "Cross-tenant" }),
  "lib/stocktakes/actions.ts#recordFindingAction": (r) => ({ sectionId: r.StocktakeSection, kind: "NEXT_STEP", heading: "Cross-tenant", text: "x" }),
  "lib/stocktakes/actions.ts#updateFindingAction": (r) => ({ findingId: r.AdvisorFinding, version: "1", kind: "NEXT_STEP", heading: "Cross-tenant", text: "x" }),
  "lib/stocktakes/actions.ts#deleteFindingAction": (r) => ({ findingId: r.AdvisorFinding, version: "1" }),
  "lib/stocktakes/actions.ts#publishFindingsAction": (r) => ({ stocktakeId: r.Stocktake, nextReview: "2031-01" }),
  // The form names the partnership it was shown for: Derbyshire's.
  "lib/settings/actions.ts#updatePartnershipSettingsAction": (r) => ({ partnershipId: r.Partnership, version: "1" }),
  "lib/settings/actions.ts#updatePublicPageSettingsAction": (r) => ({ partnershipId: r.Partnership, shownEnabled: "on", publicPageEnabled: "" }),
  "lib/settings/actions.ts#updatePartnershipDetailsAction": (r) => ({ partnershipId: r.Partnership, version: "1", name: "Cross-tenant", contactEmail: "x@example.gov.uk" }),
  "lib/settings/actions.ts#updateStatusLabelsAction": (r) => ({ partnershipId: r.Partnership, version: "1", ...crossTenantLabels }),
  "lib/settings/actions.ts#resetStatusLabelsAction": (r) => ({ partnershipId: r.Partnership, version: "1" }),
  "lib/settings/actions.ts#updateReportingRhythmAction": (r) => ({
    partnershipId: r.Partnership,
    version: "1",
    reportingCadenceDays: "7",
    staleGraceDays: "0",
    milestoneWarningDays: "7",
    highlightReportDueDay: "1",
  }),
  "lib/boardpacks/actions.ts#saveBoardPackAction": (r) => ({ meetingId: r.Meeting, version: "0", intent: "publish", coverNote: "Cross-tenant" }),
  "lib/risks/actions.ts#createRiskAction": (r) => ({ ...risk, areaIds: r.PriorityArea }),
  "lib/risks/actions.ts#updateRiskAction": (r) => ({ ...risk, id: r.Risk, version: "1", scoreReason: "x" }),
  "lib/risks/actions.ts#reviewRiskAction": (r) => ({ riskId: r.Risk, version: "1", currentLikelihood: "1", currentImpact: "1", note: "x", nextReviewDate: "2026-12-31" }),
  "lib/risks/actions.ts#setRiskClosedAction": (r) => ({ id: r.Risk, version: "1", closed: "1", reason: "x" }),
  "lib/risks/actions.ts#setRiskEscalatedAction": (r) => ({ id: r.Risk, version: "1", escalated: "1", note: "x" }),
  "lib/risks/actions.ts#addMitigationAction": (r) => ({ riskId: r.Risk, text: "x", ownerRole: "x", dueDate: "2027-01-31" }),
  "lib/risks/actions.ts#updateMitigationAction": (r) => ({ id: r.RiskMitigation, version: "1", text: "x", ownerRole: "x", dueDate: "2027-01-31", state: "COMPLETE" }),
  "lib/risks/actions.ts#completeMitigationAction": (r) => ({ id: r.RiskMitigation, version: "1", note: "x" }),
  "lib/passwords/actions.ts#issuePasswordResetAction": (r) => ({ membershipId: r.Membership }),
  "lib/passwords/actions.ts#removeOidcLinkAction": (r) => ({ membershipId: r.Membership, oidcAccountId: r.Membership }),
  "lib/invitations/actions.ts#inviteMemberAction": (r) => ({ email: "cross-tenant@derby-city.test", role: "LEAD", areaIds: r.PriorityArea }),
  "lib/invitations/actions.ts#revokeInvitationAction": (r) => ({ invitationId: r.Invitation ?? "no-invitation-in-derbyshire" }),
  "lib/invitations/actions.ts#resendInvitationAction": (r) => ({ invitationId: r.Invitation ?? "no-invitation-in-derbyshire" }),
  "lib/members/actions.ts#updateMemberAction": (r) => ({ membershipId: r.Membership, role: "VIEWER" }),
  "lib/members/actions.ts#removeMemberAction": (r) => ({ membershipId: r.Membership }),
  // The member's own email reminders, on the form shown for a Derbyshire membership.
  "lib/digests/actions.ts#saveDigestFrequencyAction": (r) => ({ membershipId: r.Membership, frequency: "OFF" }),
  // /admin's, for operators only: Derby City's admin is none, so each is "not found", naming Derbyshire or not.
  "lib/operators/actions.ts#createPartnershipAction": () => ({ name: "Cross-tenant", partnershipSlug: "cross-tenant", localAuthority: "x", icb: "x", adminEmail: "x@example.gov.uk" }),
  "lib/operators/actions.ts#changePartnershipStateAction": (r) => ({ partnershipId: r.Partnership, intent: "archive" }),
  // An upload form shown for Derbyshire; confirming Derbyshire's upload (or none, where it has none).
  "lib/plan-import/actions.ts#uploadPlanAction": (r) => ({ partnershipId: r.Partnership }),
  "lib/plan-import/actions.ts#confirmImportAction": (r) => ({ uploadId: r.PlanImportUpload ?? "no-upload-in-derbyshire", col0: "area", col1: "action" }),
  // The public page's content: a summary sent for Derbyshire's area, Derbyshire's summary decided (or none, where it has none), its feedback made public.
  "lib/public-summaries/actions.ts#saveSummaryAction": (r) => ({ areaId: r.PriorityArea, version: "0", intent: "submit", whatWeAreDoing: "x", whatHasChanged: "x", whatIsNext: "x" }),
  "lib/public-summaries/actions.ts#decideSummaryAction": (r) => ({ summaryId: r.PublicSummary ?? "no-summary-in-derbyshire", version: "1", decision: "APPROVE" }),
  "lib/public-summaries/actions.ts#setFeedbackPublicAction": (r) => ({ evidenceId: r.Evidence ?? "no-evidence-in-derbyshire", show: "yes" }),
};

async function serverActions() {
  const found: { key: string; action: (previous: null, form: FormData) => Promise<ActionResult<unknown>> }[] = [];
  // Found by parsing each file's directive prologue, as Next.js does (tests/support/server-actions.ts).
  for (const file of serverActionFiles(process.cwd())) {
    const mod = (await import(/* @vite-ignore */ path.join(process.cwd(), file))) as Record<string, unknown>;
    for (const [name, value] of Object.entries(mod)) {
      if (typeof value === "function") found.push({ key: `${file}#${name}`, action: value as (typeof found)[number]["action"] });
    }
  }
  return found;
}

/** One Derbyshire row id per tenant table. */
async function derbyshireRows(partnershipId: string): Promise<Rows> {
  const tables = await db.$queryRaw<{ table_name: string }[]>`
    SELECT c.table_name FROM information_schema.columns c
    JOIN information_schema.columns i ON i.table_name = c.table_name AND i.column_name = 'id' AND i.table_schema = 'public'
    WHERE c.column_name = 'partnershipId' AND c.table_schema = 'public'`;
  const rows: Rows = {};
  for (const { table_name } of tables) {
    const [row] = await db.$queryRawUnsafe<{ id: string }[]>(`SELECT id FROM "${table_name}" WHERE "partnershipId" = $1 ORDER BY id LIMIT 1`, partnershipId);
    if (row) rows[table_name] = row.id;
  }
  return rows;
}

async function contents(): Promise<string> {
  const tables = await db.$queryRaw<{ table_name: string }[]>`SELECT relname AS table_name FROM pg_stat_user_tables WHERE relname <> '_prisma_migrations' ORDER BY relname`;
  const digests = [];
  for (const { table_name } of tables) {
    const [{ digest }] = await db.$queryRawUnsafe<{ digest: string }[]>(`SELECT count(*) || ':' || md5(coalesce(string_agg(md5(t::text), '' ORDER BY md5(t::text)), '')) AS digest FROM "${table_name}" t`);
    digests.push(`${table_name}=${digest}`);
  }
  return digests.join("\n");
}

function form(fields: Record<string, string>): FormData {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) data.set(name, value);
  return data;
}

let rows: Rows;
let words: string[];

beforeAll(async () => {
  const [derbyshire, admin] = await Promise.all([
    db.partnership.findFirstOrThrow({ where: { slug: "derbyshire" }, select: { id: true, name: true } }),
    db.user.findUniqueOrThrow({ where: { email: "admin@derby-city.demo" }, select: { id: true, name: true, email: true, sessionVersion: true } }),
  ]);
  signedIn.user = { userId: admin.id, name: admin.name, email: admin.email, sessionVersion: admin.sessionVersion };
  // The partnership itself is a row some forms name (the settings form).
  rows = { ...(await derbyshireRows(derbyshire.id)), Partnership: derbyshire.id };
  const named = await db.$queryRawUnsafe<{ word: string }[]>(
    `SELECT code AS word FROM "PriorityArea" WHERE "partnershipId" = $1 UNION SELECT code FROM "Action" WHERE "partnershipId" = $1
     UNION SELECT title FROM "Action" WHERE "partnershipId" = $1 UNION SELECT code FROM "Kpi" WHERE "partnershipId" = $1
     UNION SELECT name FROM "Kpi" WHERE "partnershipId" = $1 UNION SELECT text FROM "Milestone" WHERE "partnershipId" = $1
     UNION SELECT title FROM "Risk" WHERE "partnershipId" = $1 UNION SELECT text FROM "RiskMitigation" WHERE "partnershipId" = $1`,
    derbyshire.id,
  );
  words = [derbyshire.name, ...named.map((r) => r.word)].filter((w) => w.length >= 3);
});

describe("tenant isolation at the server actions", () => {
  it("has a case for every server action", async () => {
    const keys = (await serverActions()).map((a) => a.key);
    expect(keys.length).toBeGreaterThan(15);
    expect(keys.filter((key) => !(key in CASES))).toEqual([]);
    expect(Object.keys(CASES).filter((key) => !keys.includes(key))).toEqual([]);
  });

  it.each([
    ["in Derby City, naming Derbyshire's rows", "derby-city"],
    ["asking for Derbyshire, where they are not a member", "derbyshire"],
  ])("answers not found and changes nothing: %s", async (_label, slug) => {
    const before = await contents();
    const answers: Record<string, string> = {};
    for (const { key, action } of await serverActions()) {
      const result = await action(null, form({ slug, ...CASES[key]!(rows) }));
      expect(result.ok, key).toBe(false);
      const message = result.ok ? "" : `${result.formError ?? ""} ${Object.values(result.fieldErrors ?? {}).flat().join(" ")}`;
      answers[key] = message;
      expect(message, key).toMatch(/no longer exists|do not have access/);
      expect(words.filter((word) => message.includes(word)), `${key}: ${message}`).toEqual([]);
    }
    expect(Object.keys(answers).length).toBe(Object.keys(CASES).length);
    expect(await contents()).toBe(before);
  });
});
