// The pack's milestone tables, one row per milestone and date rather than per
// action: a recurring milestone ("Monthly highlight report to the board")
// that thirty actions share is one line naming the thirty actions, not
// thirty identical lines. Rows that differ in anything the reader sees (the
// evidence note, whether a miss was recorded) stay apart. Pure: a function of
// the frozen snapshot (STYLE rule 16), so the read view and the PDF agree.

export type MilestoneLine = { actionCode: string; text: string; due: string; note: string | null; recorded?: boolean };

export type MilestoneGroup = {
  text: string;
  due: string;
  note: string | null;
  recorded?: boolean;
  /** The actions it is a milestone of, in the plan's order. */
  actionCodes: string[];
};

/** Groups lines that share their text, date, note and recorded state; keeps the first line's place (the snapshot sorts by date). */
export function groupMilestones(lines: readonly MilestoneLine[], actionOrder: readonly string[]): MilestoneGroup[] {
  const rank = new Map(actionOrder.map((code, i) => [code, i]));
  const groups = new Map<string, MilestoneGroup>();
  for (const line of lines) {
    const key = JSON.stringify([line.text, line.due, line.note, line.recorded ?? null]);
    const group = groups.get(key);
    if (group) {
      if (!group.actionCodes.includes(line.actionCode)) group.actionCodes.push(line.actionCode);
    } else {
      groups.set(key, { text: line.text, due: line.due, note: line.note, ...(line.recorded === undefined ? {} : { recorded: line.recorded }), actionCodes: [line.actionCode] });
    }
  }
  const byPlan = (a: string, b: string) => (rank.get(a) ?? Number.MAX_SAFE_INTEGER) - (rank.get(b) ?? Number.MAX_SAFE_INTEGER) || a.localeCompare(b);
  return [...groups.values()].map((g) => ({ ...g, actionCodes: [...g.actionCodes].sort(byPlan) }));
}

/**
 * Action codes in words: runs of three or more actions that sit next to each
 * other in the plan become "first–last", so thirty actions read
 * "1.1a–1.3j" rather than thirty codes. Codes not in the plan are listed as
 * they are.
 */
export function actionCodeRuns(codes: readonly string[], actionOrder: readonly string[]): string {
  const rank = new Map(actionOrder.map((code, i) => [code, i]));
  const parts: string[] = [];
  let run: string[] = [];
  const flush = () => {
    if (run.length >= 3) parts.push(`${run[0]}–${run.at(-1)}`);
    else parts.push(...run);
    run = [];
  };
  for (const code of codes) {
    const previous = run.at(-1);
    const adjacent = previous !== undefined && rank.has(code) && rank.get(code) === (rank.get(previous) ?? -2) + 1;
    if (!adjacent) flush();
    run.push(code);
  }
  flush();
  return parts.join(", ");
}
