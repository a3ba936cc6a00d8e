// What a member sees of the plan: the plan page, an action's page and My
// updates. Decided with access.ts, read with queries.ts, shaped with the
// pure rules; pages stay thin. Null is a 404.
import "server-only";
import type { MemberContext } from "@/lib/auth/guards";
import { mayRaiseChangeRequests } from "@/lib/changes/access";
import { DAY_MS, formatUkDate } from "@/lib/dates/format";
import { displayName } from "@/lib/people/names";
import { mayWriteReport, writesReports } from "@/lib/reports/access";
import { reportsOwed } from "@/lib/reports/compute";
import { owedPeriod } from "@/lib/reports/period";
import { getReportsOverview } from "@/lib/reports/queries";
import { mayEditRisks, mayManageEveryRisk } from "@/lib/risks/access";
import { listRisksDueForReview, listRisksForAction } from "@/lib/risks/queries";
import { mayCorrectDates, mayEditArea, mayReadPlan, mayUpdateAction, mayUpdateActions, updatesWholePlan } from "./access";
import { computeActionStatus, owedBy, slippage, statusConflict, updateOwed } from "./compute";
import { getAssessedPlan } from "./model";
import { myUpdates } from "./my-updates";
import { planPageModel } from "./plan-page";
import { getActionDetail, getPlanSettings, listActionsForMember } from "./queries";
import { actionInput, planSettings } from "./status-inputs";
import { owedLine } from "./tree-view";

type Query = Record<string, string | string[] | undefined>;

/** The plan page, or (an advisor where the partnership does not share its live plan) only the partnership's name, to say so. */
export async function getPlanPage(member: MemberContext, query: Query, today: Date) {
  if (!mayReadPlan(member.scope)) return { shared: false as const, partnership: member.partnership.name };
  return { shared: true as const, ...planPageModel(await getAssessedPlan(member.partnershipId, today), query, today, member.partnership.slug) };
}

export type PlanPage = Awaited<ReturnType<typeof getPlanPage>>;

/** An action's page: what the lead reports and what the data says, its milestones, risks, change requests and history. */
export async function getActionPage(member: MemberContext, actionId: string, today: Date) {
  if (!mayReadPlan(member.scope)) return null;
  const [action, settingsRow, risks] = await Promise.all([
    getActionDetail(member.partnershipId, actionId),
    getPlanSettings(member.partnershipId),
    listRisksForAction(member.partnershipId, actionId),
  ]);
  if (!action) return null;
  const settings = planSettings(settingsRow);
  const input = actionInput(action);
  const computed = computeActionStatus(input, today, settings);
  const owing = owedBy({ leadName: action.lead?.user.name ?? null, leadRole: action.leadRole, assigneeNames: action.assignees.map((a) => a.membership.user.name) });
  const oneOff = action.milestones.filter((m) => !m.frequency);
  return {
    action,
    risks,
    settings,
    computed,
    conflict: statusConflict(action.reportedStatus, computed),
    slip: slippage(action, today),
    owed: owedLine(updateOwed(input, today, settings), owing),
    nextUpdateBy: action.reportedAt && action.reportedStatus !== "COMPLETE" ? new Date(action.reportedAt.getTime() + settings.reportingCadenceDays * DAY_MS) : null,
    lead: action.lead ? displayName(action.lead.user.name, action.leadRole) : (action.leadRole ?? "—"),
    assignees: action.assignees.map((a) => a.membership.user.name).join(", "),
    may: {
      update: mayUpdateAction(member.scope, {
        priorityAreaId: action.priorityArea.id,
        leadMembershipId: action.leadMembershipId,
        assigneeIds: action.assignees.map((a) => a.membershipId),
      }),
      raiseChange: mayRaiseChangeRequests(member.scope),
      correctDates: mayCorrectDates(member.scope),
      /** No date agreed yet: those who edit the area's plan set the first one in the editor. */
      setDueDate: !action.currentDueDate && mayEditArea(member.scope, action.priorityArea.id),
    },
    /** The dates a correction may put right: the action's, and its one-off milestones'. */
    correctable: oneOff.filter((m) => m.dueDate).map((m) => ({ id: m.id, label: `${m.text.slice(0, 60)} (due ${formatUkDate(m.dueDate)})` })),
    /** The milestones a change request may move. */
    changeable: oneOff.map((m) => ({ id: m.id, label: `${m.text.slice(0, 70)} (${m.dueDate ? `due ${formatUkDate(m.dueDate)}` : "no due date yet"})` })),
  };
}

export type ActionPage = NonNullable<Awaited<ReturnType<typeof getActionPage>>>;

/**
 * My updates: for those who update actions, everything they answer for that
 * is due an update (the programme office: the whole plan), the highlight
 * reports they owe and the risks due their review. Null for anyone else.
 */
export async function getMyUpdatesPage(member: MemberContext, today: Date) {
  if (!mayUpdateActions(member.scope)) return null;
  const everything = updatesWholePlan(member.scope);
  const owedMonth = owedPeriod(today);
  const [actions, settingsRow, reports, risksDue] = await Promise.all([
    listActionsForMember(member.partnershipId, member.membershipId, member.scope.areaIds, everything),
    getPlanSettings(member.partnershipId),
    writesReports(member.scope) ? getReportsOverview(member.partnershipId, owedMonth, owedMonth) : null,
    mayEditRisks(member.scope) ? listRisksDueForReview(member.partnershipId, member.scope.areaIds, today, mayManageEveryRisk(member.scope)) : [],
  ]);
  const writable = reports ? reports.areas.filter((a) => mayWriteReport(member.scope, a.areaId)).map((a) => ({ ...a, report: a.reports[0] ?? null })) : [];
  return {
    everything,
    updates: myUpdates(actions, today, planSettings(settingsRow)),
    owedReports: reports && writable.length ? reportsOwed(writable, owedMonth, reports.dueDay, today) : [],
    risksDue,
  };
}

export type MyUpdatesPage = NonNullable<Awaited<ReturnType<typeof getMyUpdatesPage>>>;

/** The plan's download links for its kept first view (no filters); the plan page names its register itself. */
export const planDownloads = (slug: string) => ({ register: "plan", slug, query: "", label: "the plan" });
