"use client";

import { useState, type FormHTMLAttributes } from "react";
import { FORM_BODY_LIMIT_BYTES, formBytes, tooLargeMessage } from "@/lib/actions/body-limit";

/**
 * A form that refuses, in the browser and before anything is sent, a body
 * larger than the server accepts: the fields and what was typed stay, and the
 * message says what is too long. Without JavaScript the server's own limit
 * applies (next.config.ts) and the error page says what it can truthfully say.
 */
export function GuardedForm({ children, onSubmit, ...rest }: FormHTMLAttributes<HTMLFormElement>) {
  const [refusal, setRefusal] = useState<string | null>(null);
  function check(event: Parameters<NonNullable<FormHTMLAttributes<HTMLFormElement>["onSubmit"]>>[0]) {
    const form = event.currentTarget;
    const { total, largest } = formBytes(new FormData(form).entries());
    if (total > FORM_BODY_LIMIT_BYTES) {
      event.preventDefault();
      const field = largest ? form.querySelector<HTMLElement>(`[name="${CSS.escape(largest.name)}"]`) : null;
      const label = field?.id ? (form.querySelector(`label[for="${CSS.escape(field.id)}"]`)?.textContent ?? null) : null;
      setRefusal(tooLargeMessage(total, label));
      field?.focus();
      return;
    }
    setRefusal(null);
    onSubmit?.(event);
  }
  return (
    <form {...rest} onSubmit={check}>
      {refusal ? (
        <p role="alert" className="rounded-md border border-red-700 bg-red-50 px-3 py-2 text-sm text-red-900" data-testid="too-large">
          {refusal}
        </p>
      ) : null}
      {children}
    </form>
  );
}
