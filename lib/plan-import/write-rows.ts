import "server-only";
// The preview's rows written through the plan's own cores, in order, inside
// the import's transaction: a new area, outcome or action is created (each
// with its own audit row, as if typed in the editor); an update changes only
// what the preview said changed (never the due date or the status); a new
// action's status from the file is its first update. A failure names its row.
import type { Caller } from "@/lib/auth/caller";
import { today } from "@/lib/clock";
import type { Tx } from "@/lib/db";
import { ConflictError, NotFoundError, ValidationError } from "@/lib/errors";
import type { AreaKind } from "@/lib/generated/prisma/enums";
import { findAction } from "@/lib/plan/structure/queries";
import { updateAction } from "@/lib/plan/structure/mutations/actions";
import { createArea } from "@/lib/plan/structure/mutations/areas";
import { createMilestone } from "@/lib/plan/structure/mutations/milestones";
import { createOutcome } from "@/lib/plan/structure/mutations/outcomes";
import type { MilestoneSchedule } from "@/lib/plan/structure/schema";
import { sameWords } from "./compute/codes";
import type { ExistingPlan, ImportPreview, PreviewMilestone, PreviewRow } from "./compute/preview";
import { createImportedActions, type ImportedAction } from "./mutations/actions";

export type Made = { areas: number; outcomes: number; milestones: number };

/** An area's kind from its code: PIA/APA a priority action, AFI an improvement, anything else the partnership's own. */
export function areaKindOf(code: string): AreaKind {
  if (/^(?:pia|apa)\d/i.test(code)) return "PRIORITY_ACTION";
  if (/^afi\d/i.test(code)) return "IMPROVEMENT";
  return "LOCAL_PRIORITY";
}

const key = (code: string) => code.toLowerCase();

export async function writeRows(tx: Tx, partnershipId: string, caller: Caller, fileName: string, preview: ImportPreview, existing: ExistingPlan): Promise<Made> {
  const areaIds = new Map(existing.areas.map((a) => [key(a.code), a.id]));
  const outcomeIds = new Map(existing.outcomes.map((o) => [key(o.code), o.id]));
  const made: Made = { areas: 0, outcomes: 0, milestones: 0 };
  const imported = `Imported from ${fileName}`;

  async function areaOf(row: PreviewRow): Promise<string> {
    const known = areaIds.get(key(row.area.code));
    if (known) return known;
    const lead = row.lead.kind === "member" ? row.lead.name : row.lead.kind === "role" ? row.lead.role : null;
    const area = await createArea.core(tx, partnershipId, caller, {
      code: row.area.code,
      kind: areaKindOf(row.area.code),
      title: row.area.title,
      finding: `${imported}.`,
      leadRoles: lead ? [lead] : [],
    });
    areaIds.set(key(row.area.code), area.id);
    made.areas++;
    return area.id;
  }

  async function outcomeOf(row: PreviewRow, areaId: string): Promise<string> {
    const known = outcomeIds.get(key(row.outcome.code));
    if (known) return known;
    const outcome = await createOutcome.core(tx, partnershipId, caller, { priorityAreaId: areaId, code: row.outcome.code, text: row.outcome.text });
    outcomeIds.set(key(row.outcome.code), outcome.id);
    made.outcomes++;
    return outcome.id;
  }

  async function addMilestones(actionId: string, row: PreviewRow, milestones: readonly PreviewMilestone[]) {
    for (const milestone of milestones) {
      await createMilestone.core(tx, partnershipId, caller, { actionId, ...milestoneInput(milestone, row) });
      made.milestones++;
    }
  }

  // New actions are made together after their areas and outcomes (the bulk path of the plan's cores: a 2,000-row plan within budget).
  const newActions: ImportedAction[] = [];
  for (const row of preview.rows) {
    if (row.becomes === "unchanged") continue;
    try {
      if (row.becomes === "new") {
        newActions.push({
          row: rowsOf(row),
          outcomeId: await outcomeOf(row, await areaOf(row)),
          code: row.code,
          title: row.title,
          ...leadFields(row),
          startDate: row.startDate,
          baselineDueDate: row.dueDate,
          tags: row.tags,
          status: row.status ? { status: row.status, commentary: imported } : null,
          milestones: row.milestones.map((m) => milestoneInput(m, row)),
        });
      } else {
        const action = await findAction(tx, partnershipId, row.actionId!);
        const changed = (what: string) => row.changes.includes(what);
        const outcomeId = changed("outcome") ? await outcomeOf(row, await areaOf(row)) : action.outcomeId;
        await updateAction.core(tx, partnershipId, caller, {
          id: action.id,
          version: action.version,
          outcomeId,
          code: action.code,
          title: changed("title") ? row.title : action.title,
          description: action.description ?? undefined,
          ...(changed("lead") ? leadFields(row) : { leadRole: action.leadRole ?? undefined, leadMembershipId: action.leadMembershipId ?? undefined }),
          workstream: action.workstream ?? undefined,
          startDate: (changed("start date") ? row.startDate : action.startDate) ?? undefined,
          tags: changed("tags") ? row.tags : action.tags,
        });
        const had = existing.actions.find((a) => a.id === action.id)?.milestones ?? [];
        await addMilestones(
          action.id,
          row,
          row.milestones.filter((m) => !had.some((old) => sameWords(old.text, m.text))),
        );
      }
    } catch (error) {
      throw atRow(row, error);
    }
  }
  if (newActions.length) made.milestones += (await createImportedActions.core(tx, partnershipId, caller, { actions: newActions })).milestones;
  return made;
}

const rowsOf = (row: PreviewRow) => `${row.rows.length > 1 ? `Rows ${row.rows.join(", ")}` : `Row ${row.rows[0]}`} (action ${row.code})`;

function milestoneInput(milestone: PreviewMilestone, row: PreviewRow) {
  return { text: milestone.text, byWhenText: milestone.byWhen ? milestone.byWhen.slice(0, 200) : undefined, schedule: scheduleOf(milestone, row) };
}

function leadFields(row: PreviewRow) {
  if (row.lead.kind === "member") return { leadMembershipId: row.lead.membershipId, leadRole: undefined };
  if (row.lead.kind === "role") return { leadRole: row.lead.role.slice(0, 300), leadMembershipId: undefined };
  return { leadRole: undefined, leadMembershipId: undefined };
}

/**
 * A milestone's schedule: its own date, or its rhythm from when it says (else
 * the action's start, else today) until the action's due date (else a year
 * on); with neither, the action's due date, or none while that is to be
 * confirmed.
 */
function scheduleOf(milestone: PreviewMilestone, row: PreviewRow): MilestoneSchedule {
  const { when } = milestone;
  if (when.kind === "once") return { kind: "ONE_OFF", dueDate: when.date.date };
  if (when.kind === "recurring") {
    const start = when.from ?? row.startDate ?? today();
    const yearOn = new Date(Date.UTC(start.getUTCFullYear() + 1, start.getUTCMonth(), start.getUTCDate() - 1));
    const end = row.dueDate && row.dueDate.getTime() >= start.getTime() ? row.dueDate : yearOn;
    return { kind: "RECURRING", frequency: when.frequency, start, end };
  }
  return { kind: "ONE_OFF", dueDate: row.dueDate };
}

/** A refusal from a row's write, saying which row: the whole import is rolled back. */
function atRow(row: PreviewRow, error: unknown): unknown {
  if (!(error instanceof ValidationError || error instanceof NotFoundError || error instanceof ConflictError)) return error;
  const said = error instanceof ValidationError || error instanceof NotFoundError ? (Object.values(error.fieldErrors ?? {}).flat()[0] ?? error.message) : error.message;
  return new ValidationError(`Nothing was imported: ${rowsOf(row)} could not be saved. ${said}`);
}
