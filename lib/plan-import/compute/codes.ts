// The codes an imported plan's items go by. A plan writes an area as
// "PIA1 — Leadership", "Priority Impact Area 1: Leadership" or just
// "Leadership"; an outcome as "1.1 — Children's needs are identified" or just
// the sentence. Written codes are kept; an item without one is matched to the
// partnership's by its words, or given the next free code in the plan's own
// pattern (P1, P2 … for areas; 1.1, 1.2 … for outcomes; 1.1a, 1.1b … for
// actions), so a second import of the same file finds the same items. Pure.
import { cleanCell } from "./cells";

/** "Priority Impact Area 1" → PIA1, "Area for Improvement 2" → AFI2, "Strategic priority 3" → SP3, "PIA 4" → PIA4. */
const NAMED_AREA: readonly [RegExp, string][] = [
  [/^priority (?:impact|action) area\s*(\d+)/i, "PIA"],
  [/^area for improvement\s*(\d+)/i, "AFI"],
  [/^strategic priority\s*(\d+)/i, "SP"],
  [/^priority\s*(\d+)/i, "P"],
  [/^(pia|apa|afi|sp)\s*(\d+)/i, ""],
];

const AFTER_CODE = /^[\s:.)–—-]+/;

/** An area cell's code (when it writes one) and title. */
export function readAreaCell(cell: string): { code: string | null; title: string } {
  const text = cleanCell(cell).text;
  for (const [pattern, prefix] of NAMED_AREA) {
    const match = pattern.exec(text);
    if (!match) continue;
    const code = prefix ? `${prefix}${match[1]}` : `${match[1]!.toUpperCase()}${match[2]}`;
    const title = text.slice(match[0].length).replace(AFTER_CODE, "").trim();
    return { code, title: title || text };
  }
  return { code: null, title: text };
}

/** An outcome cell's code ("1.1", "2.3") when it starts with one, and its words. */
export function readOutcomeCell(cell: string): { code: string | null; text: string } {
  const text = cleanCell(cell).text;
  const match = /^(\d+\.\d+)(?=[\s:.)–—-])[\s:.)–—-]+(.+)$/.exec(text);
  return match ? { code: match[1]!, text: match[2]!.trim() } : { code: null, text };
}

/** How two texts compare as the same item: letter case, punctuation and spacing aside. */
export const sameWords = (a: string, b: string) => wordsOf(a) === wordsOf(b);
/** A text as sameWords compares it (for an index of many). */
export const wordsOf = (text: string) =>
  text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, " ")
    .trim();

/** The first of `candidates` no one has taken; takes it. */
function nextFree(taken: Set<string>, candidates: (n: number) => string): string {
  for (let n = 1; ; n++) {
    const code = candidates(n);
    if (!taken.has(code.toLowerCase())) {
      taken.add(code.toLowerCase());
      return code;
    }
  }
}

/**
 * The number an area's outcomes go by: its code's ("PIA3" → 3), else its
 * place in the plan (an area whose code was made up here, or has no number).
 */
export function outcomeNumber(areaCode: string | null, place: number): number {
  const digits = areaCode ? /(\d+)$/.exec(areaCode)?.[1] : undefined;
  return digits ? Number(digits) : place;
}

/** Letters for the actions of an outcome: a … z, then aa, ab … */
function letters(n: number): string {
  let name = "";
  for (let i = n; i > 0; i = Math.floor((i - 1) / 26)) name = String.fromCharCode(97 + ((i - 1) % 26)) + name;
  return name;
}

/** Hands out codes for items that have none, never one already in the plan or the file. */
export class CodeBook {
  private readonly taken = new Set<string>();

  constructor(existing: Iterable<string>) {
    for (const code of existing) this.taken.add(code.toLowerCase());
  }

  /** A code written in the file: now taken. */
  take(code: string) {
    this.taken.add(code.toLowerCase());
  }

  has(code: string): boolean {
    return this.taken.has(code.toLowerCase());
  }

  area(): string {
    return nextFree(this.taken, (n) => `P${n}`);
  }

  /** The next outcome of an area whose outcomes are numbered `number` (3 → 3.1, 3.2 …). */
  outcome(number: number | string): string {
    return nextFree(this.taken, (n) => `${number}.${n}`);
  }

  action(outcomeCode: string): string {
    return nextFree(this.taken, (n) => `${outcomeCode}${letters(n)}`);
  }
}
