// The one result type of every server action (STYLE rule 5).
import { z } from "zod";
import { ConflictError, CORRECT_FIELDS, ForbiddenError, NotFoundError, ValidationError } from "@/lib/errors";

export type ActionFailure = {
  ok: false;
  formError?: string;
  fieldErrors?: Record<string, string[]>;
  /** What was submitted, so the form can show it again and nothing typed is lost. */
  values?: Record<string, string | undefined>;
};

export type ActionResult<T = undefined> = { ok: true; data: T; message?: string } | ActionFailure;

export function ok<T>(data: T, message?: string): ActionResult<T> {
  return { ok: true, data, message };
}

export function invalid(error: z.ZodError, values?: ActionFailure["values"]): ActionFailure {
  const flat = z.flattenError(error);
  return {
    ok: false,
    values,
    formError: flat.formErrors[0] ?? CORRECT_FIELDS,
    fieldErrors: flat.fieldErrors as Record<string, string[]>,
  };
}

/** Turns an expected failure into its message; logs anything else and says something generic. */
export function failure(error: unknown, values?: ActionFailure["values"]): ActionFailure {
  if (error instanceof ValidationError || error instanceof NotFoundError) return { ok: false, formError: error.message, fieldErrors: error.fieldErrors, values };
  if (error instanceof ConflictError || error instanceof ForbiddenError) {
    return { ok: false, formError: error.message, values };
  }
  console.error(error);
  return { ok: false, values, formError: "Something went wrong and nothing was saved. Try again; if it keeps happening, tell the programme office." };
}

/** FormData → plain object for zod; empty strings become undefined so optional fields stay optional. */
export function formObject(form: FormData): Record<string, string | undefined> {
  const out: Record<string, string | undefined> = {};
  for (const [key, value] of form.entries()) {
    if (typeof value !== "string") continue;
    out[key] = value.trim() === "" ? undefined : value;
  }
  return out;
}
