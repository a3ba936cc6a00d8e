// Schemas shared by the meeting, board and impact log forms and their server actions (STYLE rule 6).
import { z } from "zod";
import type { MeetingState } from "@/lib/generated/prisma/enums";
import { isoDate } from "@/lib/plan/schema";

/** A meeting's states, for zod; `satisfies` refuses one the database's enum does not have. */
export const MEETING_STATES = ["DRAFT", "OPEN", "IN_PROGRESS", "CLOSED", "CANCELLED"] as const satisfies readonly MeetingState[];

const id = z.string({ error: "Missing item." }).min(1, "Missing item.").max(40);
const optionalId = z.string().min(1).max(40).optional();
const version = z.coerce.number({ error: "Reload the page and try again." }).int().min(1);
const text = (max: number, what: string) =>
  z
    .string()
    .trim()
    .max(max, `Keep ${what} under ${max.toLocaleString("en-GB")} characters.`);
const required = (max: number, message: string, what: string) =>
  z
    .string({ error: message })
    .trim()
    .min(1, message)
    .max(max, `Keep ${what} under ${max.toLocaleString("en-GB")} characters.`);
const minutes = (what: string) =>
  z.coerce
    .number({ error: `Enter ${what} in minutes, for example 15.` })
    .int(`Enter ${what} in whole minutes.`)
    .min(0, `Enter ${what} in minutes, for example 15.`)
    .max(1440, `${what[0]!.toUpperCase()}${what.slice(1)} cannot be more than a day.`)
    .optional();

export const ATTENDANCE_KINDS = ["MEMBER", "IN_ATTENDANCE", "ADVISER"] as const;
export const ATTENDANCE_KIND_LABELS: Record<(typeof ATTENDANCE_KINDS)[number], string> = {
  MEMBER: "Member of the board",
  IN_ATTENDANCE: "In attendance (not a member)",
  ADVISER: "Adviser (DfE / NHS England, not a member)",
};
export const ATTENDANCE_STATUSES = ["INVITED", "PRESENT", "APOLOGIES", "ABSENT"] as const;
export const ATTENDANCE_STATUS_LABELS: Record<(typeof ATTENDANCE_STATUSES)[number], string> = {
  INVITED: "Invited",
  PRESENT: "Present",
  APOLOGIES: "Apologies",
  ABSENT: "Absent",
};
export const DECISION_KINDS = ["INFORMATION", "DECISION", "ACTION"] as const;
export const DECISION_KIND_LABELS: Record<(typeof DECISION_KINDS)[number], string> = { INFORMATION: "Noted", DECISION: "Decision", ACTION: "Action" };
export const IMPACT_LOG_STATES = ["OPEN", "IN_PROGRESS", "DONE"] as const;
export const TRANSITIONS = ["open", "start", "close", "reopen", "cancel"] as const;

// ---------------------------------------------------------------------------
// Boards

export const boardSchema = z.object({
  id: optionalId,
  version: version.optional(),
  name: required(200, "Name the board.", "the name"),
  chairRole: text(200, "the chair's role").optional(),
  chairName: text(200, "the chair's name").optional(),
  description: text(2000, "the description").optional(),
  /** Hull-style: a delivery board reporting to a strategic board. */
  parentBoardId: optionalId,
  /** Comma-separated priority area ids; none means all of them. */
  areaIds: z
    .string()
    .optional()
    .transform((value) => (value ? [...new Set(value.split(",").filter(Boolean))] : [])),
});
export type BoardInput = z.infer<typeof boardSchema>;

// ---------------------------------------------------------------------------
// Meetings

const time = z
  .string()
  .regex(/^([01]\d|2[0-3]):[0-5]\d$/, "Enter a time like 10:00.")
  .optional();

const meetingFields = {
  title: required(200, "Give the meeting a title.", "the title"),
  date: isoDate("Enter the date of the meeting, for example 24 July 2025."),
  time,
  durationMinutes: minutes("the length of the meeting"),
  location: text(200, "the location").optional(),
};

export const createMeetingSchema = z.object({
  boardId: id,
  ...meetingFields,
  /** Add the standing items (apologies, last minutes and actions, dashboard, highlight reports, risk register, AOB). */
  standingItems: z.enum(["1"]).optional(),
});
export type CreateMeetingInput = z.infer<typeof createMeetingSchema>;

export const updateMeetingSchema = z.object({ meetingId: id, version, ...meetingFields });
export type UpdateMeetingInput = z.infer<typeof updateMeetingSchema>;

export const changeMeetingStateSchema = z
  .object({
    meetingId: id,
    version,
    transition: z.enum(TRANSITIONS, { error: "Choose what to do with the meeting." }),
    reason: text(2000, "the reason").optional(),
  })
  .superRefine((value, ctx) => {
    if ((value.transition === "reopen" || value.transition === "cancel") && !value.reason) {
      ctx.addIssue({
        code: "custom",
        path: ["reason"],
        message: value.transition === "reopen" ? "Say why the meeting is re-opened; it is logged." : "Say why the meeting is cancelled.",
      });
    }
  });
export type ChangeMeetingStateInput = z.infer<typeof changeMeetingStateSchema>;

// ---------------------------------------------------------------------------
// Attendees

export const addAttendeeSchema = z.object({
  meetingId: id,
  name: required(200, "Enter the attendee's name.", "the name"),
  organisation: text(200, "the organisation").optional(),
  role: text(200, "the role").optional(),
  kind: z.enum(ATTENDANCE_KINDS, { error: "Choose whether they attend as a member, in attendance or as an adviser." }),
  status: z.enum(ATTENDANCE_STATUSES, { error: "Choose their attendance." }).default("INVITED"),
});
export type AddAttendeeInput = z.infer<typeof addAttendeeSchema>;

const attendanceStatus = z.enum(ATTENDANCE_STATUSES);

/**
 * Marks attendance for everyone at once. The form has one `status-<attendeeId>`
 * radio group per attendee; the action reads them into `statuses` as
 * "id=STATUS;id=STATUS" (attendanceValues in lib/meetings/form-input.ts).
 */
export const recordAttendanceSchema = z.object({
  meetingId: id,
  version,
  statuses: z
    .string({ error: "Choose each person's attendance." })
    .max(20_000)
    .transform((value, ctx) => {
      const out: Record<string, (typeof ATTENDANCE_STATUSES)[number]> = {};
      for (const pair of value.split(";").filter(Boolean)) {
        const [attendeeId, status] = pair.split("=");
        const parsed = attendanceStatus.safeParse(status);
        if (!attendeeId || attendeeId.length > 40 || !parsed.success) {
          ctx.addIssue({ code: "custom", message: "Choose each person's attendance." });
          return z.NEVER;
        }
        out[attendeeId] = parsed.data;
      }
      return out;
    }),
});
export type RecordAttendanceInput = z.infer<typeof recordAttendanceSchema>;

export const removeAttendeeSchema = z.object({ meetingId: id, attendeeId: id });
export type RemoveAttendeeInput = z.infer<typeof removeAttendeeSchema>;

// ---------------------------------------------------------------------------
// Agenda, meeting decisions (each item's typed outcomes), minutes

export const agendaItemSchema = z.object({
  meetingId: id,
  /** Set when editing an item. */
  itemId: optionalId,
  version: version.optional(),
  title: required(300, "Give the agenda item a title.", "the title"),
  presenter: text(200, "the presenter").optional(),
  durationMinutes: minutes("the time for the item"),
  notes: text(8000, "the notes").optional(),
});
export type AgendaItemInput = z.infer<typeof agendaItemSchema>;

export const moveAgendaItemSchema = z.object({
  meetingId: id,
  itemId: id,
  direction: z.enum(["up", "down", "remove"], { error: "Choose a move." }),
});
export type MoveAgendaItemInput = z.infer<typeof moveAgendaItemSchema>;

export const decisionSchema = z
  .object({
    meetingId: id,
    agendaItemId: id,
    kind: z.enum(DECISION_KINDS, { error: "Choose noted, decision or action." }),
    text: required(4000, "Write what was noted, decided or agreed.", "the text"),
    owner: text(200, "the owner").optional(),
    dueDate: isoDate().optional(),
  })
  .superRefine((value, ctx) => {
    if (value.kind === "ACTION" && !value.owner) ctx.addIssue({ code: "custom", path: ["owner"], message: "An action needs an owner." });
  });
export type DecisionInput = z.infer<typeof decisionSchema>;

export const removeDecisionSchema = z.object({ meetingId: id, decisionId: id });
export type RemoveDecisionInput = z.infer<typeof removeDecisionSchema>;

export const saveMinutesSchema = z.object({
  meetingId: id,
  version,
  minutes: required(50_000, "Write the minutes before saving them.", "the minutes"),
});
export type SaveMinutesInput = z.infer<typeof saveMinutesSchema>;

/** Approve the minutes of `minutesOfId` at the meeting `meetingId` (in progress). */
export const approveMinutesSchema = z.object({ meetingId: id, minutesOfId: id, version });
export type ApproveMinutesInput = z.infer<typeof approveMinutesSchema>;

export const publishMinutesSchema = z.object({ meetingId: id, version, publish: z.enum(["1", "0"]).transform((v) => v === "1") });
export type PublishMinutesInput = z.infer<typeof publishMinutesSchema>;

// ---------------------------------------------------------------------------
// The action and impact log

const entryFields = {
  title: required(500, "Say what is to be done.", "the entry"),
  description: text(4000, "the description").optional(),
  ownerName: text(200, "the owner's name").optional(),
  ownerRole: text(200, "the owner's role").optional(),
  dueDate: isoDate("Enter the due date, for example 31 January 2026.").optional(),
  priorityAreaId: optionalId,
  /** The plan action by its code ("3.1a"), as people know it. */
  actionCode: text(20, "the action code").optional(),
};

function ownerGiven(value: { ownerName?: string; ownerRole?: string }, ctx: z.RefinementCtx) {
  if (!value.ownerName && !value.ownerRole) ctx.addIssue({ code: "custom", path: ["ownerName"], message: "Name the owner (a person or a role)." });
}

export const raiseImpactLogEntrySchema = z.object({ meetingId: id, ...entryFields }).superRefine(ownerGiven);
export type RaiseImpactLogEntryInput = z.infer<typeof raiseImpactLogEntrySchema>;

export const updateImpactLogEntrySchema = z.object({ entryId: id, version, ...entryFields }).superRefine(ownerGiven);
export type UpdateImpactLogEntryInput = z.infer<typeof updateImpactLogEntrySchema>;

export const impactLogUpdateSchema = z.object({
  entryId: id,
  meetingId: id,
  version,
  state: z.enum(IMPACT_LOG_STATES, { error: "Choose the entry's status after this meeting." }),
  text: required(4000, "Write the update given at this meeting.", "the update"),
});
export type ImpactLogUpdateInput = z.infer<typeof impactLogUpdateSchema>;
