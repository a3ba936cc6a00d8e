"use client";

import { useActionState, type ReactNode } from "react";
import { Folded } from "@/components/forms/folded";
import { ChoiceField, PartnershipField, SelectField, TextArea, TextField } from "@/components/forms/fields";
import { FormMessage, fieldErrors, submitted } from "@/components/forms/form-message";
import { SubmitButton } from "@/components/forms/submit-button";
import { useFormKey } from "@/components/forms/use-form-key";
import type { ActionResult } from "@/lib/actions/result";

type Option = { value: string; label: string };

/** A field described as data, so a server component can lay out a form without passing functions. */
export type FieldSpec =
  | { kind: "hidden"; name: string; value: string }
  | {
      kind: "text" | "email" | "date" | "time" | "number";
      name: string;
      label: string;
      hint?: string;
      defaultValue?: string;
      /** short: the field and its words are narrow; short-input: only the box is, its label and hint take the form's width. */
      width?: "short" | "short-input";
    }
  | { kind: "textarea"; name: string; label: string; hint?: string; defaultValue?: string; rows?: number }
  | { kind: "select"; name: string; label: string; hint?: string; defaultValue?: string; options: Option[]; placeholder?: string }
  | { kind: "radio" | "checkboxes"; name: string; label: string; hint?: string; defaultValue?: string; options: Option[]; inline?: boolean };

type Action = (previous: ActionResult | null, form: FormData) => Promise<ActionResult>;

/**
 * One form from a list of field specs: the fields with their errors beside
 * them, the partnership's hidden field, the result announced. Every value
 * typed is shown again after a failed save.
 */
export function SpecForm({
  action,
  slug,
  id,
  fields,
  submitLabel,
  pendingText,
  variant,
  className = "space-y-3",
  summary,
}: {
  action: Action;
  slug: string;
  /** Unique on the page: prefixes the fields' ids. */
  id: string;
  fields: FieldSpec[];
  submitLabel: string;
  pendingText?: string;
  variant?: "primary" | "secondary";
  className?: string;
  /** Folds the form under this summary; it unfolds when it has a result (after a post without JavaScript too). */
  summary?: ReactNode;
}) {
  const [state, formAction, pending] = useActionState<ActionResult | null, FormData>(action, null);
  const key = useFormKey(state);
  const prefix = `${id}-`;
  const value = (name: string, fallback?: string) => submitted(state, name) ?? fallback;
  const form = (
    <form key={key} action={formAction} className={className} noValidate aria-describedby={`${prefix}message`}>
      <PartnershipField slug={slug} />
      <FormMessage state={state} id={`${prefix}message`} />
      {fields.map((field) => {
        const errors = field.kind === "hidden" ? undefined : fieldErrors(state, field.name);
        switch (field.kind) {
          case "hidden":
            return <input key={field.name} type="hidden" name={field.name} value={field.value} />;
          case "textarea":
            return (
              <TextArea
                key={field.name}
                idPrefix={prefix}
                name={field.name}
                label={field.label}
                hint={field.hint}
                defaultValue={value(field.name, field.defaultValue)}
                errors={errors}
                rows={field.rows ?? 3}
              />
            );
          case "select":
            return (
              <SelectField
                key={field.name}
                idPrefix={prefix}
                name={field.name}
                label={field.label}
                hint={field.hint}
                options={field.options}
                placeholder={field.placeholder}
                defaultValue={value(field.name, field.defaultValue)}
                errors={errors}
              />
            );
          case "radio":
          case "checkboxes":
            return (
              <ChoiceField
                key={field.name}
                kind={field.kind}
                idPrefix={prefix}
                name={field.name}
                label={field.label}
                hint={field.hint}
                options={field.options}
                layout={field.inline ? "inline" : "stacked"}
                errors={errors}
                chosen={value(field.name, field.defaultValue)}
              />
            );
          default:
            return (
              <div key={field.name} className={field.width === "short" ? "max-w-48" : field.width === "short-input" ? "[&_input]:max-w-48" : undefined}>
                <TextField
                  idPrefix={prefix}
                  name={field.name}
                  type={field.kind}
                  label={field.label}
                  hint={field.hint}
                  defaultValue={value(field.name, field.defaultValue)}
                  errors={errors}
                />
              </div>
            );
        }
      })}
      <SubmitButton pending={pending} pendingText={pendingText} variant={variant} describedBy={`${prefix}message`}>
        {submitLabel}
      </SubmitButton>
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
