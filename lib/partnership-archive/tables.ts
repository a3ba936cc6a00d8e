import "server-only";
// The tables of the whole-partnership download: every register that
// downloads on its own (lib/exports/registers.ts), drawn with no filter, and
// the tables no register holds (milestones one to a row, KPI definitions,
// members). Each is one CSV file and one sheet of the workbook.
import type { MemberContext } from "@/lib/auth/guards";
import type { RegisterBuilder } from "@/lib/exports/registers";
import { REGISTERS } from "@/lib/exports/registers";
import { kpiDefinitionsTable } from "@/lib/kpis/definitions-export";
import { membersTable } from "@/lib/members/export";
import { milestonesTable } from "@/lib/plan/milestones-export";

export type ArchiveTable = {
  /** The CSV's name, without the extension: "csv/<file>.csv". */
  file: string;
  /** The workbook sheet's name (at most 31 characters). */
  sheet: string;
  holds: string;
  build: RegisterBuilder;
  /** The query that draws the whole table, where the page's default draws less (the risk register shows open risks unless asked). */
  query?: string;
};

/** What each register holds, in words; a register missing here still goes in, described by its title. */
const REGISTER_WORDS: Record<string, { sheet: string; holds: string; query?: string }> = {
  plan: { sheet: "Plan", holds: "The improvement plan, one row per action: its area, outcome, milestones, lead, dates, and reported and computed status" },
  "kpi-values": { sheet: "KPI values", holds: "Every KPI value by month, with what the trajectory expected and how the value compares" },
  "change-requests": { sheet: "Change requests", holds: "Every change request, awaiting the board or decided, with its reason, impact and decision" },
  "highlight-reports": {
    sheet: "Highlight reports",
    holds: "One row per priority area and month that went to the board, as the board read it (the latest version), with its outcome",
  },
  risks: { sheet: "Risks", holds: "The risk register, open and closed risks, with scores, mitigations and reviews", query: "state=all" },
  "impact-log": { sheet: "Impact log", holds: "The action and impact log, with the update given at each meeting" },
  "meeting-decisions": { sheet: "Meeting decisions", holds: "What each meeting noted, decided and agreed, with the change requests decided there" },
  "audit-log": { sheet: "Audit log", holds: "The audit log: who did what and when, newest first, each entry as a sentence" },
};

const EXTRA_TABLES: ArchiveTable[] = [
  {
    file: "milestones",
    sheet: "Milestones",
    holds: "Every milestone of the plan, one to a row: its action, by when, dates or rhythm, and occurrences met and missed",
    build: milestonesTable as RegisterBuilder,
  },
  {
    file: "kpis",
    sheet: "KPIs",
    holds: "Every KPI's definition (archived ones too): unit, direction, owner, baseline, target and trajectory",
    build: kpiDefinitionsTable as RegisterBuilder,
  },
  { file: "members", sheet: "Members", holds: "The partnership's members: name, job title, email, role and the priority areas each leads", build: membersTable as RegisterBuilder },
];

/** Every table, registers first in their own order, then the others. */
export function archiveTables(): ArchiveTable[] {
  const registers = Object.entries(REGISTERS).map(([file, build]) => {
    const words = REGISTER_WORDS[file];
    return { file, build, sheet: words?.sheet ?? file, holds: words?.holds ?? `The ${file} register`, query: words?.query };
  });
  return [...registers, ...EXTRA_TABLES];
}

/** Draws a table for the member, whole (no filter); null when the member may not read it. */
export function drawTable(table: ArchiveTable, member: MemberContext, today: Date) {
  return table.build(member, new URLSearchParams(table.query ?? ""), today);
}
