import "server-only";
// Which registers download, and how each is drawn for a member. A new
// register is one line here and one builder in its domain (lib/<domain>/export.ts).
import { auditLogRegister } from "@/lib/audit-log/export";
import type { MemberContext } from "@/lib/auth/guards";
import { changeRequestRegister } from "@/lib/changes/export";
import { kpiValuesRegister } from "@/lib/kpis/export";
import { decisionRegister, impactLogRegister } from "@/lib/meetings/export";
import { planRegister } from "@/lib/plan/export";
import { highlightReportRegister } from "@/lib/reports/export";
import { riskRegister } from "@/lib/risks/export";
import type { Register } from "./register";

/**
 * Draws the register for this member, or null when the member may not read it
 * (the route answers 404). A download follows its page: the builder refuses
 * with the same access function its page's loader asks, never one of its own
 * (tests/exports-access.test.ts pairs each register with the page offering it).
 */
export type RegisterBuilder = (member: MemberContext, params: URLSearchParams, today: Date) => Promise<Register<never> | null>;

export const REGISTERS: Record<string, RegisterBuilder> = {
  "audit-log": auditLogRegister as RegisterBuilder,
  "change-requests": changeRequestRegister as RegisterBuilder,
  "highlight-reports": highlightReportRegister as RegisterBuilder,
  "impact-log": impactLogRegister as RegisterBuilder,
  "kpi-values": kpiValuesRegister as RegisterBuilder,
  "meeting-decisions": decisionRegister as RegisterBuilder,
  plan: planRegister as RegisterBuilder,
  risks: riskRegister as RegisterBuilder,
};
