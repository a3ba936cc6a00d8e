"use client";

import { useActionState } from "react";
import { PartnershipField, TextArea, TextField } from "@/components/forms/fields";
import { Folded } from "@/components/forms/folded";
import { FormMessage, fieldErrors, submitted } from "@/components/forms/form-message";
import { SubmitButton } from "@/components/forms/submit-button";
import { useFormKey } from "@/components/forms/use-form-key";
import type { ActionResult } from "@/lib/actions/result";
import { reviewRiskAction, setRiskClosedAction, setRiskEscalatedAction } from "@/lib/risks/actions";
import { RatingFields } from "./rating-fields";

type Saved = ActionResult<{ version: number }>;

/** The lead's review: the current score confirmed or changed, what was found, and when to look again. */
export function RiskReviewForm({
  slug,
  riskId,
  version,
  likelihood,
  impact,
  suggestedNext,
  idPrefix = "",
  summary,
  returnTo,
}: {
  slug: string;
  riskId: string;
  version: number;
  likelihood: number;
  impact: number;
  /** yyyy-mm-dd: today plus the risk's cadence. */
  suggestedNext: string;
  idPrefix?: string;
  summary?: React.ReactNode;
  /** "my": after saving, back to My updates, which says what was saved. */
  returnTo?: "my";
}) {
  const [state, formAction, pending] = useActionState<Saved | null, FormData>(reviewRiskAction, null);
  const formKey = useFormKey(state);
  const messageId = `${idPrefix}review-message`;
  const form = (
    <form key={formKey} action={formAction} aria-describedby={messageId} className="space-y-4" noValidate>
      <PartnershipField slug={slug} />
      <input type="hidden" name="riskId" value={riskId} />
      <input type="hidden" name="version" value={version} />
      {returnTo ? <input type="hidden" name="returnTo" value={returnTo} /> : null}
      <FormMessage state={state} id={messageId} />
      <RatingFields
        legend="Current score"
        hint="Leave it as it is to confirm the score, or change it."
        prefix="current"
        idPrefix={idPrefix}
        likelihood={submitted(state, "currentLikelihood") ?? String(likelihood)}
        impact={submitted(state, "currentImpact") ?? String(impact)}
        errors={(name) => fieldErrors(state, name)}
      />
      <TextArea
        idPrefix={idPrefix}
        name="note"
        label="What the review found"
        hint="What has changed since the last review, and whether the controls and mitigations are working."
        rows={3}
        defaultValue={submitted(state, "note")}
        errors={fieldErrors(state, "note")}
      />
      <TextField
        idPrefix={idPrefix}
        name="nextReviewDate"
        type="date"
        label="Next review"
        hint="Set from the risk’s cadence; bring it forward if the risk needs a closer eye."
        defaultValue={submitted(state, "nextReviewDate") ?? suggestedNext}
        errors={fieldErrors(state, "nextReviewDate")}
      />
      <SubmitButton pending={pending}>Save review</SubmitButton>
    </form>
  );
  return summary ? (
    <Folded summary={summary} open={state !== null}>
      {form}
    </Folded>
  ) : (
    form
  );
}

/** Escalate an open risk to the board, or take it back, with the reason. */
export function RiskEscalationForm({ slug, riskId, version, escalated, code }: { slug: string; riskId: string; version: number; escalated: boolean; code: string }) {
  const [state, formAction, pending] = useActionState<Saved | null, FormData>(setRiskEscalatedAction, null);
  const formKey = useFormKey(state);
  return (
    <Folded summary={escalated ? `Take ${code} back from the board` : `Escalate ${code} to the board`} open={state !== null}>
      <form key={formKey} action={formAction} aria-describedby="escalation-message" className="space-y-3" noValidate>
        <PartnershipField slug={slug} />
        <input type="hidden" name="id" value={riskId} />
        <input type="hidden" name="version" value={version} />
        <input type="hidden" name="escalated" value={escalated ? "0" : "1"} />
        <FormMessage state={state} id="escalation-message" />
        <TextArea
          idPrefix="escalation-"
          name="note"
          label={escalated ? "Why the board no longer needs to hold it" : "Why the board must see it, and what it is asked to do"}
          rows={3}
          defaultValue={submitted(state, "note")}
          errors={fieldErrors(state, "note")}
        />
        <SubmitButton pending={pending} variant="secondary">
          {escalated ? "Take back from the board" : "Escalate to the board"}
        </SubmitButton>
      </form>
    </Folded>
  );
}

/** Close a risk with the reason, or reopen it (its review is then due at once). */
export function RiskClosureForm({ slug, riskId, version, closed, code }: { slug: string; riskId: string; version: number; closed: boolean; code: string }) {
  const [state, formAction, pending] = useActionState<Saved | null, FormData>(setRiskClosedAction, null);
  const formKey = useFormKey(state);
  return (
    <Folded summary={closed ? `Reopen ${code}` : `Close ${code}`} open={state !== null}>
      <form key={formKey} action={formAction} aria-describedby="closure-message" className="space-y-3" noValidate>
        <PartnershipField slug={slug} />
        <input type="hidden" name="id" value={riskId} />
        <input type="hidden" name="version" value={version} />
        <input type="hidden" name="closed" value={closed ? "0" : "1"} />
        <FormMessage state={state} id="closure-message" />
        <TextArea
          idPrefix="closure-"
          name="reason"
          label={closed ? "Why it is open again" : "Why it can be closed"}
          hint={closed ? undefined : "For example: at its target score and monitored through the action’s reporting."}
          rows={3}
          defaultValue={submitted(state, "reason")}
          errors={fieldErrors(state, "reason")}
        />
        <SubmitButton pending={pending} variant="secondary">
          {closed ? "Reopen the risk" : "Close the risk"}
        </SubmitButton>
      </form>
    </Folded>
  );
}
