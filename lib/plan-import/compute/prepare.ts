// An upload, prepared for its page, its confirmation and the command line
// alike: the sheet chosen, its header row, a field per column (chosen, else
// remembered for these headers, else suggested), the status words the file
// uses that nothing maps yet, and the preview of every row. The page, the
// confirm and `npm run admin -- plan import` all call this, so the import
// saves exactly what the preview showed. Pure: the workbook, the plan and
// the partnership's remembered choices are passed in.
import type { Status } from "@/lib/generated/prisma/enums";
import { formatUkDate } from "@/lib/dates/format";
import { STATUSES, type StatusLabels } from "@/lib/plan/status";
import type { ImportChoices } from "../choices";
import { columnName, type Workbook } from "../read";
import { isMonthYearColumn } from "./dates";
import { headerRowIndex, mappingProblems, suggestMapping, type ImportField } from "./mapping";
import { previewImport, type ExistingPlan, type ImportPreview } from "./preview";
import type { Heading, SheetCell, SheetRow } from "./rows";
import { settleRows } from "./rows";
import { readStatusCell, statusKey } from "./status";
import { cleanCell } from "./cells";

/** What the partnership remembers from earlier imports (Partnership.importMapping, importStatusWords). */
export type Remembered = {
  /** A field per column, by the headers' key (rememberedKey). */
  mapping: Record<string, ImportField[]>;
  words: Record<string, Status>;
};

export type PrepareContext = {
  existing: ExistingPlan;
  members: readonly { membershipId: string; name: string }[];
  labels: StatusLabels;
  remembered: Remembered;
};

export type ImportColumn = { index: number; letter: string; header: string; field: ImportField; sample: string };
export type StatusWord = { key: string; text: string; status: Status | null; rows: number };

export type PreparedImport = {
  sheets: string[];
  sheet: string;
  headerRow: number | null;
  problem: string | null;
  headers: string[];
  columns: ImportColumn[];
  mappingProblems: string[];
  statusWords: StatusWord[];
  statusOptions: { value: Status; label: string }[];
  /** The words the preview used: the saved ones, then the admin's choices over them. */
  synonyms: Record<string, Status>;
  preview: ImportPreview | null;
  headings: Heading[];
};

/** The partnership's five labels, in the order the app lists states. */
export const statusOptionsOf = (labels: StatusLabels) => STATUSES.map((value) => ({ value, label: labels[value] }));

/** How a set of headers is remembered: each header's words, lowercase. */
export function rememberedKey(headers: readonly string[]): string {
  return headers.map(statusKey).join(" | ");
}

/** The remembered choices as stored (JSON of any shape written before): only well-formed entries. */
export function readRemembered(mapping: unknown, words: unknown): Remembered {
  const fields = new Set<string>(["area", "outcome", "action", "code", "measure", "lead", "start", "due", "status", "tags", "notes", "ignore"]);
  const isObject = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null && !Array.isArray(value);
  return {
    mapping: Object.fromEntries(
      Object.entries(isObject(mapping) ? mapping : {}).filter(
        (entry): entry is [string, ImportField[]] => Array.isArray(entry[1]) && entry[1].every((f) => typeof f === "string" && fields.has(f)),
      ),
    ),
    words: Object.fromEntries(Object.entries(isObject(words) ? words : {}).filter((entry): entry is [string, Status] => (STATUSES as readonly unknown[]).includes(entry[1]))),
  };
}

const cellText = (cell: SheetCell | undefined): string => (cell instanceof Date ? formatUkDate(cell) : cleanCell(cell ?? "").text);
const filled = (cell: SheetCell | undefined) => cellText(cell) !== "";

export function prepareImport(workbook: Workbook, choices: ImportChoices, context: PrepareContext): PreparedImport {
  const sheets = workbook.sheets.map((s) => s.name);
  const chosen = workbook.sheets.find((s) => s.name === choices.sheet) ?? workbook.sheets[0]!;
  const statusOptions = statusOptionsOf(context.labels);
  const empty = { headers: [], columns: [], mappingProblems: [], statusWords: [], statusOptions, synonyms: {}, preview: null, headings: [] };
  const rows = chosen.rows;
  const headerIndex = headerRowIndex(rows.map((r) => r.cells));
  if (headerIndex === null) {
    return {
      sheets,
      sheet: chosen.name,
      headerRow: null,
      problem:
        "None of the first 20 rows reads as a header naming the actions and another column (such as “Action” and “Lead”): add a header row above the plan, or choose another sheet.",
      ...empty,
    };
  }
  const header = rows[headerIndex]!;
  const data = rows.slice(headerIndex + 1);
  if (!data.some((row) => row.cells.some(filled))) {
    return { sheets, sheet: chosen.name, headerRow: header.number, problem: `Row ${header.number} is the header, but nothing is under it.`, ...empty };
  }
  const width = Math.max(lastFilled(header) + 1, ...data.slice(0, 200).map((row) => lastFilled(row) + 1));
  const headers = Array.from({ length: width }, (_, i) => cellText(header.cells[i]));
  const fields = choices.fields ? headers.map((_, i): ImportField => choices.fields![i] ?? "ignore") : suggestMapping(headers, rememberedFor(headers, context.remembered));
  const columns = headers.map((text, index) => ({
    index,
    letter: columnName(index),
    header: text,
    field: fields[index]!,
    sample: cellText(data.find((row) => filled(row.cells[index]))?.cells[index]),
  }));
  const problems = mappingProblems(fields);
  const { planRows, headings } = settleRows(data, fields);
  const statusWords = unknownWords(
    planRows.map((r) => r.status),
    context,
    choices,
  );
  const synonyms = { ...context.remembered.words, ...choices.words };
  const columnOf = (field: ImportField) => data.map((row) => row.cells[fields.indexOf(field)] ?? null);
  const preview = problems.length
    ? null
    : previewImport(planRows, {
        existing: context.existing,
        members: context.members,
        labels: context.labels,
        synonyms,
        monthYear: {
          start: fields.includes("start") && isMonthYearColumn(columnOf("start")),
          due: fields.includes("due") && isMonthYearColumn(columnOf("due")),
        },
      });
  return {
    sheets,
    sheet: chosen.name,
    headerRow: header.number,
    problem: null,
    headers,
    columns,
    mappingProblems: problems,
    statusWords,
    statusOptions,
    synonyms,
    preview,
    headings,
  };
}

function lastFilled(row: SheetRow): number {
  for (let i = row.cells.length - 1; i >= 0; i--) if (filled(row.cells[i])) return i;
  return -1;
}

function rememberedFor(headers: string[], remembered: Remembered) {
  const fields = remembered.mapping[rememberedKey(headers)];
  return fields && fields.length === headers.length ? { headers, fields } : undefined;
}

/** Every status text no label or synonym knows, once, with how many rows use it and the admin's word for it so far. */
function unknownWords(statuses: readonly string[], context: PrepareContext, choices: ImportChoices): StatusWord[] {
  const words = new Map<string, StatusWord>();
  for (const status of statuses) {
    const reading = readStatusCell(status, context.labels);
    if (reading.kind !== "unknown") continue;
    const key = statusKey(reading.text);
    const word = words.get(key) ?? { key, text: reading.text, status: choices.words[key] ?? context.remembered.words[key] ?? null, rows: 0 };
    word.rows++;
    words.set(key, word);
  }
  return [...words.values()];
}
