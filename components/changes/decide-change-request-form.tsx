"use client";

import { useActionState } from "react";
import { PartnershipField, SelectField, TextArea } from "@/components/forms/fields";
import { FormMessage, fieldErrors, submitted } from "@/components/forms/form-message";
import { SubmitButton } from "@/components/forms/submit-button";
import type { ActionResult } from "@/lib/actions/result";
import { decideChangeRequestAction } from "@/lib/changes/actions";
import type { DecisionMeeting } from "@/lib/changes/view";
import { GuardedForm } from "@/components/forms/guarded-form";

export function DecideChangeRequestForm({
  slug,
  changeRequestId,
  version,
  code,
  meetings = [],
}: {
  slug: string;
  changeRequestId: string;
  version: number;
  code: string;
  meetings?: DecisionMeeting[];
}) {
  const [state, formAction, pending] = useActionState<ActionResult | null, FormData>(decideChangeRequestAction, null);
  const prefix = `decide-${changeRequestId}-`;
  const chosen = submitted(state, "decision");
  const decisionErrors = fieldErrors(state, "decision");
  return (
    <GuardedForm action={formAction} className="space-y-3" noValidate aria-describedby={`${prefix}message`}>
      <PartnershipField slug={slug} />
      <input type="hidden" name="changeRequestId" value={changeRequestId} />
      <input type="hidden" name="version" value={version} />
      <FormMessage state={state} id={`${prefix}message`} />
      <fieldset aria-describedby={decisionErrors ? `${prefix}decision-error` : undefined}>
        <legend className="text-sm font-medium text-slate-900">Decision on the request for {code}</legend>
        <div className="mt-1 flex gap-4">
          <label className="inline-flex items-center gap-2">
            <input type="radio" name="decision" value="APPROVED" defaultChecked={chosen === "APPROVED"} /> Approve
          </label>
          <label className="inline-flex items-center gap-2">
            <input type="radio" name="decision" value="REJECTED" defaultChecked={chosen === "REJECTED"} /> Reject
          </label>
        </div>
        {decisionErrors ? (
          <p id={`${prefix}decision-error`} className="mt-1 text-sm font-medium text-red-800">
            {decisionErrors.join(" ")}
          </p>
        ) : null}
      </fieldset>
      {meetings.length ? <MeetingChoice prefix={prefix} state={state} meetings={meetings} /> : null}
      <TextArea
        idPrefix={prefix}
        name="decisionNote"
        label="Decision note"
        hint="The board's decision and its reasons, as minuted."
        defaultValue={submitted(state, "decisionNote")}
        errors={fieldErrors(state, "decisionNote")}
        rows={2}
      />
      <SubmitButton pending={pending}>Record decision</SubmitButton>
    </GuardedForm>
  );
}

/** Either way the decision names the meeting: the one in progress, or the next, where it is noted. */
function MeetingChoice({ prefix, state, meetings }: { prefix: string; state: ActionResult | null; meetings: DecisionMeeting[] }) {
  const current = meetings.find((m) => m.inProgress);
  const when = submitted(state, "decidedWhen") ?? (current ? "AT_MEETING" : "BETWEEN_MEETINGS");
  return (
    <>
      <fieldset>
        <legend className="text-sm font-medium text-slate-900">When the board decided</legend>
        <div className="mt-1 flex flex-wrap gap-4">
          <label className="inline-flex items-center gap-2">
            <input type="radio" name="decidedWhen" value="AT_MEETING" defaultChecked={when === "AT_MEETING"} /> At the meeting
          </label>
          <label className="inline-flex items-center gap-2">
            <input type="radio" name="decidedWhen" value="BETWEEN_MEETINGS" defaultChecked={when === "BETWEEN_MEETINGS"} /> Between meetings, to be noted at the next
          </label>
        </div>
      </fieldset>
      <SelectField
        idPrefix={prefix}
        name="meetingId"
        label="Meeting"
        hint="The meeting in progress, or the next meeting where a decision made between meetings is noted."
        options={meetings.map((m) => ({ value: m.id, label: m.label }))}
        defaultValue={submitted(state, "meetingId") ?? (current ?? meetings[0])?.id}
        errors={fieldErrors(state, "meetingId")}
      />
    </>
  );
}
