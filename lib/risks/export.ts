import "server-only";
// The risk register as a spreadsheet, with the register page's filters
// applied: what the Improvement Notice asks to be "provided to the
// Improvement Board in advance" (§5c).
import type { MemberContext } from "@/lib/auth/guards";
import { formatUkDate, toIsoDate } from "@/lib/dates/format";
import type { Register } from "@/lib/exports/register";
import { mayReadRisks } from "./access";
import { bandLabel, FREQUENCY_LABELS, ownerName, TREND_LABELS } from "./compute";
import { describeRiskFilters, parseRiskFilters } from "./filters";
import { listRisks, type RiskListItem } from "./queries";
import { drawRegister, type RiskView } from "./register";
import { MITIGATION_STATE_LABELS } from "./schema";

type Row = { risk: RiskListItem; view: RiskView };

function mitigations(risk: RiskListItem): string {
  return risk.mitigations.map((m) => `${m.text} (${ownerName(m)}; due ${formatUkDate(m.dueDate)}; ${MITIGATION_STATE_LABELS[m.state].toLowerCase()})`).join("\n");
}

export async function riskRegister(member: MemberContext, params: URLSearchParams, today: Date): Promise<Register<Row> | null> {
  if (!mayReadRisks(member.scope)) return null;
  const rows = await listRisks(member.partnershipId);
  const filters = parseRiskFilters(params);
  const drawn = drawRegister(rows, filters, today);
  const byId = new Map(rows.map((r) => [r.id, r]));
  return {
    title: `Risk register — ${member.partnership.name}`,
    filename: `${member.partnership.slug}-risk-register-${toIsoDate(today)}`,
    filters: describeRiskFilters(filters, bandLabel),
    asAt: today,
    rows: drawn.shown.map((view) => ({ view, risk: byId.get(view.id)! })),
    columns: [
      { header: "Code", value: (r) => r.view.code, width: 8 },
      { header: "Risk", value: (r) => r.view.title, width: 50 },
      { header: "Cause", value: (r) => r.risk.cause, width: 50 },
      { header: "Effect", value: (r) => r.risk.effect, width: 50 },
      { header: "Existing controls", value: (r) => r.risk.controls, width: 50 },
      { header: "Owner", value: (r) => r.view.ownerName, width: 30 },
      { header: "Priority areas", value: (r) => r.view.areaCodes.join(", "), width: 14 },
      { header: "Linked actions", value: (r) => r.risk.actions.map((a) => a.action.code).join(", "), width: 14 },
      { header: "Inherent likelihood", value: (r) => r.view.inherent.likelihood, width: 10 },
      { header: "Inherent impact", value: (r) => r.view.inherent.impact, width: 10 },
      { header: "Inherent score", value: (r) => r.view.inherent.score, width: 10 },
      { header: "Current likelihood", value: (r) => r.view.current.likelihood, width: 10 },
      { header: "Current impact", value: (r) => r.view.current.impact, width: 10 },
      { header: "Current score", value: (r) => r.view.current.score, width: 10 },
      { header: "Current band", value: (r) => r.view.current.band.label, width: 10 },
      { header: "Trend", value: (r) => TREND_LABELS[r.view.trend.trend], width: 10 },
      { header: "Trend compared with", value: (r) => (r.view.trend.from ? `${r.view.trend.from.score} on ${formatUkDate(r.view.trend.from.at)}` : ""), width: 22 },
      { header: "Target likelihood", value: (r) => r.view.target.likelihood, width: 10 },
      { header: "Target impact", value: (r) => r.view.target.impact, width: 10 },
      { header: "Target score", value: (r) => r.view.target.score, width: 10 },
      { header: "Mitigations", value: (r) => mitigations(r.risk), width: 60 },
      { header: "Review cadence", value: (r) => FREQUENCY_LABELS[r.view.reviewFrequency], width: 12 },
      { header: "Last reviewed", value: (r) => r.risk.lastReviewedAt, width: 16 },
      { header: "Next review", value: (r) => (r.view.state === "OPEN" ? r.view.nextReviewDate : null), width: 16 },
      { header: "Review status", value: (r) => r.view.review.text, width: 22 },
      { header: "Escalated to the board", value: (r) => (r.view.escalatedToBoard ? "Yes" : "No"), width: 10 },
      { header: "State", value: (r) => (r.view.state === "OPEN" ? "Open" : "Closed"), width: 8 },
      { header: "Closed on", value: (r) => r.risk.closedAt, width: 16 },
      { header: "Reason closed", value: (r) => r.risk.closedReason, width: 40 },
      { header: "Provenance", value: (r) => r.risk.provenance, width: 40 },
    ],
  };
}
