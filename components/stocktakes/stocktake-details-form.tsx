"use client";

import { useActionState } from "react";
import { PartnershipField, TextArea, TextField } from "@/components/forms/fields";
import { FormMessage, fieldErrors, submitted } from "@/components/forms/form-message";
import { useFormKey } from "@/components/forms/use-form-key";
import { Button } from "@/components/ui/button";
import type { ActionResult } from "@/lib/actions/result";
import { saveStocktakeDetailsAction } from "@/lib/stocktakes/actions";

export type StocktakeDetailsValues = { title: string; periodStart: string; periodEnd: string; reviewDate: string; summary: string };

/**
 * The programme office's part of a draft: its title, period, review date and
 * covering summary. "Save details" keeps the draft; "Publish the stocktake"
 * saves them and freezes the whole pack. One form, one action (the pressed
 * button's `intent`), so it works the same without JavaScript.
 */
export function StocktakeDetailsForm({ slug, stocktakeId, version, values }: { slug: string; stocktakeId: string; version: number; values: StocktakeDetailsValues }) {
  const [state, formAction, pending] = useActionState<ActionResult | null, FormData>(saveStocktakeDetailsAction, null);
  const formKey = useFormKey(state);
  const value = (name: keyof StocktakeDetailsValues) => submitted(state, name) ?? values[name];
  const publishErrors = fieldErrors(state, "publish");
  return (
    <form key={formKey} action={formAction} className="space-y-4" noValidate aria-describedby="details-message">
      <PartnershipField slug={slug} />
      <input type="hidden" name="stocktakeId" value={stocktakeId} />
      <input type="hidden" name="version" value={version} />
      <FormMessage state={state} id="details-message" />
      <TextField name="title" label="Title" defaultValue={value("title")} errors={fieldErrors(state, "title")} />
      <div className="flex flex-wrap gap-4">
        <div className="max-w-48">
          <TextField name="periodStart" type="date" label="Period from" defaultValue={value("periodStart")} errors={fieldErrors(state, "periodStart")} />
        </div>
        <div className="max-w-48">
          <TextField name="periodEnd" type="date" label="Period to" defaultValue={value("periodEnd")} errors={fieldErrors(state, "periodEnd")} />
        </div>
        <div className="max-w-56">
          <TextField
            name="reviewDate"
            type="date"
            label="Review meeting"
            hint="Required to publish."
            defaultValue={value("reviewDate")}
            errors={fieldErrors(state, "reviewDate")}
          />
        </div>
      </div>
      <TextArea
        name="summary"
        label="Covering summary of the period"
        hint="What the advisors should know first: the headline progress, what has slipped and why, and what the partnership asks of the review. Required to publish."
        defaultValue={value("summary")}
        errors={fieldErrors(state, "summary")}
        rows={6}
      />
      {publishErrors ? (
        <div id="publish-error" className="rounded-md border border-red-700 bg-red-50 px-3 py-2 text-sm text-red-900">
          <p className="font-medium">
            <span aria-hidden="true">⚠ </span>Not published. Still needed:
          </p>
          <ul className="mt-1 list-disc pl-5">
            {publishErrors.map((e) => (
              <li key={e}>{e}</li>
            ))}
          </ul>
        </div>
      ) : null}
      <div className="flex flex-wrap gap-3">
        <Button
          type="submit"
          name="intent"
          value="publish"
          disabled={pending}
          aria-disabled={pending}
          aria-describedby={publishErrors ? "publish-error details-message" : "details-message"}
        >
          {pending ? "Saving…" : "Publish the stocktake"}
        </Button>
        <Button type="submit" name="intent" value="save" variant="secondary" disabled={pending} aria-disabled={pending}>
          Save details
        </Button>
      </div>
    </form>
  );
}
