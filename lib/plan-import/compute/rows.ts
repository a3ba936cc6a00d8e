// A sheet's rows as the plan they write, read the way the person who made
// the spreadsheet meant them:
// - a blank area, outcome or lead under a merged cell means "same as the row
//   above";
// - a heading row ("Priority Impact Area 1" in one cell and "Leadership and
//   governance" in the next, nothing else) starts an area;
// - a row that holds only the wrapped end of the row above's text (no code,
//   no dates, no status, in a plan whose actions have them) joins that row.
// Each is said with its row number, so the preview shows what was read.
// Pure: no I/O.
import { cleanCell } from "./cells";
import type { ImportField } from "./mapping";

export type SheetCell = string | Date | null;
/** A spreadsheet row: its number as the spreadsheet shows it (1 is the first), and its cells. */
export type SheetRow = { number: number; cells: readonly SheetCell[] };

export type PlanRow = {
  /** The spreadsheet rows it was read from: its own, then any it joined. */
  rows: number[];
  area: string;
  outcome: string;
  action: string;
  code: string | null;
  /** With its line breaks (splitMeasures reads them). */
  measure: string;
  lead: string;
  start: SheetCell;
  due: SheetCell;
  status: string;
  tags: string;
  notes: string;
  /** What the reading did, in words, each with its row number. */
  said: string[];
};

export type Heading = { number: number; text: string };

/** The fields carried down from the row above when blank (merged cells). */
const CARRIED = ["area", "outcome", "lead"] as const;
/** The text fields a wrapped row continues. */
const CONTINUED = ["action", "outcome", "measure", "notes"] as const;

/** "Priority Impact Area 1", "Area for Improvement 2:", "PIA3", "Strategic priority 4 –". */
const HEADING = /^(?:priority(?: impact| action)? area|area for improvement|strategic priority|priority|pia|apa|afi)\s*\d+\b/i;

/** A code at the start of an action ("1.1a Develop …", "AFI2.1: Review …"). */
const LEADING_CODE = /^((?:\d+\.)+\d*[a-z]?|[A-Z]{2,4}\d+(?:\.\d+)*[a-z]?)(?:[\s:.)–-]+)(\S.*)$/;

const text = (cell: SheetCell | undefined): string => (cell instanceof Date ? "" : cleanCell(cell).text);
/** The measures keep their line breaks: one measure to a line is how many plans (and Stocktake's download) separate them. */
const lines = (cell: SheetCell | undefined): string =>
  cell instanceof Date || !cell
    ? ""
    : cell
        .split(/\r?\n/)
        .map((line) => cleanCell(line).text)
        .filter(Boolean)
        .join("\n");
const filled = (cell: SheetCell | undefined): boolean => cell instanceof Date || text(cell) !== "";

/** The cell of a field (the first column mapped to it; notes joins every notes column). */
function cellOf(row: SheetRow, fields: readonly ImportField[], field: ImportField): SheetCell {
  if (field === "notes") {
    const notes = fields.flatMap((f, i) => (f === "notes" ? [text(row.cells[i])] : [])).filter(Boolean);
    return notes.join(" ");
  }
  const index = fields.indexOf(field);
  return index === -1 ? null : (row.cells[index] ?? null);
}

/** An action's code and title: the code column's, or a code the action's text starts with. */
export function splitCode(action: string, codeCell: string): { code: string | null; title: string } {
  if (codeCell) return { code: codeCell, title: action };
  const match = LEADING_CODE.exec(action);
  return match ? { code: match[1]!, title: match[2]! } : { code: null, title: action };
}

function isHeading(row: SheetRow): string | null {
  const texts = row.cells.map(text).filter(Boolean);
  if (!texts.length || texts.length > 2 || row.cells.some((c) => c instanceof Date)) return null;
  const joined = texts.join(" ").replace(/\s*[:–-]\s*$/, "");
  return HEADING.test(joined) ? joined.replace(/\s*:\s*/, ": ").replace(/: ?$/, "") : null;
}

function read(row: SheetRow, fields: readonly ImportField[]): PlanRow {
  const action = text(cellOf(row, fields, "action"));
  const { code, title } = splitCode(action, text(cellOf(row, fields, "code")));
  return {
    rows: [row.number],
    area: text(cellOf(row, fields, "area")),
    outcome: text(cellOf(row, fields, "outcome")),
    action: title,
    code,
    measure: lines(cellOf(row, fields, "measure")),
    lead: text(cellOf(row, fields, "lead")),
    start: cellOf(row, fields, "start"),
    due: cellOf(row, fields, "due"),
    status: text(cellOf(row, fields, "status")),
    tags: text(cellOf(row, fields, "tags")),
    notes: text(cellOf(row, fields, "notes")),
    said: [],
  };
}

/** Whether a row carries what marks an action in this sheet: a code, a date or a status. */
const marked = (row: PlanRow) => Boolean(row.code || filled(row.start) || filled(row.due) || row.status);

/**
 * The plan's rows, with headings taken out and wrapped rows joined. Rows
 * before the header and blank rows are the caller's to drop (`rows` holds
 * the data rows only).
 */
export function settleRows(rows: readonly SheetRow[], fields: readonly ImportField[]): { planRows: PlanRow[]; headings: Heading[] } {
  const headings: Heading[] = [];
  const candidates: (PlanRow | Heading)[] = [];
  for (const row of rows) {
    if (!row.cells.some(filled)) continue;
    const heading = isHeading(row);
    if (heading && !text(cellOf(row, fields, "action"))) headings.push({ number: row.number, text: heading });
    candidates.push(heading && !text(cellOf(row, fields, "action")) ? { number: row.number, text: heading } : read(row, fields));
  }
  const readRows = candidates.filter((c): c is PlanRow => "rows" in c);
  // Only a plan whose actions carry a code, a date or a status can tell a wrapped row from a new action.
  const actionsMarked = readRows.filter(marked).length * 2 > readRows.length;
  const planRows: PlanRow[] = [];
  let heading: Heading | null = null;
  for (const candidate of candidates) {
    if (!("rows" in candidate)) {
      heading = candidate;
      continue;
    }
    const row = candidate;
    const above = planRows.at(-1);
    const onlyText = !row.area && !row.lead && !row.tags && !marked(row);
    if (above && actionsMarked && onlyText) {
      for (const field of CONTINUED) if (row[field]) above[field] = `${above[field]} ${row[field]}`.trim();
      above.said.push(`row ${row.rows[0]} joined to row ${above.rows[0]}: it holds the end of that row's text (no code, dates or status)`);
      above.rows.push(...row.rows);
      continue;
    }
    if (!row.area && heading && (!above || above.rows[0]! < heading.number)) {
      row.area = heading.text;
      row.said.push(`row ${row.rows[0]}: area from the heading in row ${heading.number}`);
    }
    for (const field of CARRIED) {
      if (row[field] || !above) continue;
      if (field !== "area" && row.area !== above.area) continue;
      row[field] = above[field];
      if (above[field]) row.said.push(`row ${row.rows[0]}: ${field} same as row ${above.rows[0]} above`);
    }
    planRows.push(row);
  }
  return { planRows, headings };
}
