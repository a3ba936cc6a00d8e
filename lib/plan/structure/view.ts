// What the plan editor's pages show a member: the items they may change, the
// choices their forms offer, and each form's starting values. Decided with
// lib/plan/access.ts (the programme office everywhere, a priority lead in the
// areas they lead); null is a 404, for an item the member may not edit as
// much as for another partnership's.
import "server-only";
import type { MemberContext } from "@/lib/auth/guards";
import { formatUkDate } from "@/lib/dates/format";
import type { OccurrenceState } from "@/lib/generated/prisma/enums";
import { memberDisplayName } from "@/lib/people/names";
import { mayArrangeAreas, mayEditArea, mayEditPlan } from "@/lib/plan/access";
import { actionFormDefaults, areaFormDefaults, milestoneFormDefaults, outcomeFormDefaults } from "./form-defaults";
import { listMembersForLead } from "@/lib/people/queries";
import { getActionForEdit, getAreaForEdit, getMilestoneForEdit, getOutcomeForEdit, listAreaOptions, listOutcomeOptions, listPlanStructure } from "./queries";

type Option = { value: string; label: string };
type AreaRow = { id: string; code: string; title: string };
type OutcomeRow = { id: string; code: string; text: string; priorityArea: { code: string } };

const shorten = (text: string) => (text.length > 90 ? `${text.slice(0, 90)}…` : text);
const areaOption = (area: AreaRow): Option => ({ value: area.id, label: `${area.code} — ${area.title}` });
const outcomeOption = (outcome: OutcomeRow): Option => ({ value: outcome.id, label: `${outcome.priorityArea.code} · ${outcome.code} — ${shorten(outcome.text)}` });
const archivedOn = (row: { archivedAt: Date | null }) => (row.archivedAt ? formatUkDate(row.archivedAt) : null);

/** Which controls a member sees in the editor's tree. */
export type EditRights = {
  /** Adds, reorders and archives priority areas themselves. */
  programmeOffice: boolean;
  /** Areas whose outcomes, actions and milestones the member may change (all of them for the programme office). */
  areaIds: ReadonlySet<string>;
};

/** The editor's tree, with archived items when asked for, and what the member may change in it. */
export async function getPlanEditorPage(member: MemberContext, options: { showArchived: boolean }) {
  if (!mayEditPlan(member.scope)) return null;
  const structure = await listPlanStructure(member.partnershipId, { includeArchived: options.showArchived });
  const allAreas = structure.flatMap((area) => [area, ...area.linkedAreas]);
  const rights: EditRights = {
    programmeOffice: mayArrangeAreas(member.scope),
    areaIds: new Set(allAreas.filter((area) => mayEditArea(member.scope, area.id)).map((area) => area.id)),
  };
  return { structure, rights, ledAreaCodes: allAreas.filter((area) => rights.areaIds.has(area.id)).map((area) => area.code), showArchived: options.showArchived };
}

/** Adding a priority area is the programme office's alone. */
export async function getNewAreaPage(member: MemberContext) {
  if (!mayArrangeAreas(member.scope)) return null;
  const areas = await listAreaOptions(member.partnershipId);
  return { parentOptions: areas.filter((a) => a.parentId === null).map(areaOption) };
}

export async function getEditAreaPage(member: MemberContext, areaId: string) {
  if (!mayEditPlan(member.scope)) return null;
  const [area, areas] = await Promise.all([getAreaForEdit(member.partnershipId, areaId), listAreaOptions(member.partnershipId)]);
  if (!area || !mayEditArea(member.scope, area.id)) return null;
  const parentOptions = areas.filter((a) => a.parentId === null && a.id !== area.id).map(areaOption);
  // A parent no longer offered (archived, or since linked itself) stays selectable, so saving other fields does not unlink the area.
  if (area.parentId && area.parent && !parentOptions.some((o) => o.value === area.parentId)) parentOptions.push(areaOption({ id: area.parentId, ...area.parent }));
  return { code: area.code, archivedOn: archivedOn(area), values: areaFormDefaults(area), parentOptions, programmeOffice: mayArrangeAreas(member.scope) };
}

/** The areas the member may add an outcome to; an area asked for that is not one of them is a 404, not a silently different form. */
export async function getNewOutcomePage(member: MemberContext, requestedAreaId: string | undefined) {
  if (!mayEditPlan(member.scope)) return null;
  const editable = (await listAreaOptions(member.partnershipId)).filter((a) => mayEditArea(member.scope, a.id));
  if (editable.length === 0 || (requestedAreaId && !editable.some((a) => a.id === requestedAreaId))) return null;
  return { areaOptions: editable.map(areaOption), initialAreaId: requestedAreaId };
}

export async function getEditOutcomePage(member: MemberContext, outcomeId: string) {
  if (!mayEditPlan(member.scope)) return null;
  const [outcome, areas] = await Promise.all([getOutcomeForEdit(member.partnershipId, outcomeId), listAreaOptions(member.partnershipId)]);
  if (!outcome || !mayEditArea(member.scope, outcome.priorityAreaId)) return null;
  return {
    code: outcome.code,
    area: outcome.priorityArea,
    archivedOn: archivedOn(outcome),
    values: outcomeFormDefaults(outcome),
    areaOptions: areas.filter((a) => mayEditArea(member.scope, a.id)).map(areaOption),
  };
}

async function actionChoices(member: MemberContext) {
  const [outcomes, members] = await Promise.all([listOutcomeOptions(member.partnershipId), listMembersForLead(member.partnershipId)]);
  const editable = outcomes.filter((o) => mayEditArea(member.scope, o.priorityAreaId));
  return { editable, outcomeOptions: editable.map(outcomeOption), memberOptions: members.map((m) => ({ value: m.id, label: memberDisplayName(m) })) };
}

/** The outcomes the member may add an action under; one asked for that is not one of them is a 404. */
export async function getNewActionPage(member: MemberContext, requestedOutcomeId: string | undefined) {
  if (!mayEditPlan(member.scope)) return null;
  const { editable, outcomeOptions, memberOptions } = await actionChoices(member);
  if (editable.length === 0 || (requestedOutcomeId && !editable.some((o) => o.id === requestedOutcomeId))) return null;
  return { outcomeOptions, memberOptions, initialOutcomeId: requestedOutcomeId };
}

export async function getEditActionPage(member: MemberContext, actionId: string) {
  if (!mayEditPlan(member.scope)) return null;
  const [action, { outcomeOptions, memberOptions }] = await Promise.all([getActionForEdit(member.partnershipId, actionId), actionChoices(member)]);
  if (!action || !mayEditArea(member.scope, action.priorityAreaId)) return null;
  // A lead who can no longer update actions stays selectable, so saving other fields does not drop them.
  if (action.leadMembershipId && !memberOptions.some((o) => o.value === action.leadMembershipId)) {
    memberOptions.push({ value: action.leadMembershipId, label: `${action.lead?.user.name ?? "Current lead"} (can no longer update actions)` });
  }
  return { action, archivedOn: archivedOn(action), values: actionFormDefaults(action), outcomeOptions, memberOptions };
}

/** Adding a milestone to a live action the member may edit. */
export async function getNewMilestonePage(member: MemberContext, actionId: string | undefined) {
  if (!mayEditPlan(member.scope) || !actionId) return null;
  const action = await getActionForEdit(member.partnershipId, actionId);
  if (!action || action.archivedAt || !mayEditArea(member.scope, action.priorityAreaId)) return null;
  return { action: { id: action.id, code: action.code, title: action.title } };
}

const OCCURRENCE_STATE_TEXT: Record<OccurrenceState, string> = { MET: "✓ Met", MISSED: "✗ Missed", PENDING: "Pending" };

export async function getEditMilestonePage(member: MemberContext, milestoneId: string) {
  if (!mayEditPlan(member.scope)) return null;
  const milestone = await getMilestoneForEdit(member.partnershipId, milestoneId);
  if (!milestone || !mayEditArea(member.scope, milestone.action.priorityAreaId)) return null;
  return {
    id: milestone.id,
    version: milestone.version,
    action: milestone.action,
    archivedOn: archivedOn(milestone),
    values: milestoneFormDefaults(milestone),
    occurrences: milestone.occurrences.map((o) => ({ id: o.id, due: formatUkDate(o.dueDate), state: OCCURRENCE_STATE_TEXT[o.state] })),
    settled: milestone.occurrences.filter((o) => o.state !== "PENDING").length,
  };
}
