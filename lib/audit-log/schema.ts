// The audit log's filters, as the page's GET form sends them and the download
// receives them: one schema, so a value the page refuses is refused for the
// download too. Pure (no database): whether a person is one of this log's is
// settled by the loader with the log's people in hand.
import { z } from "zod";
import { isoDate } from "@/lib/plan/schema";
import { actionLabel, isKnownKind, isKnownVerb, kindHasVerb, kindLabel } from "./words";

/** The person filter's value for rows no signed-in person wrote (the demo seed, the system). */
export const NO_PERSON = "system";

export const PERSON_MESSAGE = "Choose a person from the list.";

export const auditFiltersSchema = z
  .object({
    person: z
      .string()
      .max(64, PERSON_MESSAGE)
      .regex(/^[A-Za-z0-9_-]+$/, PERSON_MESSAGE)
      .optional(),
    kind: z.string().refine(isKnownKind, "Choose a kind of item from the list.").optional(),
    action: z.string().refine(isKnownVerb, "Choose an action from the list.").optional(),
    from: isoDate("Enter a real date for “From”, for example 1 April 2026.").optional(),
    to: isoDate("Enter a real date for “To”, for example 31 March 2027.").optional(),
  })
  .superRefine((filters, ctx) => {
    // Runs even when a field was refused (zod checks the object too): only two real days are compared.
    if (filters.from instanceof Date && filters.to instanceof Date && filters.from.getTime() > filters.to.getTime()) {
      ctx.addIssue({ code: "custom", path: ["to"], message: "“To” must be on or after “From”." });
    }
    const { kind, action } = filters;
    if (kind && action && isKnownKind(kind) && isKnownVerb(action) && !kindHasVerb(kind, action)) {
      ctx.addIssue({
        code: "custom",
        path: ["action"],
        message: `No ${kindLabel(kind).toLowerCase()} is ever “${actionLabel(action).toLowerCase()}”: choose another action, or any.`,
      });
    }
  });

export type AuditFilters = z.output<typeof auditFiltersSchema>;
export type AuditFilterField = keyof AuditFilters;
export const AUDIT_FILTER_FIELDS = ["person", "kind", "action", "from", "to"] as const satisfies readonly AuditFilterField[];

/** What the form was sent, as sent (shown back in the form whether or not it was valid). */
export type AuditFilterInput = Partial<Record<AuditFilterField, string>>;
export type AuditFilterErrors = Partial<Record<AuditFilterField, string[]>>;

/** Where a page starts: after (older than) or before (newer than) one row, by its time and id. */
export type AuditCursor = { direction: "older" | "newer"; at: Date; id: string };

export type ParsedAuditQuery = {
  input: AuditFilterInput;
  /** The valid filters, or null when any is refused (the log then shows nothing rather than a wrong list). */
  filters: AuditFilters | null;
  errors: AuditFilterErrors;
  cursor: AuditCursor | null;
};

type Params = Record<string, string | string[] | undefined> | URLSearchParams;

function reader(params: Params) {
  return (key: string): string | undefined => {
    const raw = params instanceof URLSearchParams ? (params.get(key) ?? undefined) : params[key];
    const text = Array.isArray(raw) ? raw[0] : raw;
    return text && text.trim() ? text.trim().slice(0, 200) : undefined;
  };
}

/** "<milliseconds since 1970>_<row id>": a row's place in the log, newest first by time, then id. */
export function encodeCursor(row: { at: Date; id: string }): string {
  return `${row.at.getTime()}_${row.id}`;
}

function decodeCursor(direction: AuditCursor["direction"], text: string | undefined): AuditCursor | null {
  const match = text ? /^(\d{1,15})_([A-Za-z0-9_-]{1,64})$/.exec(text) : null;
  if (!match) return null;
  const at = new Date(Number(match[1]));
  return Number.isNaN(at.getTime()) ? null : { direction, at, id: match[2]! };
}

/** The page's searchParams or the download's URLSearchParams, read into filters, their errors and the page's cursor. */
export function parseAuditQuery(params: Params): ParsedAuditQuery {
  const one = reader(params);
  const input: AuditFilterInput = {};
  for (const field of AUDIT_FILTER_FIELDS) {
    const value = one(field);
    if (value !== undefined) input[field] = value;
  }
  const parsed = auditFiltersSchema.safeParse(input);
  // A broken page link (a cursor that is not one) starts from the newest entries.
  const cursor = decodeCursor("older", one("older")) ?? decodeCursor("newer", one("newer"));
  if (parsed.success) return { input, filters: parsed.data, errors: {}, cursor };
  // One message per field, once (a date that is not one fails two of its checks with the same words).
  const errors: AuditFilterErrors = {};
  for (const [field, messages] of Object.entries(z.flattenError(parsed.error).fieldErrors) as [AuditFilterField, string[]][]) errors[field] = [...new Set(messages)];
  return { input, filters: null, errors, cursor };
}

/** The filters as a query string (no "?"), in a stable order: for the page's links and its downloads. */
export function auditFilterQuery(input: AuditFilterInput): string {
  const params = new URLSearchParams();
  for (const field of AUDIT_FILTER_FIELDS) if (input[field]) params.set(field, input[field]!);
  return params.toString();
}

/**
 * The whole query of a page of the log in one spelling (filters in order, then
 * the cursor): the kept copy of the page is keyed and signed by it
 * (app/audit-view, app/audit-render), so two spellings of one page are one copy.
 */
export function canonicalAuditQuery(parsed: ParsedAuditQuery): string {
  const params = new URLSearchParams(auditFilterQuery(parsed.input));
  if (parsed.cursor) params.set(parsed.cursor.direction, encodeCursor(parsed.cursor));
  return params.toString();
}
