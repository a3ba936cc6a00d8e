// The risk register as it stood at the end of a day, replayed from each
// risk's history, for the pack's governance section and each area's open
// risks. Pure: a function of the rows and the day.
import { byEndOf, toIsoDate } from "@/lib/dates/format";
import type { PackRisk } from "../snapshot";
import type { SourceRisk } from "../source";

export type RiskAsAt = { likelihood: number; impact: number; targetScore: number; escalated: boolean };

/**
 * A risk as it stood at the end of `day`, replayed from its history (oldest
 * first): the scores after the last event by then; open unless the last
 * closure by then closed it; escalated by the last escalation by then, and
 * not after a closure, since closing ends an escalation (lib/risks). Null if
 * it was not yet raised or was closed. A risk with no history (raised before
 * the register kept one) reads as it stands now, its escalation dated.
 */
export function riskAsAt(risk: SourceRisk, day: Date): RiskAsAt | null {
  if (!byEndOf(risk.createdAt, day)) return null;
  const known = risk.history.filter((e) => byEndOf(e.at, day));
  if (risk.history.length === 0) {
    const { now } = risk;
    if (now.state === "CLOSED" && now.closedAt !== null && byEndOf(now.closedAt, day)) return null;
    const escalated = now.escalated && (now.escalatedAt === null || byEndOf(now.escalatedAt, day));
    return { likelihood: now.likelihood, impact: now.impact, targetScore: now.targetScore, escalated };
  }
  let closed = false;
  let escalated = false;
  for (const e of known) {
    if (e.kind === "CLOSED") [closed, escalated] = [true, false];
    else if (e.kind === "REOPENED") closed = false;
    else if (e.kind === "ESCALATED") escalated = true;
    else if (e.kind === "DE_ESCALATED") escalated = false;
  }
  if (closed) return null;
  const last = known.at(-1);
  const scores = last ?? { likelihood: risk.now.likelihood, impact: risk.now.impact, targetScore: risk.now.targetScore };
  return { likelihood: scores.likelihood, impact: scores.impact, targetScore: scores.targetScore, escalated };
}

/** Risks as they stood on `asAt`: raised by then and not closed, with their scores then. */
export function openRisksAsAt(risks: readonly SourceRisk[], asAt: Date): (SourceRisk & { asAt: RiskAsAt })[] {
  return risks.flatMap((r) => {
    const then = riskAsAt(r, asAt);
    return then ? [{ ...r, asAt: then }] : [];
  });
}

/** An open risk as the pack's table shows it. */
export function packRisk(risk: SourceRisk & { asAt: RiskAsAt }): PackRisk {
  return {
    code: risk.code,
    title: risk.title,
    owner: risk.owner,
    likelihood: risk.asAt.likelihood,
    impact: risk.asAt.impact,
    score: risk.asAt.likelihood * risk.asAt.impact,
    targetScore: risk.asAt.targetScore,
    escalated: risk.asAt.escalated,
    state: "OPEN",
    raisedOn: toIsoDate(risk.createdAt),
  };
}
