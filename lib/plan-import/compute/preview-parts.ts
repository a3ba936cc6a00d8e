// Small pieces of the import preview: who a lead cell names, and a day in words. Pure.
import { formatUkDate } from "@/lib/dates/format";
import { cleanCell } from "./cells";
import { sameWords } from "./codes";

/** A lead: a member of the partnership, a role or name kept as text (to invite), or nobody. */
export type Lead = { kind: "member"; membershipId: string; name: string } | { kind: "role"; role: string } | { kind: "none" };

/**
 * The member a lead cell names ("Morgan Hale", "Morgan Hale (Director of
 * Education)", "morgan hale"), else the cell as a role, kept as text.
 */
export function leadOf(cell: string, members: readonly { membershipId: string; name: string }[]): Lead {
  const text = cleanCell(cell).text;
  if (!text) return { kind: "none" };
  const name = text.replace(/\s*\([^)]*\)\s*$/, "");
  const member = members.find((m) => sameWords(m.name, name));
  return member ? { kind: "member", membershipId: member.membershipId, name: member.name } : { kind: "role", role: text };
}

export const describeDay = (date: Date) => formatUkDate(date);

export const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** "10 new, 0 updated, 0 unchanged; 2 errors, 11 warnings, 13 notes": the page's and the command's counts line. */
export function countsWords(counts: { new: number; updated: number; unchanged: number; errors: number; warnings: number; notes: number }): string {
  return `${counts.new} new, ${counts.updated} updated, ${counts.unchanged} unchanged; ${plural(counts.errors, "error")}, ${plural(counts.warnings, "warning")}, ${plural(counts.notes, "note")}`;
}
