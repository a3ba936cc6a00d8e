// A measures cell, as Derbyshire's plan writes it: several measures, each
// ending "By when: <when>" — a date ("30 June 2025"), a rhythm ("Quarterly",
// "Monthly from June 2025", "Bi-monthly (Academic Year)") or a mix ("Annual
// worker survey (DCC) Quarterly"). Each measure becomes a milestone; a rhythm
// becomes a recurring one. Pure: no I/O.
import type { Frequency } from "@/lib/generated/prisma/enums";
import { cleanCell, oneLine } from "./cells";

const BY_WHEN = /\bby when\s*:\s*/i;
import { readDateCell, type DateReading } from "./dates";

export type Measure = { text: string; byWhen: string };

/** "Text one By when: Monthly Text two By when: 30 June 2025" → two measures. Text with no "By when" is one measure with none. */
export function splitMeasures(cell: string | null | undefined): Measure[] {
  // One measure to a line, each with its own "By when" (as Stocktake's download writes them): the lines say where each ends.
  const lines = (cell ?? "").split(/\r?\n/).map(oneLine).filter(Boolean);
  if (lines.length > 1 && lines.every((line) => BY_WHEN.test(line))) {
    return lines.map((line) => {
      const at = line.search(BY_WHEN);
      return { text: line.slice(0, at).trim(), byWhen: line.slice(at).replace(BY_WHEN, "").trim() };
    });
  }
  const { text } = cleanCell(cell);
  if (!text) return [];
  const parts = text.split(/\s*\bby when\s*:\s*/i);
  if (parts.length === 1) return [{ text, byWhen: "" }];
  const measures: Measure[] = [];
  let pending = parts[0]!;
  for (let i = 1; i < parts.length; i++) {
    const segment = parts[i]!;
    const last = i === parts.length - 1;
    // The "when" is the segment's first words: a rhythm or a date; what follows is the next measure's text.
    const { when, rest } = last ? { when: segment, rest: "" } : splitWhen(segment);
    measures.push({ text: pending.trim(), byWhen: when.trim() });
    pending = rest;
  }
  return measures.filter((m) => m.text || m.byWhen);
}

const RHYTHM_WORDS = String.raw`(?:bi-?monthly|every two months|monthly|quarterly|termly|six[- ]?monthly|half[- ]?yearly|bi-?annually|annually|annual|yearly|weekly|fortnightly)`;
const WHEN_AT_START = new RegExp(
  String.raw`^((?:${RHYTHM_WORDS}(?:\s+from\s+[a-z]+\s+\d{4})?(?:\s*\([^)]*\))?)|(?:\d{1,2}\s*(?:st|nd|rd|th)?\s+[a-z]+\s+\d{4})|(?:[a-z]+\s+\d{4})|tbc|ongoing)(?=\s|$)\s*`,
  "i",
);

function splitWhen(segment: string): { when: string; rest: string } {
  const match = WHEN_AT_START.exec(segment);
  if (!match) return { when: "", rest: segment };
  return { when: match[1]!, rest: segment.slice(match[0].length) };
}

export type WhenReading =
  | { kind: "once"; date: DateReading & { kind: "date" } }
  | { kind: "recurring"; frequency: Frequency; from: Date | null; note: string | null }
  | { kind: "unconfirmed"; text: string }
  | { kind: "none" }
  | { kind: "unreadable"; text: string; reason: string };

/** Rhythm words, each with the frequency it is tracked at and, where that is not its own, what to say. */
const RHYTHMS: readonly [RegExp, Frequency, string | null][] = [
  [/\b(?:bi-?monthly|every two months)\b/gi, "BIMONTHLY", null],
  [/(?<!bi-?)\b(?:monthly|every month)\b/gi, "MONTHLY", null],
  [/\b(?:quarterly|every quarter)\b/gi, "QUARTERLY", null],
  [/\btermly\b/gi, "QUARTERLY", "termly is tracked quarterly"],
  [/\b(?:six[- ]?monthly|half[- ]?yearly|bi-?annually|every six months)\b/gi, "SIX_MONTHLY", null],
  [/(?<!bi-?)\b(?:annually|annual|yearly|every year)\b/gi, "ANNUALLY", null],
];

/** Every rhythm the text names, in the order it names them. */
function rhythmsIn(text: string): { at: number; word: string; frequency: Frequency; note: string | null }[] {
  const found = RHYTHMS.flatMap(([pattern, frequency, note]) => [...text.matchAll(pattern)].map((m) => ({ at: m.index, word: m[0].toLowerCase(), frequency, note })));
  // The longest reading of each place: "Six Monthly" is six-monthly, not also monthly.
  found.sort((a, b) => a.at - b.at || b.word.length - a.word.length);
  return found.filter((r, i) => !found.slice(0, i).some((earlier) => r.at < earlier.at + earlier.word.length));
}

/**
 * A "by when": one date, a rhythm (with where it starts, when it says), or
 * no agreed date yet. One that names two rhythms ("Annual worker survey
 * (DCC) Quarterly") is tracked at the last, and says so.
 */
export function readWhen(byWhen: string): WhenReading {
  const { text } = cleanCell(byWhen);
  if (!text) return { kind: "none" };
  const rhythms = rhythmsIn(text);
  const rhythm = rhythms.at(-1);
  if (rhythm) {
    const named = [...new Set(rhythms.map((r) => r.word))];
    const note = named.length > 1 ? `names ${named.length} rhythms (${named.join(", ")}): tracked ${rhythm.word}, the last` : rhythm.note;
    const from = /\bfrom\s+(.+?)(?:\s*\(|$)/i.exec(text);
    if (!from) return { kind: "recurring", frequency: rhythm.frequency, from: null, note };
    const start = readDateCell(from[1]!, "due");
    if (start.kind !== "date") return { kind: "unreadable", text, reason: `“${from[1]}” is not a date this import can read` };
    return { kind: "recurring", frequency: rhythm.frequency, from: start.date, note };
  }
  const date = readDateCell(text, "due");
  if (date.kind === "date") return { kind: "once", date };
  if (date.kind === "unconfirmed") return { kind: "unconfirmed", text };
  return { kind: "unreadable", text, reason: date.kind === "unreadable" ? date.reason : `“${text}” is not a date or a rhythm` };
}
