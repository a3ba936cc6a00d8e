// The five canonical states (DESIGN §3) and how they are shown. Colour is
// never the only signal: each state has a label, a letter and an icon shape.
import type { Status } from "@/lib/generated/prisma/enums";

export const STATUSES = ["COMPLETE", "ON_TRACK", "AT_RISK", "OFF_TRACK", "NOT_DUE"] as const satisfies readonly Status[];

export const DEFAULT_STATUS_LABELS: Record<Status, string> = {
  COMPLETE: "Complete (embedded, sustained)",
  ON_TRACK: "On track",
  AT_RISK: "On track, some concerns",
  OFF_TRACK: "Off track",
  NOT_DUE: "Not started / not due yet",
};

/** One letter per state, readable in greyscale and by a screen reader alongside the label. */
export const STATUS_LETTERS: Record<Status, string> = {
  COMPLETE: "C",
  ON_TRACK: "G",
  AT_RISK: "A",
  OFF_TRACK: "R",
  NOT_DUE: "N",
};

export type StatusLabels = Record<Status, string>;

/** The partnership's own labels (Hull: "On track no concerns"), falling back to the defaults. */
export function statusLabels(custom: unknown): StatusLabels {
  const labels = { ...DEFAULT_STATUS_LABELS };
  if (custom && typeof custom === "object") {
    for (const status of STATUSES) {
      const value = (custom as Record<string, unknown>)[status];
      if (typeof value === "string" && value.trim()) labels[status] = value.trim();
    }
  }
  return labels;
}
