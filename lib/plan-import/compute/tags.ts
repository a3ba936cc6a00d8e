// A tags cell ("SEF, DBV", "AFI 2", "SEF/AFI5"): the sources an action answers
// to — the self-evaluation (SEF), the Delivering Better Value programme (DBV)
// and the inspection's areas for improvement (AFI1, AFI2 …). A tag with a
// typo ("AF15") is reported with what it probably meant, never corrected
// silently. Pure: no I/O.
import { cleanCell } from "./cells";

const TAG = /^(?:SEF|DBV|AFI|PIA|APA)\d{0,2}$/;

/** Letters a typist swaps for digits and back. */
const LOOKALIKES: Record<string, string> = { "1": "I", I: "1", L: "I", "0": "O", O: "0", "5": "S", S: "5" };

export type TagsReading = { tags: string[]; problems: string[] };

/** What a mistyped tag probably meant: one look-alike character swapped. */
function suggestion(token: string): string | null {
  for (let i = 0; i < token.length; i++) {
    const swap = LOOKALIKES[token[i]!];
    if (!swap) continue;
    const candidate = token.slice(0, i) + swap + token.slice(i + 1);
    if (TAG.test(candidate)) return candidate;
    const inserted = token.slice(0, i) + swap + token.slice(i);
    if (TAG.test(inserted)) return inserted;
  }
  return null;
}

export function readTags(cell: string | null | undefined): TagsReading {
  const { text } = cleanCell(cell);
  const tags: string[] = [];
  const problems: string[] = [];
  const tokens = text
    .toUpperCase()
    .replace(/\b([A-Z]{2,4})\s+(\d{1,2})\b/g, "$1$2")
    .split(/[\s,;/&+]+/)
    .filter((t) => t && t !== "AND");
  for (const token of tokens) {
    if (TAG.test(token)) {
      if (!tags.includes(token)) tags.push(token);
      continue;
    }
    const meant = suggestion(token);
    problems.push(meant ? `tag “${token}” is not one this import knows: did you mean ${meant}?` : `tag “${token}” is not one this import knows (SEF, DBV, AFI1 …)`);
  }
  return { tags, problems };
}
