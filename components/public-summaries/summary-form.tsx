"use client";

import { useActionState } from "react";
import { PartnershipField, TextArea } from "@/components/forms/fields";
import { FormMessage, fieldErrors, submitted } from "@/components/forms/form-message";
import { useFormKey } from "@/components/forms/use-form-key";
import { Button } from "@/components/ui/button";
import type { ActionResult } from "@/lib/actions/result";
import { saveSummaryAction } from "@/lib/public-summaries/actions";
import { ANSWER_MAX } from "@/lib/public-summaries/schema";
import type { SummaryEditor } from "@/lib/public-summaries/view";

/**
 * An area's summary for families: three answers. "Save draft" keeps it;
 * "Send for approval" sends it to the programme office. One form and one
 * action (the pressed button's `intent`), so it works the same without JavaScript.
 */
export function SummaryForm({ slug, editor }: { slug: string; editor: Pick<SummaryEditor, "area" | "summaryId" | "version" | "fields"> }) {
  const [state, formAction, pending] = useActionState<ActionResult<{ summaryId: string; version: number }> | null, FormData>(saveSummaryAction, null);
  const formKey = useFormKey(state);
  const saved = state?.ok ? state.data : { summaryId: editor.summaryId, version: editor.version };
  return (
    <form key={formKey} action={formAction} aria-describedby="summary-form-message" className="space-y-5" noValidate>
      <PartnershipField slug={slug} />
      <input type="hidden" name="areaId" value={editor.area.id} />
      <input type="hidden" name="summaryId" value={saved.summaryId} />
      <input type="hidden" name="version" value={saved.version} />
      <FormMessage state={state} id="summary-form-message" />
      {editor.fields.map((field) => (
        <TextArea
          key={field.field}
          idPrefix="summary-"
          name={field.field}
          label={field.label}
          hint={`${field.hint} Up to ${ANSWER_MAX} characters.`}
          defaultValue={submitted(state, field.field) ?? field.text}
          errors={fieldErrors(state, field.field)}
          maxLength={ANSWER_MAX}
          rows={4}
        />
      ))}
      <div className="flex flex-wrap gap-3">
        <Button type="submit" name="intent" value="submit" disabled={pending} aria-disabled={pending} aria-describedby="summary-form-message">
          {pending ? "Saving…" : "Send for approval"}
        </Button>
        <Button type="submit" name="intent" value="save" variant="secondary" disabled={pending} aria-disabled={pending}>
          Save draft
        </Button>
      </div>
    </form>
  );
}
