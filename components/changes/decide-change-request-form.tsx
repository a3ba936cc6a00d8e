"use client";

import { useActionState } from "react";
import { ChoiceField, PartnershipField, SelectField, TextArea } from "@/components/forms/fields";
import { FormMessage, fieldErrors, submitted } from "@/components/forms/form-message";
import { SubmitButton } from "@/components/forms/submit-button";
import type { ActionResult } from "@/lib/actions/result";
import { decideChangeRequestAction } from "@/lib/changes/actions";
import type { DecisionMeeting } from "@/lib/changes/view";
import { GuardedForm } from "@/components/forms/guarded-form";

const DECISIONS = [
  { value: "APPROVED", label: "Approve" },
  { value: "REJECTED", label: "Reject" },
];

const WHEN = [
  { value: "AT_MEETING", label: "At the meeting" },
  { value: "BETWEEN_MEETINGS", label: "Between meetings, to be noted at the next" },
];

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
  return (
    <GuardedForm action={formAction} className="space-y-3" noValidate aria-describedby={`${prefix}message`}>
      <PartnershipField slug={slug} />
      <input type="hidden" name="changeRequestId" value={changeRequestId} />
      <input type="hidden" name="version" value={version} />
      <FormMessage state={state} id={`${prefix}message`} />
      <ChoiceField
        kind="radio"
        layout="inline"
        idPrefix={prefix}
        name="decision"
        label={`Decision on the request for ${code}`}
        options={DECISIONS}
        chosen={submitted(state, "decision")}
        errors={fieldErrors(state, "decision")}
      />
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
      <ChoiceField
        kind="radio"
        layout="inline"
        idPrefix={prefix}
        name="decidedWhen"
        label="When the board decided"
        options={WHEN}
        chosen={when}
        errors={fieldErrors(state, "decidedWhen")}
      />
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
