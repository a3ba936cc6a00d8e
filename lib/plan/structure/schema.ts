// Schemas shared by the plan editor's forms and server actions (STYLE rule 6).
import { z } from "zod";
import type { AreaKind, Frequency } from "@/lib/generated/prisma/enums";
import { isoDate } from "@/lib/plan/schema";

export const AREA_KINDS = ["PRIORITY_ACTION", "IMPROVEMENT", "DFE_RECOMMENDATION", "LOCAL_PRIORITY"] as const satisfies readonly AreaKind[];

export const AREA_KIND_LABELS: Record<AreaKind, string> = {
  PRIORITY_ACTION: "Area for priority action",
  IMPROVEMENT: "Area for improvement",
  DFE_RECOMMENDATION: "DfE recommendation",
  LOCAL_PRIORITY: "Local priority",
};

export const FREQUENCIES = ["MONTHLY", "BIMONTHLY", "QUARTERLY", "SIX_MONTHLY", "ANNUALLY"] as const satisfies readonly Frequency[];

export const MILESTONE_SCHEDULES = ["ONE_OFF", "RECURRING"] as const;

/** The four kinds of item in the plan tree, as the item controls name them. */
export const PLAN_ITEMS = ["area", "outcome", "action", "milestone"] as const;
export type PlanItem = (typeof PLAN_ITEMS)[number];

/** A recurrence longer than this is almost certainly a typing slip (2205 for 2025). */
const MAX_RECURRENCE_YEARS = 10;

const id = z.string({ error: "Missing item." }).min(1, "Missing item.").max(40);
const version = z.coerce.number({ error: "Reload the page and try again." }).int().min(1);

const chosen = (message: string) => z.string({ error: message }).min(1, message).max(40);

const required = (message: string, max: number) =>
  z
    .string({ error: message })
    .trim()
    .min(1, message)
    .max(max, `Keep this under ${max.toLocaleString("en-GB")} characters.`);

const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, `Keep this under ${max.toLocaleString("en-GB")} characters.`)
    .transform((value) => value || undefined)
    .optional();

/** Codes are what people quote in meetings ("1.1a", "PIA2"), so they stay short and plain. */
const code = (example: string) =>
  z
    .string({ error: `Give a code, for example ${example}.` })
    .trim()
    .min(1, `Give a code, for example ${example}.`)
    .max(20, "Keep the code to 20 characters or fewer.")
    .regex(/^[A-Za-z0-9]+(?:[.-][A-Za-z0-9]+)*$/, `Use letters and numbers, separated by dots if needed, for example ${example}.`);

/** A textarea with one entry per line → the entries. */
const lines = z
  .string()
  .max(4000, "Keep this under 4,000 characters.")
  .optional()
  .transform((text) =>
    (text ?? "")
      .split(/\r?\n/)
      .map((line) => line.trim())
      .filter(Boolean),
  )
  .refine((entries) => entries.length <= 10, "List at most 10 lead roles.")
  .refine((entries) => entries.every((entry) => entry.length <= 300), "Keep each lead role under 300 characters.");

/** "SEF, DBV, AFI2" → ["SEF", "DBV", "AFI2"], without repeats. */
const tagList = z
  .string()
  .max(1000, "Keep the tags under 1,000 characters.")
  .optional()
  .transform((text) => [
    ...new Set(
      (text ?? "")
        .split(",")
        .map((tag) => tag.trim())
        .filter(Boolean),
    ),
  ])
  .refine((tags) => tags.length <= 20, "Use at most 20 tags.")
  .refine((tags) => tags.every((tag) => tag.length <= 40), "Keep each tag under 40 characters.");

/**
 * Cross-field rules run as soon as the fields they read are valid, so a form
 * shows every message at once rather than one round at a time.
 */
function fieldsParsed(fields: readonly string[]) {
  return (payload: { issues: readonly { path?: readonly PropertyKey[] }[] }) => payload.issues.every((issue) => !fields.includes(String(issue.path?.[0])));
}

// ---------------------------------------------------------------------------
// Priority areas

const areaFields = {
  code: code("PIA1"),
  kind: z.enum(AREA_KINDS, { error: "Choose what kind of area this is." }),
  title: required("Give the area a title.", 300),
  finding: required("Give the inspection finding, as the report words it.", 8000),
  leadRoles: lines,
  /** An area for improvement filed under a priority area (Derbyshire's AFIs 1, 3, 4, 5). */
  parentId: id.optional(),
};

export const createAreaSchema = z.object(areaFields);
export type CreateAreaInput = z.infer<typeof createAreaSchema>;

export const updateAreaSchema = z.object({ id, version, ...areaFields });
export type UpdateAreaInput = z.infer<typeof updateAreaSchema>;

// ---------------------------------------------------------------------------
// Desired outcomes

const outcomeFields = {
  priorityAreaId: chosen("Choose the priority area."),
  code: code("1.1"),
  text: required("Describe the desired outcome for children and young people.", 2000),
};

export const createOutcomeSchema = z.object(outcomeFields);
export type CreateOutcomeInput = z.infer<typeof createOutcomeSchema>;

export const updateOutcomeSchema = z.object({ id, version, ...outcomeFields });
export type UpdateOutcomeInput = z.infer<typeof updateOutcomeSchema>;

// ---------------------------------------------------------------------------
// Actions

const actionFields = {
  outcomeId: chosen("Choose the desired outcome this action serves."),
  code: code("1.1a"),
  title: required("Give the action a title.", 500),
  description: optionalText(8000),
  leadRole: optionalText(300),
  leadMembershipId: id.optional(),
  workstream: optionalText(200),
  startDate: isoDate().optional(),
  tags: tagList,
};

/** Blank while no date is agreed ("due date to be confirmed"): such an action is never late. */
const firstDueDate = isoDate("Enter the due date agreed in the plan, for example 31 March 2026, or leave it blank.")
  .optional()
  .transform((date) => date ?? null);

/** The start date is on or before the due date, where both are given. */
function startNotAfterDue(value: { startDate?: Date; baselineDueDate: Date | null }, ctx: z.RefinementCtx) {
  if (value.startDate && value.baselineDueDate && value.startDate.getTime() > value.baselineDueDate.getTime()) {
    ctx.addIssue({ code: "custom", path: ["startDate"], message: "The start date must be on or before the due date." });
  }
}
const whenDatesParsed = { when: fieldsParsed(["startDate", "baselineDueDate"]) };

export const createActionSchema = z
  .object({
    ...actionFields,
    // The current due date starts equal to it and afterwards moves only through change requests.
    baselineDueDate: firstDueDate,
  })
  .superRefine(startNotAfterDue, whenDatesParsed);
export type CreateActionInput = z.infer<typeof createActionSchema>;

/**
 * The due date is given here only while the action has none: the first date
 * agreed sets baseline and current together. After that it moves only when
 * the board approves a change request.
 */
export const updateActionSchema = z.object({ id, version, ...actionFields, baselineDueDate: firstDueDate }).superRefine(startNotAfterDue, whenDatesParsed);
/** Callers other than the form (the import) may leave the due date out: it stays as it is. */
export type UpdateActionInput = Omit<z.infer<typeof updateActionSchema>, "baselineDueDate"> & { baselineDueDate?: Date | null };

// ---------------------------------------------------------------------------
// Milestones: a one-off due date or a recurrence, never both

export type Recurrence = { frequency: Frequency; start: Date; end: Date };
/** A one-off milestone's date may be null only from the import: an undated measure under an action whose due date is to be confirmed. */
export type MilestoneSchedule = { kind: "ONE_OFF"; dueDate: Date | null } | ({ kind: "RECURRING" } & Recurrence);

const SCHEDULE_KEYS = ["schedule", "dueDate", "frequency", "recurrenceStart", "recurrenceEnd"] as const;

const scheduleFields = {
  schedule: z.enum(MILESTONE_SCHEDULES, { error: "Choose a one-off date or a recurrence." }),
  dueDate: isoDate().optional(),
  frequency: z.enum(FREQUENCIES, { error: "Choose how often it falls due." }).optional(),
  recurrenceStart: isoDate().optional(),
  recurrenceEnd: isoDate().optional(),
};

type ScheduleValues = {
  schedule: (typeof MILESTONE_SCHEDULES)[number];
  dueDate?: Date;
  frequency?: Frequency;
  recurrenceStart?: Date;
  recurrenceEnd?: Date;
};

function checkSchedule(value: ScheduleValues, ctx: z.RefinementCtx, { dueDateGiven }: { dueDateGiven: boolean }) {
  if (value.schedule === "ONE_OFF") {
    if (dueDateGiven && !value.dueDate) ctx.addIssue({ code: "custom", path: ["dueDate"], message: "Enter the date it is due, for example 31 March 2026." });
    if (!dueDateGiven && value.dueDate) {
      ctx.addIssue({ code: "custom", path: ["dueDate"], message: "A milestone's due date moves only through a change request." });
    }
    if (value.frequency || value.recurrenceStart || value.recurrenceEnd) {
      ctx.addIssue({ code: "custom", path: ["frequency"], message: "A one-off milestone has no recurrence: clear how often, from and until." });
    }
    return;
  }
  if (value.dueDate) ctx.addIssue({ code: "custom", path: ["dueDate"], message: "A recurring milestone has no single due date: clear it." });
  if (!value.frequency) ctx.addIssue({ code: "custom", path: ["frequency"], message: "Choose how often it falls due." });
  if (!value.recurrenceStart) ctx.addIssue({ code: "custom", path: ["recurrenceStart"], message: "Enter the first date it is due." });
  if (!value.recurrenceEnd) ctx.addIssue({ code: "custom", path: ["recurrenceEnd"], message: "Enter the last date it can fall due." });
  if (value.recurrenceStart && value.recurrenceEnd) {
    if (value.recurrenceEnd.getTime() < value.recurrenceStart.getTime()) {
      ctx.addIssue({ code: "custom", path: ["recurrenceEnd"], message: "The recurrence must end on or after its first date." });
    } else if (value.recurrenceEnd.getUTCFullYear() - value.recurrenceStart.getUTCFullYear() > MAX_RECURRENCE_YEARS) {
      ctx.addIssue({ code: "custom", path: ["recurrenceEnd"], message: `A recurrence can run for at most ${MAX_RECURRENCE_YEARS} years.` });
    }
  }
}

function recurrenceOf(value: ScheduleValues): Recurrence | undefined {
  return value.schedule === "RECURRING" ? { frequency: value.frequency!, start: value.recurrenceStart!, end: value.recurrenceEnd! } : undefined;
}

function scheduleOf(value: ScheduleValues): MilestoneSchedule {
  return value.schedule === "ONE_OFF" ? { kind: "ONE_OFF", dueDate: value.dueDate! } : { kind: "RECURRING", ...recurrenceOf(value)! };
}

export const createMilestoneSchema = z
  .object({
    actionId: id,
    text: required("Say how impact will be measured.", 2000),
    byWhenText: optionalText(200),
    ...scheduleFields,
  })
  .superRefine((value, ctx) => checkSchedule(value, ctx, { dueDateGiven: true }), { when: fieldsParsed(SCHEDULE_KEYS) })
  .transform(({ actionId, text, byWhenText, ...schedule }): CreateMilestoneInput => ({ actionId, text, byWhenText, schedule: scheduleOf(schedule) }));
export type CreateMilestoneInput = { actionId: string; text: string; byWhenText?: string; schedule: MilestoneSchedule };

/**
 * Editing keeps the milestone's kind. A one-off date is not editable here (it
 * moves through a change request, so slippage stays visible); a recurrence is.
 */
export const updateMilestoneSchema = z
  .object({
    id,
    version,
    text: required("Say how impact will be measured.", 2000),
    byWhenText: optionalText(200),
    ...scheduleFields,
  })
  .superRefine((value, ctx) => checkSchedule(value, ctx, { dueDateGiven: false }), { when: fieldsParsed(SCHEDULE_KEYS) })
  .transform(({ id, version, text, byWhenText, ...schedule }): UpdateMilestoneInput => ({ id, version, text, byWhenText, recurrence: recurrenceOf(schedule) }));
/** `recurrence` is given exactly when the milestone recurs. */
export type UpdateMilestoneInput = { id: string; version: number; text: string; byWhenText?: string; recurrence?: Recurrence };

// ---------------------------------------------------------------------------
// Reordering, archiving and restoring any item

export const movePlanItemSchema = z.object({
  item: z.enum(PLAN_ITEMS),
  id,
  direction: z.enum(["up", "down"], { error: "Choose up or down." }),
});
export type MoveInput = Omit<z.infer<typeof movePlanItemSchema>, "item">;

export const archivePlanItemSchema = z.object({ item: z.enum(PLAN_ITEMS), id, version });
export type ArchiveInput = Omit<z.infer<typeof archivePlanItemSchema>, "item">;

/** The buttons beside each item of the plan tree: one form action for the three, so one message shows the latest. */
export const planItemChangeSchema = z.discriminatedUnion("op", [
  movePlanItemSchema.extend({ op: z.literal("move") }),
  archivePlanItemSchema.extend({ op: z.literal("archive") }),
  archivePlanItemSchema.extend({ op: z.literal("restore") }),
]);
export type PlanItemChange = z.infer<typeof planItemChangeSchema>;
