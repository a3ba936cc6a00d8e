// What the admin chose on an upload's page, read the same way from the GET
// forms' query (sheet=, col0..colN=<field>, word.<statusKey>=<STATUS>) and
// from the confirming POST, which carries the same names. Unknown fields and
// states are ignored, never guessed. Pure.
import type { Status } from "@/lib/generated/prisma/enums";
import { STATUSES } from "@/lib/plan/status";
import { IMPORT_FIELDS, type ImportField } from "./compute/mapping";
import { statusKey } from "./compute/status";

export type ImportChoices = {
  /** The sheet chosen (an XLSX's sheet name); null: the first. */
  sheet: string | null;
  /** A field per column, by index; null: none chosen (remembered or suggested). */
  fields: ImportField[] | null;
  /** The admin's own status words: statusKey(text) → state. */
  words: Record<string, Status>;
};

export const NO_CHOICES: ImportChoices = { sheet: null, fields: null, words: {} };

type Params = Record<string, string | string[] | undefined>;

const one = (value: string | string[] | undefined): string | undefined => (Array.isArray(value) ? value[0] : value);
const isField = (value: string | undefined): value is ImportField => (IMPORT_FIELDS as readonly string[]).includes(value ?? "");
const isStatus = (value: string | undefined): value is Status => (STATUSES as readonly string[]).includes(value ?? "");

/** Columns past the highest one named; more than a sheet could sensibly have is a made-up address. */
const MAX_COLUMNS = 200;

export function choicesFromSearchParams(params: Params): ImportChoices {
  const sheet = one(params.sheet);
  const chosen = new Map<number, ImportField>();
  const words: Record<string, Status> = {};
  for (const [name, raw] of Object.entries(params)) {
    const value = one(raw);
    const column = /^col(\d{1,3})$/.exec(name);
    if (column) {
      const index = Number(column[1]);
      if (index < MAX_COLUMNS && isField(value)) chosen.set(index, value);
      continue;
    }
    if (name.startsWith("word.") && isStatus(value)) {
      const key = statusKey(name.slice("word.".length));
      if (key) words[key] = value;
    }
  }
  const last = Math.max(-1, ...chosen.keys());
  // A column the form left out is ignored rather than guessed: the form always sends every column.
  const fields = last < 0 ? null : Array.from({ length: last + 1 }, (_, i): ImportField => chosen.get(i) ?? "ignore");
  return { sheet: sheet ? sheet : null, fields, words };
}

/** The confirming form's fields, named as the query. */
export function choicesFromFormData(form: FormData): ImportChoices {
  const params: Params = {};
  for (const [name, value] of form.entries()) if (typeof value === "string" && !(name in params)) params[name] = value;
  return choicesFromSearchParams(params);
}
