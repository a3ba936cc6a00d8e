// Shapes of the demo data transcribed from ../shared/seeds. Dates are ISO
// "YYYY-MM-DD" strings (UTC calendar dates).

export type Status = "COMPLETE" | "ON_TRACK" | "AT_RISK" | "OFF_TRACK" | "NOT_DUE";

export type Frequency = "MONTHLY" | "BIMONTHLY" | "QUARTERLY" | "SIX_MONTHLY" | "ANNUALLY";

export type SeedMilestone = {
  /** The measure as a person would read it in the plan (cleaned of PDF noise). */
  text: string;
  /** The plan's "By when" exactly as written ("31 st March 2025", "Monthly", "Monthly from June 2025"). */
  byWhen: string;
  /** One-off milestones: the due date. */
  dueDate?: string;
  /** Recurring milestones: how often, from when, until when. */
  recurrence?: { frequency: Frequency; startDate: string; endDate: string };
  /** True when the plan gives no date for this measure and the action's due date was used. */
  dateInferred?: boolean;
};

export type SeedUpdate = {
  /** Date the update was made. */
  date: string;
  status: Status;
  commentary: string;
};

export type SeedAction = {
  /** "1.1a" … as the plan numbers it. */
  code: string;
  /** The short heading of the action (first sentence in the plan). */
  title: string;
  /** The fuller "We will …" text, if any. */
  description?: string;
  /** Free-text lead role, as the plan names it. */
  leadRole: string;
  startDate: string;
  /** Baseline due date: the latest one-off "By when" of the action. */
  dueDate: string;
  /** Source tags such as "AFI3", "SEF", "DBV" where the plan links them. */
  tags: string[];
  milestones: SeedMilestone[];
  /** Status history, oldest first; the last entry is the current reported status. */
  updates: SeedUpdate[];
};

export type SeedOutcome = {
  /** "1.1" */
  code: string;
  text: string;
  actions: SeedAction[];
};

export type SeedArea = {
  /** "PIA1" … "PIA6", "AFI1" … "AFI5" */
  code: string;
  kind: "PRIORITY_ACTION" | "IMPROVEMENT" | "LOCAL_PRIORITY";
  /** Short title, e.g. "Priority Impact Area 1: Strategic direction and joint needs assessment". */
  title: string;
  /** The inspection finding text, as written. */
  finding: string;
  /** Lead roles as written in the plan. */
  leads: string[];
  /** For areas for improvement monitored through a priority area: that area's code. */
  parentCode?: string;
  /** The area's "what success looks like" bullet points, if given. */
  successMeasures?: string[];
  outcomes: SeedOutcome[];
};

export type SeedKpi = {
  code: string;
  name: string;
  definition: string;
  unit: "PERCENT" | "COUNT" | "WEEKS" | "DAYS" | "RATE";
  direction: "HIGHER_IS_BETTER" | "LOWER_IS_BETTER";
  frequency: "MONTHLY" | "QUARTERLY" | "TERMLY" | "ANNUALLY";
  dataSource: string;
  /** Code of the priority area this KPI evidences. */
  areaCode: string;
  /** Absent where the plan names a KPI but has not yet set its baseline or target. */
  baseline?: { value: number; date: string };
  target?: { value: number; date: string };
  /** Optional interim targets. */
  trajectory?: { date: string; value: number }[];
  /** Amber tolerance in the KPI's unit: within this of the trajectory is AT_RISK. */
  tolerance: number;
  /** Time series; period is the first day of the month the value is for. */
  values: { period: string; value: number; note?: string }[];
  benchmarks?: { kind: "NATIONAL" | "REGIONAL" | "STATISTICAL_NEIGHBOURS"; period: string; value: number }[];
  /** Where in the seed document the numbers come from, and any target that was set by us rather than the document. */
  provenance: string;
};
