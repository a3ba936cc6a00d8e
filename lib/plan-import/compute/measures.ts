// A measures cell, as Derbyshire's plan writes it: several measures, each
// ending "By when: <when>" — a date ("30 June 2025"), a rhythm ("Quarterly",
// "Monthly from June 2025", "Bi-monthly (Academic Year)") or a mix ("Annual
// worker survey (DCC) Quarterly"). Each measure becomes a milestone; a rhythm
// becomes a recurring one. Pure: no I/O.
import type { Frequency } from "@/lib/generated/prisma/enums";
import { cleanCell } from "./cells";
import { readDateCell, type DateReading } from "./dates";

export type Measure = { text: string; byWhen: string };

/** "Text one By when: Monthly Text two By when: 30 June 2025" → two measures. Text with no "By when" is one measure with none. */
export function splitMeasures(cell: string | null | undefined): Measure[] {
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

const RHYTHM_WORDS = String.raw`(?:bi-?monthly|monthly|quarterly|termly|six[- ]?monthly|half[- ]?yearly|bi-?annually|annually|annual|yearly|weekly|fortnightly)`;
const WHEN_AT_START = new RegExp(
  String.raw`^((?:${RHYTHM_WORDS}(?:\s+from\s+[a-z]+\s+\d{4})?(?:\s*\([^)]*\))?)|(?:\d{1,2}(?:st|nd|rd|th)?\s+[a-z]+\s+\d{4})|(?:[a-z]+\s+\d{4})|tbc|ongoing)\b\s*`,
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

const RHYTHMS: readonly [RegExp, Frequency, string | null][] = [
  [/^bi-?monthly\b/i, "MONTHLY", "every two months has no rhythm of its own here: tracked monthly"],
  [/^(?:monthly|every month)\b/i, "MONTHLY", null],
  [/^(?:quarterly|every quarter)\b/i, "QUARTERLY", null],
  [/^termly\b/i, "QUARTERLY", "termly is tracked quarterly"],
  [/^(?:six[- ]?monthly|half[- ]?yearly|bi-?annually|every six months)\b/i, "SIX_MONTHLY", null],
  [/^(?:annually|annual|yearly|every year)\b/i, "ANNUALLY", null],
];

/** A "by when": one date, a rhythm (with where it starts, when it says), or no agreed date yet. */
export function readWhen(byWhen: string): WhenReading {
  const { text } = cleanCell(byWhen);
  if (!text) return { kind: "none" };
  for (const [pattern, frequency, note] of RHYTHMS) {
    if (!pattern.test(text)) continue;
    const from = /\bfrom\s+(.+?)(?:\s*\(|$)/i.exec(text);
    if (!from) return { kind: "recurring", frequency, from: null, note };
    const start = readDateCell(from[1]!, "due");
    if (start.kind !== "date") return { kind: "unreadable", text, reason: `“${from[1]}” is not a date this import can read` };
    return { kind: "recurring", frequency, from: start.date, note };
  }
  const date = readDateCell(text, "due");
  if (date.kind === "date") return { kind: "once", date };
  if (date.kind === "unconfirmed") return { kind: "unconfirmed", text };
  return { kind: "unreadable", text, reason: date.kind === "unreadable" ? date.reason : `“${text}” is not a date or a rhythm` };
}
