// Which field each column of an uploaded plan holds, suggested from its
// header. Council plans come in two common shapes, and both map without
// editing the file:
// - Derbyshire: Priority impact area | Desired outcome | Action | How will we
//   measure impact … and by when | Lead | Timescale;
// - Hull: Strategic priority | What do we want to achieve | What we will do |
//   Intended outcomes and impact | Impact measures | Strategic lead | Start
//   date | Due date | SEF/DBV/AFI | Status.
// The admin can change every suggestion; the mapping is then remembered per
// partnership by its headers. Pure: no I/O.
import { statusKey } from "./status";

export const IMPORT_FIELDS = ["area", "outcome", "action", "code", "measure", "lead", "start", "due", "status", "tags", "notes", "ignore"] as const;
export type ImportField = (typeof IMPORT_FIELDS)[number];

export const IMPORT_FIELD_LABELS: Record<ImportField, string> = {
  area: "Priority area",
  outcome: "Outcome",
  action: "Action",
  code: "Action code",
  measure: "Measure or milestone (and by when)",
  lead: "Lead",
  start: "Start date",
  due: "Due date",
  status: "Status",
  tags: "Tags (SEF, DBV, AFI)",
  notes: "Notes",
  ignore: "Ignore this column",
};

/** Fields a plan has one column of; notes and ignore may take many. */
const SINGLE: ReadonlySet<ImportField> = new Set(["area", "outcome", "action", "code", "measure", "lead", "start", "due", "status", "tags"]);

/** Header words for each field, most telling first; the first rule a header meets wins. */
const RULES: readonly [ImportField, RegExp][] = [
  ["measure", /\bhow (?:will|do) we (?:measure|know)\b|\bimpact measures?\b|\bmeasures? of (?:success|impact)\b|\bmilestones?\b|\bkpis?\b|\bby when\b/],
  ["tags", /\bsef\b|\bdbv\b|\bafi\b|\btags?\b|\bsources?\b/],
  ["status", /\bstatus\b|\brag\b|\bprogress rating\b/],
  ["start", /\bstart(?:s|ing)?\b.*\bdate\b|\bdate\b.*\bstart|\bfrom\b|^start$/],
  ["due", /\bdue\b|\bdeadline\b|\bend date\b|\bcompletion date\b|\btimescales?\b|\btarget date\b|\bby when\b|\bdate\b/],
  ["code", /\bcode\b|\bref(?:erence)?\b|\bno\b|\bid\b|^#$/],
  ["lead", /\blead\b|\bowner\b|\bresponsible\b|\baccountable\b/],
  ["area", /\bpriorit(?:y|ies)\b|\bimpact area\b|\barea\b|\btheme\b|\bworkstream\b|\bpillar\b/],
  ["outcome", /\bdesired outcomes?\b|\bwhat do we want to achieve\b|\bobjectives?\b|\baims?\b|\bgoals?\b/],
  ["action", /\bactions?\b|\bwhat we will do\b|\bwhat will we do\b|\bactivit(?:y|ies)\b|\btasks?\b|\bdeliverables?\b/],
  ["notes", /\bintended outcomes?\b|\bimpact\b|\bnotes?\b|\bcomments?\b|\bupdate\b|\bcommentary\b/],
];

/** The field a header suggests on its own, or null. */
export function fieldForHeader(header: string): ImportField | null {
  const words = statusKey(header);
  if (!words) return null;
  for (const [field, pattern] of RULES) if (pattern.test(words)) return field;
  return null;
}

/**
 * A field per column: each header's suggestion, a single field going to its
 * first column only (a second "Date" column is not a second due date), and
 * what no rule names ignored. A mapping remembered for the same headers wins.
 */
export function suggestMapping(headers: readonly string[], remembered?: { headers: readonly string[]; fields: readonly ImportField[] }): ImportField[] {
  if (remembered && remembered.headers.length === headers.length && remembered.headers.every((h, i) => statusKey(h) === statusKey(headers[i] ?? ""))) return [...remembered.fields];
  const taken = new Set<ImportField>();
  return headers.map((header) => {
    const field = fieldForHeader(header);
    if (!field || (SINGLE.has(field) && taken.has(field))) return field === "due" && !taken.has("start") && /\bdate\b/.test(statusKey(header)) ? take("start") : "ignore";
    return take(field);
  });
  function take(field: ImportField): ImportField {
    taken.add(field);
    return field;
  }
}

/** What is wrong with a mapping, field by field: a plan needs its actions, and a single field may not be chosen twice. */
export function mappingProblems(fields: readonly ImportField[]): string[] {
  const problems: string[] = [];
  if (!fields.includes("action")) problems.push("Choose the column that holds the actions.");
  if (!fields.includes("area")) problems.push("Choose the column that holds the priority areas.");
  for (const field of SINGLE) {
    if (fields.filter((f) => f === field).length > 1) problems.push(`Only one column can be “${IMPORT_FIELD_LABELS[field]}”.`);
  }
  return problems;
}

/**
 * Which of the first rows is the header: the first that names at least two
 * fields, one of them the actions. Rows above it (a title, "As at …", the
 * filters Stocktake's downloads write) are not data. Null when none does.
 */
export function headerRowIndex(rows: readonly (readonly unknown[])[], lookAhead = 20): number | null {
  for (let i = 0; i < Math.min(rows.length, lookAhead); i++) {
    const fields = rows[i]!.map((cell) => (typeof cell === "string" ? fieldForHeader(cell) : null)).filter((f) => f && f !== "ignore");
    if (fields.length >= 2 && fields.includes("action")) return i;
  }
  return null;
}
