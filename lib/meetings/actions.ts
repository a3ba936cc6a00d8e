"use server";

import { ok, type ActionResult } from "@/lib/actions/result";
import { submit, withCheckboxes } from "@/lib/actions/submit";
import { attendanceValues } from "./form-input";
import { addDecision, moveAgendaItem, removeDecision, saveAgendaItem } from "./mutations/agenda";
import { addAttendee, recordAttendance, removeAttendee } from "./mutations/attendees";
import { createBoard, updateBoard } from "./mutations/boards";
import { raiseImpactLogEntry, recordImpactLogUpdate, updateImpactLogEntry } from "./mutations/impact-log";
import { changeMeetingState, createMeeting, updateMeeting } from "./mutations/meetings";
import { approveMinutes, publishMinutes, saveMinutes } from "./mutations/minutes";
import { createdMeetingPath, movedMeetingPath } from "./paths";
import {
  addAttendeeSchema,
  agendaItemSchema,
  approveMinutesSchema,
  boardSchema,
  changeMeetingStateSchema,
  createMeetingSchema,
  impactLogUpdateSchema,
  moveAgendaItemSchema,
  decisionSchema,
  publishMinutesSchema,
  raiseImpactLogEntrySchema,
  recordAttendanceSchema,
  removeAttendeeSchema,
  removeDecisionSchema,
  saveMinutesSchema,
  updateImpactLogEntrySchema,
  updateMeetingSchema,
} from "./schema";

export async function createBoardAction(_previous: ActionResult | null, form: FormData): Promise<ActionResult> {
  return submit(form, boardSchema, createBoard, (_saved, input) => ok(undefined, `${input.name} added.`), { values: withCheckboxes("areaIds") });
}

export async function updateBoardAction(_previous: ActionResult | null, form: FormData): Promise<ActionResult> {
  return submit(form, boardSchema, updateBoard, (_saved, input) => ok(undefined, `${input.name} saved.`), { values: withCheckboxes("areaIds") });
}

/** A new meeting opens on its own page. */
export async function createMeetingAction(_previous: ActionResult | null, form: FormData): Promise<ActionResult> {
  return submit(form, createMeetingSchema, createMeeting, (saved, _input, member) => ({ redirectTo: createdMeetingPath(member.partnership.slug, saved.meetingId) }));
}

export async function updateMeetingAction(_previous: ActionResult | null, form: FormData): Promise<ActionResult> {
  return submit(form, updateMeetingSchema, updateMeeting, () => ok(undefined, "Meeting details saved."));
}

export async function changeMeetingStateAction(_previous: ActionResult | null, form: FormData): Promise<ActionResult> {
  return submit(form, changeMeetingStateSchema, changeMeetingState, (saved, _input, member) => ({
    redirectTo: movedMeetingPath(member.partnership.slug, saved.meetingId, saved.state),
  }));
}

export async function addAttendeeAction(_previous: ActionResult | null, form: FormData): Promise<ActionResult> {
  return submit(form, addAttendeeSchema, addAttendee, (_saved, input) => ok(undefined, `${input.name} added to the attendance.`));
}

export async function recordAttendanceAction(_previous: ActionResult | null, form: FormData): Promise<ActionResult> {
  return submit(form, recordAttendanceSchema, recordAttendance, () => ok(undefined, "Attendance saved."), { values: attendanceValues });
}

export async function removeAttendeeAction(_previous: ActionResult | null, form: FormData): Promise<ActionResult> {
  return submit(form, removeAttendeeSchema, removeAttendee, () => ok(undefined, "Removed from the attendance."));
}

export async function saveAgendaItemAction(_previous: ActionResult | null, form: FormData): Promise<ActionResult> {
  return submit(form, agendaItemSchema, saveAgendaItem, (_saved, input) => ok(undefined, input.itemId ? "Agenda item saved." : `"${input.title}" added to the agenda.`));
}

export async function moveAgendaItemAction(_previous: ActionResult | null, form: FormData): Promise<ActionResult> {
  return submit(form, moveAgendaItemSchema, moveAgendaItem, (_saved, input) => ok(undefined, input.direction === "remove" ? "Agenda item removed." : "Agenda reordered."));
}

export async function addDecisionAction(_previous: ActionResult | null, form: FormData): Promise<ActionResult> {
  return submit(form, decisionSchema, addDecision, () => ok(undefined, "Outcome recorded."));
}

export async function removeDecisionAction(_previous: ActionResult | null, form: FormData): Promise<ActionResult> {
  return submit(form, removeDecisionSchema, removeDecision, () => ok(undefined, "Outcome removed."));
}

export async function saveMinutesAction(_previous: ActionResult | null, form: FormData): Promise<ActionResult> {
  return submit(form, saveMinutesSchema, saveMinutes, () => ok(undefined, "Draft minutes saved; the earlier version is kept in the history."));
}

export async function approveMinutesAction(_previous: ActionResult | null, form: FormData): Promise<ActionResult> {
  return submit(form, approveMinutesSchema, approveMinutes, () => ok(undefined, "Minutes approved as a true record."));
}

export async function publishMinutesAction(_previous: ActionResult | null, form: FormData): Promise<ActionResult> {
  return submit(form, publishMinutesSchema, publishMinutes, (saved) => ok(undefined, saved.published ? "Minutes published." : "Minutes withdrawn from publication."));
}

export async function raiseImpactLogEntryAction(_previous: ActionResult | null, form: FormData): Promise<ActionResult> {
  return submit(form, raiseImpactLogEntrySchema, raiseImpactLogEntry, (saved) => ok(undefined, `L${saved.number} added to the action and impact log.`));
}

export async function updateImpactLogEntryAction(_previous: ActionResult | null, form: FormData): Promise<ActionResult> {
  return submit(form, updateImpactLogEntrySchema, updateImpactLogEntry, () => ok(undefined, "Impact log entry saved."));
}

export async function recordImpactLogUpdateAction(_previous: ActionResult | null, form: FormData): Promise<ActionResult> {
  return submit(form, impactLogUpdateSchema, recordImpactLogUpdate, () => ok(undefined, "Update recorded for this meeting."));
}
