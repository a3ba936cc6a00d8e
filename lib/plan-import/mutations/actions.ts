import "server-only";
// An import's new actions made in bulk: the same rows, checks and audit
// entries as the plan's cores (createAction, a first updateActionStatus,
// createMilestone), written a statement per table rather than per item, so a
// 2,000-row plan fits the import's budget. One audit entry per item still
// goes through the audited-write helper.
import { mutation, newRowId, type AuditEntry } from "@/lib/audit/mutation";
import type { Caller } from "@/lib/auth/caller";
import { now as clockNow } from "@/lib/clock";
import { toIsoDate } from "@/lib/dates/format";
import { NotFoundError, ValidationError } from "@/lib/errors";
import type { Status } from "@/lib/generated/prisma/enums";
import { LEAD_MEMBER_ROLES } from "@/lib/plan/access";
import { occurrenceDates } from "@/lib/plan/recurrence";
import { codeTaken, requireArea, requirePlanEdit } from "@/lib/plan/structure/rules";
import type { MilestoneSchedule } from "@/lib/plan/structure/schema";

export type ImportedAction = {
  /** Where it came from, for a refusal: "Row 12 (action 1.1a)". */
  row: string;
  outcomeId: string;
  code: string;
  title: string;
  leadRole?: string;
  leadMembershipId?: string;
  startDate: Date | null;
  baselineDueDate: Date | null;
  tags: string[];
  /** Its first reported status, with its commentary; null: no update yet. */
  status: { status: Status; commentary: string } | null;
  milestones: { text: string; byWhenText?: string; schedule: MilestoneSchedule }[];
};

const refused = (row: string, message: string) => new ValidationError(`Nothing was imported: ${row} could not be saved. ${message}`);
const sentenceOf = (error: ValidationError) => Object.values(error.fieldErrors ?? {}).flat()[0] ?? error.message;

export const createImportedActions = mutation(async (tx, partnershipId, caller: Caller, input: { actions: ImportedAction[] }) => {
  requirePlanEdit(caller);
  const { actions } = input;
  const outcomeIds = [...new Set(actions.map((a) => a.outcomeId))];
  const leadIds = [...new Set(actions.flatMap((a) => (a.leadMembershipId ? [a.leadMembershipId] : [])))];
  // One after another: a transaction's queries share its one connection.
  const outcomes = await tx.outcome.findMany({
    where: { partnershipId, id: { in: outcomeIds } },
    select: { id: true, code: true, archivedAt: true, priorityArea: { select: { id: true, code: true } } },
  });
  const taken = await tx.action.findMany({ where: { partnershipId }, select: { code: true } });
  const leads = await tx.membership.findMany({ where: { partnershipId, id: { in: leadIds }, role: { in: LEAD_MEMBER_ROLES } }, select: { id: true } });
  const positions = await tx.action.groupBy({ by: ["outcomeId"], where: { partnershipId, outcomeId: { in: outcomeIds } }, _max: { position: true } });
  const outcomeOf = new Map(outcomes.map((o) => [o.id, o]));
  const takenCodes = new Set(taken.map((a) => a.code.toLowerCase()));
  const leadOk = new Set(leads.map((m) => m.id));
  const next = new Map(positions.map((p) => [p.outcomeId, (p._max.position ?? -1) + 1]));
  const rows = actions.map((action) => {
    const outcome = outcomeOf.get(action.outcomeId);
    if (!outcome) throw new NotFoundError("That outcome no longer exists, or you do not have access to it.");
    requireArea(caller, outcome.priorityArea, `outcome ${outcome.code}`);
    if (outcome.archivedAt) throw refused(action.row, `Outcome ${outcome.code} is archived. Restore it first, or choose another outcome.`);
    if (takenCodes.has(action.code.toLowerCase())) throw refused(action.row, sentenceOf(codeTaken(action.code, "action")));
    takenCodes.add(action.code.toLowerCase());
    if (action.leadMembershipId && !leadOk.has(action.leadMembershipId)) throw refused(action.row, "Its lead cannot update actions in this partnership.");
    const position = next.get(outcome.id) ?? 0;
    next.set(outcome.id, position + 1);
    const fields = {
      code: action.code,
      title: action.title,
      description: null,
      leadRole: action.leadRole ?? null,
      leadMembershipId: action.leadMembershipId ?? null,
      workstream: null,
      startDate: action.startDate,
      tags: action.tags,
    };
    return { action, outcome, fields, position };
  });
  const at = clockNow();
  const withIds = rows.map((row) => ({ ...row, id: newRowId() }));
  // A first status is the action's first update, as updateActionStatus writes it (version 2).
  const first = (row: (typeof withIds)[number]) => row.action.status;
  const day = (date: Date | null) => (date ? toIsoDate(date) : null);
  const stamp = at.toISOString();
  await tx.$executeRaw`
    INSERT INTO "Action" ("id", "partnershipId", "priorityAreaId", "outcomeId", "code", "title", "leadRole", "leadMembershipId", "startDate", "baselineDueDate", "currentDueDate",
      "tags", "position", "reportedStatus", "reportedCommentary", "reportedAt", "completedAt", "version", "updatedAt")
    SELECT a.id, ${partnershipId}, a.area, a.outcome, a.code, a.title, a.lead_role, a.lead, a.start::date, a.due::date, a.due::date,
      ARRAY(SELECT json_array_elements_text(a.tags::json)), a.position, COALESCE(a.status, 'NOT_DUE')::"Status", a.commentary,
      CASE WHEN a.status IS NULL THEN NULL ELSE ${stamp}::timestamp END, CASE WHEN a.status = 'COMPLETE' THEN ${stamp}::timestamp END,
      CASE WHEN a.status IS NULL THEN 1 ELSE 2 END, ${stamp}::timestamp
    FROM unnest(
      ${withIds.map((r) => r.id)}::text[], ${withIds.map((r) => r.outcome.priorityArea.id)}::text[], ${withIds.map((r) => r.outcome.id)}::text[],
      ${withIds.map((r) => r.fields.code)}::text[], ${withIds.map((r) => r.fields.title)}::text[], ${withIds.map((r) => r.fields.leadRole)}::text[],
      ${withIds.map((r) => r.fields.leadMembershipId)}::text[], ${withIds.map((r) => day(r.fields.startDate))}::text[], ${withIds.map((r) => day(r.action.baselineDueDate))}::text[],
      ${withIds.map((r) => JSON.stringify(r.fields.tags))}::text[], ${withIds.map((r) => r.position)}::int[],
      ${withIds.map((r) => first(r)?.status ?? null)}::text[], ${withIds.map((r) => first(r)?.commentary ?? null)}::text[]
    ) AS a(id, area, outcome, code, title, lead_role, lead, start, due, tags, position, status, commentary)`;
  const audit: AuditEntry[] = [];
  for (const { action, outcome, fields, position, id } of withIds) {
    audit.push({ kind: "Action", verb: "create", entityId: id, after: { outcome: outcome.code, ...fields, baselineDueDate: action.baselineDueDate, position } });
  }
  const reported = withIds.flatMap(({ action, id }) => (action.status ? [{ id, code: action.code, ...action.status }] : []));
  // Thousands of rows: one statement each table, the arrays unnested by PostgreSQL (Prisma's createMany costs a millisecond a row).
  await tx.$executeRaw`
    INSERT INTO "ActionUpdate" ("id", "partnershipId", "actionId", "status", "commentary", "authorUserId", "authorName", "createdAt")
    SELECT u.id, ${partnershipId}, u.action, u.status::"Status", u.commentary, ${caller.actor.userId}, ${caller.actor.name}, ${at.toISOString()}::timestamp
    FROM unnest(${reported.map(newRowId)}::text[], ${reported.map((r) => r.id)}::text[], ${reported.map((r) => r.status)}::text[], ${reported.map((r) => r.commentary)}::text[])
      AS u(id, action, status, commentary)`;
  for (const { id, code, status, commentary } of reported) {
    audit.push({
      kind: "Action",
      verb: "status.update",
      entityId: id,
      before: { status: "NOT_DUE", commentary: null, version: 1 },
      after: { code, status, commentary, version: 2, evidence: null },
    });
  }
  const milestones = withIds.flatMap(({ action, id }) =>
    action.milestones.map((m, position) => {
      const schedule = m.schedule;
      const when =
        schedule.kind === "ONE_OFF"
          ? { baselineDueDate: schedule.dueDate, dueDate: schedule.dueDate, frequency: null, recurrenceStart: null, recurrenceEnd: null }
          : { baselineDueDate: null, dueDate: null, frequency: schedule.frequency, recurrenceStart: schedule.start, recurrenceEnd: schedule.end };
      const dates = schedule.kind === "RECURRING" ? occurrenceDates(schedule.frequency, schedule.start, schedule.end) : schedule.dueDate ? [schedule.dueDate] : [];
      return { id: newRowId(), actionId: id, code: action.code, text: m.text, byWhenText: m.byWhenText ?? null, when, dates, position };
    }),
  );
  await tx.$executeRaw`
    INSERT INTO "Milestone" ("id", "partnershipId", "actionId", "text", "byWhenText", "baselineDueDate", "dueDate", "frequency", "recurrenceStart", "recurrenceEnd", "position")
    SELECT m.id, ${partnershipId}, m.action, m.text, m.by_when, m.baseline::date, m.due::date, m.frequency::"Frequency", m.start::date, m.finish::date, m.position
    FROM unnest(
      ${milestones.map((m) => m.id)}::text[], ${milestones.map((m) => m.actionId)}::text[], ${milestones.map((m) => m.text)}::text[],
      ${milestones.map((m) => m.byWhenText)}::text[], ${milestones.map((m) => day(m.when.baselineDueDate))}::text[], ${milestones.map((m) => day(m.when.dueDate))}::text[],
      ${milestones.map((m) => m.when.frequency)}::text[], ${milestones.map((m) => day(m.when.recurrenceStart))}::text[], ${milestones.map((m) => day(m.when.recurrenceEnd))}::text[],
      ${milestones.map((m) => m.position)}::int[]
    ) AS m(id, action, text, by_when, baseline, due, frequency, start, finish, position)`;
  const occurrences = milestones.flatMap((m) => m.dates.map((dueDate) => ({ milestoneId: m.id, dueDate: toIsoDate(dueDate) })));
  await tx.$executeRaw`
    INSERT INTO "MilestoneOccurrence" ("id", "partnershipId", "milestoneId", "dueDate")
    SELECT o.id, ${partnershipId}, o.milestone, o.due::date
    FROM unnest(${occurrences.map(newRowId)}::text[], ${occurrences.map((o) => o.milestoneId)}::text[], ${occurrences.map((o) => o.dueDate)}::text[]) AS o(id, milestone, due)`;
  for (const m of milestones) {
    audit.push({
      kind: "Milestone",
      verb: "create",
      entityId: m.id,
      after: { action: m.code, text: m.text, byWhenText: m.byWhenText, ...m.when, occurrences: m.dates.length, position: m.position },
    });
  }
  return { result: { actions: withIds.length, milestones: milestones.length }, audit };
});
