// What a spreadsheet cell really holds, before anything reads its meaning:
// text with tabs and line breaks from Excel's Alt+Enter, runs of spaces, and
// values doubled by a copy-paste ("Feb-23 Feb-23", "On track no concerns On
// track no concerns"). Pure: no I/O.

export type CleanCell = {
  /** The text on one line, single-spaced, trimmed; a doubled value once. */
  text: string;
  /** Set when the cell held the same value twice in a row. */
  doubled: boolean;
};

/** One line, single spaces: tabs, line breaks and non-breaking spaces become spaces. */
export function oneLine(raw: string): string {
  return raw.replace(/[\s\u00a0\u2007\u202f]+/g, " ").trim();
}

/**
 * A value written twice over ("Feb-23 Feb-23" → "Feb-23"). Only an exact
 * repeat of the whole value counts (letter case and spacing aside): "Monthly
 * monthly" is doubled, "Review review findings" is not.
 */
export function undoubled(text: string): CleanCell {
  const words = text.split(" ");
  if (words.length >= 2 && words.length % 2 === 0) {
    const half = words.length / 2;
    const first = words.slice(0, half).join(" ");
    if (first.toLowerCase() === words.slice(half).join(" ").toLowerCase()) return { text: first, doubled: true };
  }
  return { text, doubled: false };
}

/** A cell as text, cleaned: one line, a doubled value once. */
export function cleanCell(raw: string | null | undefined): CleanCell {
  return undoubled(oneLine(raw ?? ""));
}
