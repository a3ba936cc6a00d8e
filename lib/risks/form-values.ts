// A stored risk as its edit form shows it (pure).
import type { RiskFormValues } from "@/components/risks/risk-form";
import { toIsoDate } from "@/lib/dates/format";
import type { RiskDetail } from "./queries";

export function riskFormValues(risk: RiskDetail): RiskFormValues {
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
