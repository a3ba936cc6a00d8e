// What the plan editor's forms start from when editing an item: the record as
// form values (dates as yyyy-mm-dd for date inputs, and as UK text where a
// date is only read). Pure.
import { formatUkDate, toIsoDate } from "@/lib/dates/format";
import type { AreaKind, Frequency } from "@/lib/generated/prisma/enums";
import { dueDateText } from "@/lib/plan/due-date";
import type { getActionForEdit, getAreaForEdit, getMilestoneForEdit, getOutcomeForEdit } from "./queries";

type Row<Load extends (...args: never[]) => Promise<unknown>> = NonNullable<Awaited<ReturnType<Load>>>;

export type AreaFormValues = { id: string; version: number; code: string; kind: AreaKind; title: string; finding: string; leadRoles: string[]; parentId: string | null };

export type OutcomeFormValues = { id: string; version: number; priorityAreaId: string; code: string; text: string };

export type ActionFormValues = {
  id: string;
  version: number;
  outcomeId: string;
  code: string;
  title: string;
  description: string | null;
  leadRole: string | null;
  leadMembershipId: string | null;
  workstream: string | null;
  startDate: string | null;
  tags: string[];
  /** False while no due date is agreed: the form then lets the editor set the first one. */
  dueDateAgreed: boolean;
  baselineDueDateText: string;
  currentDueDateText: string;
};

export type MilestoneFormValues = {
  id: string;
  version: number;
  text: string;
  byWhenText: string | null;
  frequency: Frequency | null;
  recurrenceStart: string | null;
  recurrenceEnd: string | null;
  dueDateText: string | null;
  baselineDueDateText: string | null;
};

const iso = (date: Date | null) => (date ? toIsoDate(date) : null);

export function areaFormDefaults(area: Row<typeof getAreaForEdit>): AreaFormValues {
  return { id: area.id, version: area.version, code: area.code, kind: area.kind, title: area.title, finding: area.finding, leadRoles: area.leadRoles, parentId: area.parentId };
}

export function outcomeFormDefaults(outcome: Row<typeof getOutcomeForEdit>): OutcomeFormValues {
  return { id: outcome.id, version: outcome.version, priorityAreaId: outcome.priorityAreaId, code: outcome.code, text: outcome.text };
}

export function actionFormDefaults(action: Row<typeof getActionForEdit>): ActionFormValues {
  return {
    id: action.id,
    version: action.version,
    outcomeId: action.outcomeId,
    code: action.code,
    title: action.title,
    description: action.description,
    leadRole: action.leadRole,
    leadMembershipId: action.leadMembershipId,
    workstream: action.workstream,
    startDate: iso(action.startDate),
    tags: action.tags,
    dueDateAgreed: action.currentDueDate !== null,
    baselineDueDateText: dueDateText(action.baselineDueDate),
    currentDueDateText: dueDateText(action.currentDueDate),
  };
}

export function milestoneFormDefaults(milestone: Row<typeof getMilestoneForEdit>): MilestoneFormValues {
  return {
    id: milestone.id,
    version: milestone.version,
    text: milestone.text,
    byWhenText: milestone.byWhenText,
    frequency: milestone.frequency,
    recurrenceStart: iso(milestone.recurrenceStart),
    recurrenceEnd: iso(milestone.recurrenceEnd),
    dueDateText: milestone.dueDate ? formatUkDate(milestone.dueDate) : null,
    baselineDueDateText: milestone.baselineDueDate ? formatUkDate(milestone.baselineDueDate) : null,
  };
}
