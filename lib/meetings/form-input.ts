import { formObject } from "@/lib/actions/result";

/** The attendance form's `status-<attendeeId>` radio groups, read into one "id=STATUS;…" value for its schema. */
export function attendanceValues(form: FormData): Record<string, string | undefined> {
  const values = formObject(form);
  const pairs: string[] = [];
  for (const [key, value] of form.entries()) {
    if (key.startsWith("status-") && typeof value === "string") pairs.push(`${key.slice("status-".length)}=${value}`);
  }
  values.statuses = pairs.join(";") || undefined;
  return values;
}
