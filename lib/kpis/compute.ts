// KPI status and forecast (DESIGN §3) as pure functions of plain data and `today`.
import { addMonths, lastDayOfMonth } from "date-fns";
import { UTCDate } from "@date-fns/utc";
import type { KpiDirection, KpiFrequency, KpiUnit, Status } from "@/lib/generated/prisma/enums";
import { DAY_MS, daysBetween, formatUkDate, formatUkMonth } from "@/lib/dates/format";
import type { KpiListItem } from "./queries";

export type Point = { date: Date; value: number };

export type KpiInput = {
  direction: KpiDirection;
  frequency: KpiFrequency;
  unit: KpiUnit;
  /** Amber band in the KPI's unit: this far worse than expected is at risk, further is off track. */
  tolerance: number;
  baseline: Point | null;
  target: Point | null;
  trajectory: readonly Point[];
  /**
   * Values by period: the first day of the month the value is for; for a
   * quarter, term or year, the month in which that period ends.
   */
  values: readonly { period: Date; value: number }[];
};

type KpiRow = Pick<KpiListItem, "direction" | "frequency" | "unit" | "tolerance" | "baselineValue" | "baselineDate" | "targetValue" | "targetDate" | "trajectory" | "values">;

/** A KPI row as the rules below take it: baseline and target as points where both halves are given. */
export function kpiInput(row: KpiRow): KpiInput {
  return {
    direction: row.direction,
    frequency: row.frequency,
    unit: row.unit,
    tolerance: row.tolerance,
    baseline: row.baselineValue !== null && row.baselineDate ? { date: row.baselineDate, value: row.baselineValue } : null,
    target: row.targetValue !== null && row.targetDate ? { date: row.targetDate, value: row.targetValue } : null,
    trajectory: row.trajectory.map((p): Point => ({ date: p.date, value: p.value })),
    values: row.values.map((v) => ({ period: v.period, value: v.value })),
  };
}

export const MONTHS_PER_PERIOD: Record<KpiFrequency, number> = { MONTHLY: 1, QUARTERLY: 3, TERMLY: 4, ANNUALLY: 12 };

export function formatKpiValue(value: number, unit: KpiUnit): string {
  const rounded = Math.round(value * 10) / 10 || 0; // no "-0"
  const text = rounded.toLocaleString("en-GB", { maximumFractionDigits: 1 });
  switch (unit) {
    case "PERCENT":
      return `${text}%`;
    case "WEEKS":
      return `${text} ${rounded === 1 ? "week" : "weeks"}`;
    case "DAYS":
      return `${text} ${rounded === 1 ? "day" : "days"}`;
    default:
      return text;
  }
}

/** The points the KPI is judged against: baseline, trajectory, target, in date order. */
export function expectationPoints(kpi: Pick<KpiInput, "baseline" | "target" | "trajectory">): Point[] {
  const points = [...(kpi.baseline ? [kpi.baseline] : []), ...kpi.trajectory, ...(kpi.target ? [kpi.target] : [])];
  return points.sort((a, b) => a.date.getTime() - b.date.getTime());
}

/**
 * What the KPI should be at `date`: interpolated between trajectory points
 * (else between baseline and target); flat before the first and after the last.
 */
export function expectedValueAt(kpi: Pick<KpiInput, "baseline" | "target" | "trajectory">, date: Date): number | null {
  const points = expectationPoints(kpi);
  if (points.length === 0) return null;
  const t = date.getTime();
  if (t <= points[0].date.getTime()) return points[0].value;
  for (let i = 1; i < points.length; i++) {
    const a = points[i - 1];
    const b = points[i];
    if (t <= b.date.getTime()) {
      const span = b.date.getTime() - a.date.getTime();
      return span === 0 ? b.value : a.value + ((b.value - a.value) * (t - a.date.getTime())) / span;
    }
  }
  return points[points.length - 1].value;
}

/** How much worse than expected a value is, in the KPI's unit (≤ 0: meets). */
export function shortfall(direction: KpiDirection, value: number, expected: number): number {
  return direction === "HIGHER_IS_BETTER" ? expected - value : value - expected;
}

export function judge(kpi: Pick<KpiInput, "direction" | "tolerance">, value: number, expected: number): Exclude<Status, "COMPLETE" | "NOT_DUE"> {
  const gap = shortfall(kpi.direction, value, expected);
  if (gap <= 1e-9) return "ON_TRACK";
  if (gap <= kpi.tolerance + 1e-9) return "AT_RISK";
  return "OFF_TRACK";
}

/**
 * The value for a period is due by the end of the month after the period
 * ends. A period is keyed by the month it ends in, so the period after
 * `lastPeriod` ends one step later and is due a month after that.
 */
export function nextValueDueBy(frequency: KpiFrequency, lastPeriod: Date): Date {
  const next = addMonths(new UTCDate(lastPeriod), MONTHS_PER_PERIOD[frequency]);
  return new Date(lastDayOfMonth(addMonths(next, 1)).getTime());
}

export type KpiAssessment = {
  /** NOT_DUE means "No data": the latest expected period has no value. */
  status: Status;
  noData: boolean;
  latest: { period: Date; value: number } | null;
  expected: number | null;
  /** The latest value's own judgement, kept when newer data is missing so the story is not lost. */
  lastReported: Exclude<Status, "COMPLETE" | "NOT_DUE"> | null;
  reason: string;
};

export function assessKpi(kpi: KpiInput, today: Date): KpiAssessment {
  const values = [...kpi.values].sort((a, b) => a.period.getTime() - b.period.getTime());
  const latest = values.at(-1) ?? null;
  if (!latest) {
    return { status: "NOT_DUE", noData: true, latest: null, expected: null, lastReported: null, reason: "No values have been entered yet." };
  }
  const expected = expectedValueAt(kpi, latest.period);
  const lastReported = expected === null ? null : judge(kpi, latest.value, expected);
  const dueBy = nextValueDueBy(kpi.frequency, latest.period);
  const latestText = `${formatKpiValue(latest.value, kpi.unit)} in ${formatUkMonth(latest.period)}`;
  if (daysBetween(dueBy, today) > 0) {
    return {
      status: "NOT_DUE",
      noData: true,
      latest,
      expected,
      lastReported,
      reason: `No data since ${formatUkMonth(latest.period)}: the next value was due by ${formatUkDate(dueBy)}.`,
    };
  }
  if (expected === null || lastReported === null) {
    return { status: "NOT_DUE", noData: false, latest, expected: null, lastReported: null, reason: `${latestText}; no baseline, trajectory or target to judge it against.` };
  }
  const expectedText = formatKpiValue(expected, kpi.unit);
  const reason =
    lastReported === "ON_TRACK"
      ? `${latestText}, meeting the expected ${expectedText}.`
      : lastReported === "AT_RISK"
        ? `${latestText}, short of the expected ${expectedText} but within the tolerance of ${formatKpiValue(kpi.tolerance, kpi.unit)}.`
        : `${latestText}, worse than the expected ${expectedText} by more than the tolerance of ${formatKpiValue(kpi.tolerance, kpi.unit)}.`;
  return { status: lastReported, noData: false, latest, expected, lastReported, reason };
}

export type KpiForecast = {
  /** Value the current rate reaches at the target date. */
  valueAtTarget: number;
  willMeet: boolean;
  /** Change per 30 days at the current rate. */
  ratePerMonth: number;
  /** Forecast line from the first value to the target date, for the chart. */
  line: [Point, Point];
  text: string;
  /** The target date has passed: `willMeet` and `text` say whether it was met, not whether it will be. */
  past: boolean;
};

/**
 * Once the target date has passed there is nothing to forecast: the verdict is
 * the value for the target's period (or the latest before it) against the target.
 */
function pastTarget(kpi: KpiInput, values: readonly { period: Date; value: number }[]): KpiForecast | null {
  const target = kpi.target!;
  const judged = [...values].reverse().find((v) => v.period.getTime() <= target.date.getTime());
  if (!judged) return null;
  const met = shortfall(kpi.direction, judged.value, target.value) <= 1e-9;
  const targetText = `${formatKpiValue(target.value, kpi.unit)} by ${formatUkDate(target.date)}`;
  return {
    valueAtTarget: judged.value,
    willMeet: met,
    ratePerMonth: 0,
    line: [
      { date: judged.period, value: judged.value },
      { date: target.date, value: judged.value },
    ],
    text: `The target of ${targetText} ${met ? "was met" : "was not met"}: ${formatKpiValue(judged.value, kpi.unit)} in ${formatUkMonth(judged.period)}.`,
    past: true,
  };
}

/**
 * A least-squares straight line through the values, extended to the target
 * date. Given `today`, a target date already past gets a verdict (met or not
 * met), never a forecast that speaks of a past date as future.
 */
export function forecastKpi(kpi: KpiInput, today?: Date): KpiForecast | null {
  if (!kpi.target) return null;
  const values = [...kpi.values].sort((a, b) => a.period.getTime() - b.period.getTime());
  if (today && kpi.target.date.getTime() < today.getTime()) return pastTarget(kpi, values);
  if (values.length < 2) return null;
  const t0 = values[0].period.getTime();
  const xs = values.map((v) => (v.period.getTime() - t0) / DAY_MS);
  const ys = values.map((v) => v.value);
  const n = xs.length;
  const meanX = xs.reduce((a, b) => a + b, 0) / n;
  const meanY = ys.reduce((a, b) => a + b, 0) / n;
  const sxx = xs.reduce((a, x) => a + (x - meanX) ** 2, 0);
  if (sxx === 0) return null;
  const slope = xs.reduce((a, x, i) => a + (x - meanX) * (ys[i] - meanY), 0) / sxx;
  const at = (date: Date) => meanY + slope * ((date.getTime() - t0) / DAY_MS - meanX);
  const valueAtTarget = at(kpi.target.date);
  const willMeet = shortfall(kpi.direction, valueAtTarget, kpi.target.value) <= 1e-9;
  const targetText = `${formatKpiValue(kpi.target.value, kpi.unit)} by ${formatUkDate(kpi.target.date)}`;
  return {
    valueAtTarget,
    willMeet,
    ratePerMonth: slope * 30,
    line: [
      { date: values[0].period, value: at(values[0].period) },
      { date: kpi.target.date, value: valueAtTarget },
    ],
    text: `At the current rate it reaches ${formatKpiValue(valueAtTarget, kpi.unit)} by ${formatUkDate(kpi.target.date)}: the target of ${targetText} ${willMeet ? "will be met" : "will not be met"}.`,
    past: false,
  };
}

/** Days from the latest value to today, for "last updated" wording. */
export function daysSinceLatest(kpi: Pick<KpiInput, "values">, today: Date): number | null {
  const latest = [...kpi.values].sort((a, b) => b.period.getTime() - a.period.getTime())[0];
  return latest ? daysBetween(latest.period, today) : null;
}
