"use server";

import { ok, type ActionResult } from "@/lib/actions/result";
import { submit } from "@/lib/actions/submit";
import { correctDueDate, recordMilestoneOutcome, updateActionStatus } from "./mutations";
import { correctDueDateSchema, occurrenceOutcomeSchema, statusUpdateSchema } from "./schema";

export async function updateActionStatusAction(_previous: ActionResult<{ version: number }> | null, form: FormData): Promise<ActionResult<{ version: number }>> {
  return submit(form, statusUpdateSchema, updateActionStatus, (saved) => ok({ version: saved.version }, "Update saved. It is now at the top of the history."));
}

export async function recordMilestoneOutcomeAction(_previous: ActionResult | null, form: FormData): Promise<ActionResult> {
  return submit(form, occurrenceOutcomeSchema, recordMilestoneOutcome, (_saved, input) =>
    ok(undefined, input.outcome === "MET" ? "Milestone marked met." : "Milestone marked missed."),
  );
}

export async function correctDueDateAction(_previous: ActionResult<{ version: number }> | null, form: FormData): Promise<ActionResult<{ version: number }>> {
  return submit(form, correctDueDateSchema, correctDueDate, (saved) => ok({ version: saved.version }, "Due date corrected. The correction and its reason are in the history."));
}
