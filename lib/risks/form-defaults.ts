// A stored risk and its mitigations as their forms start: the record's fields
// as the forms' text (ratings as text, dates as yyyy-mm-dd). Pure.
import { toIsoDate } from "@/lib/dates/format";
import { nextReviewAfter } from "./compute";
import type { RiskDetail } from "./queries";

/** A risk as its form shows it: ratings as text, dates as yyyy-mm-dd. */
export type RiskFormValues = {
  id: string;
  version: number;
  title: string;
  cause: string;
  effect: string;
  controls: string;
  ownerMembershipId: string;
  ownerRole: string;
  areaIds: string[];
  actionCodes: string;
  inherentLikelihood: string;
  inherentImpact: string;
  currentLikelihood: string;
  currentImpact: string;
  targetLikelihood: string;
  targetImpact: string;
  reviewFrequency: string;
  nextReviewDate: string;
};

/** A mitigation as its edit form shows it. */
export type MitigationValues = { id: string; version: number; text: string; ownerMembershipId: string; ownerRole: string; dueDate: string; state: string };

export function riskFormDefaults(risk: RiskDetail): RiskFormValues {
  return {
    id: risk.id,
    version: risk.version,
    title: risk.title,
    cause: risk.cause ?? "",
    effect: risk.effect ?? "",
    controls: risk.controls ?? "",
    ownerMembershipId: risk.ownerMembershipId ?? "",
    ownerRole: risk.ownerRole ?? "",
    areaIds: risk.areas.map((a) => a.priorityArea.id),
    actionCodes: risk.actions.map((a) => a.action.code).join(", "),
    inherentLikelihood: String(risk.inherentLikelihood),
    inherentImpact: String(risk.inherentImpact),
    currentLikelihood: String(risk.currentLikelihood),
    currentImpact: String(risk.currentImpact),
    targetLikelihood: String(risk.targetLikelihood),
    targetImpact: String(risk.targetImpact),
    reviewFrequency: risk.reviewFrequency,
    nextReviewDate: toIsoDate(risk.nextReviewDate),
  };
}

/** A new risk starts reviewed monthly, its first review a month from today. */
export function newRiskFormDefaults(today: Date): Partial<RiskFormValues> {
  return { reviewFrequency: "MONTHLY", nextReviewDate: toIsoDate(nextReviewAfter(today, "MONTHLY")) };
}

export function mitigationFormDefaults(m: RiskDetail["mitigations"][number]): MitigationValues {
  return { id: m.id, version: m.version, text: m.text, ownerMembershipId: m.ownerMembershipId ?? "", ownerRole: m.ownerRole ?? "", dueDate: toIsoDate(m.dueDate), state: m.state };
}
