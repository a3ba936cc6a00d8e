import { describe, expect, it } from "vitest";
import { describeAuditRow, type AuditRow } from "@/lib/audit/sentence";
import { vocabulary } from "@/lib/audit/vocabulary";
import { riskAudit } from "./audit";

const row = (entityType: string, action: string, before: unknown, after: unknown, entityId: string): AuditRow => ({
  actorName: "Jordan Pike (Head of SEND)",
  entityType,
  entityId,
  action,
  before: before ?? null,
  after: after ?? null,
});

const scores = { inherentLikelihood: 4, inherentImpact: 4, currentLikelihood: 3, currentImpact: 4, targetLikelihood: 2, targetImpact: 2 };
const risk = {
  title: "EHC plans continue to be issued late",
  cause: "Too few educational psychologists.",
  effect: null,
  controls: null,
  ownerMembershipId: "m1",
  ownerRole: null,
  ...scores,
  reviewFrequency: "MONTHLY",
  nextReviewDate: "2026-12-20",
  areaIds: ["a1"],
  actionCodes: ["1.1a"],
};
const mitigation = { riskId: "r1", risk: "R03", text: "Recruit two locum EPs", ownerMembershipId: null, ownerRole: "Principal EP", dueDate: "2027-01-31", state: "IN_PROGRESS" };

describe("the risk audit vocabulary", () => {
  it("is in the closed vocabulary", () => {
    for (const kind of Object.keys(riskAudit)) expect(vocabulary).toHaveProperty(kind);
  });

  it.each([
    ["Risk", "create", null, { ...risk, code: "R03" }, "added risk R03, “EHC plans continue to be issued late”, to the register"],
    [
      "Risk",
      "update",
      { title: risk.title, ...scores, ownerMembershipId: "m1", ownerRole: null, areaIds: ["a1"], nextReviewDate: "2026-11-20" },
      { ...risk, code: "R03", scoreReason: "New EPs started" },
      "edited risk R03, “EHC plans continue to be issued late”, rescoring it because “New EPs started”",
    ],
    [
      "Risk",
      "review",
      { currentLikelihood: 3, currentImpact: 4, nextReviewDate: "2026-11-20" },
      { code: "R03", currentLikelihood: 3, currentImpact: 4, nextReviewDate: "2026-12-20", note: "No change" },
      "reviewed risk R03, confirming its current score of 12 (High), next review 20 December 2026",
    ],
    [
      "Risk",
      "review",
      { currentLikelihood: 3, currentImpact: 4, nextReviewDate: "2026-11-20" },
      { code: "R03", currentLikelihood: 2, currentImpact: 2, nextReviewDate: "2026-12-20", note: "Better" },
      "reviewed risk R03, changing its current score from 12 (High) to 4 (Moderate), next review 20 December 2026",
    ],
    ["Risk", "close", { state: "OPEN", escalatedToBoard: true }, { code: "R03", state: "CLOSED", reason: "At target", escalatedToBoard: false }, "closed risk R03: “At target”"],
    [
      "Risk",
      "reopen",
      { state: "CLOSED", escalatedToBoard: false },
      { code: "R03", state: "OPEN", reason: "Waits rising again", escalatedToBoard: false },
      "reopened risk R03: “Waits rising again”",
    ],
    ["Risk", "escalate", { escalatedToBoard: false }, { code: "R03", escalatedToBoard: true, note: "Needs funding" }, "escalated risk R03 to the board: “Needs funding”"],
    ["Risk", "de-escalate", { escalatedToBoard: true }, { code: "R03", escalatedToBoard: false, note: "Funded" }, "took risk R03 back from the board: “Funded”"],
    ["RiskMitigation", "create", null, mitigation, "added a mitigation to risk R03: “Recruit two locum EPs”, due 31 January 2027"],
    [
      "RiskMitigation",
      "update",
      { text: "Recruit locum EPs", state: "PLANNED", dueDate: "2026-12-31", ownerMembershipId: null, ownerRole: "Principal EP" },
      mitigation,
      "edited a mitigation of risk R03: “Recruit two locum EPs”, in progress, due 31 January 2027",
    ],
    [
      "RiskMitigation",
      "complete",
      { state: "IN_PROGRESS" },
      { riskId: "r1", risk: "R03", text: "Recruit two locum EPs", state: "COMPLETE", note: "Both in post" },
      "completed a mitigation of risk R03, “Recruit two locum EPs”: “Both in post”",
    ],
  ])("reads %s %s as one sentence, linked to the risk's page", (kind, verb, before, after, says) => {
    const read = describeAuditRow(row(kind, verb, before, after, kind === "Risk" ? "r1" : "m9"), "derbyshire");
    expect(read).toEqual({ sentence: `Jordan Pike (Head of SEND) ${says}.`, href: "/p/derbyshire/risks/r1", typed: true });
  });

  it("stores days as ISO days, whatever the mutation hands it", () => {
    const after = riskAudit.RiskMitigation.verbs.create.after.parse({ ...mitigation, dueDate: new Date(Date.UTC(2027, 0, 31)) });
    expect(after.dueDate).toBe("2027-01-31");
  });

  it.each([
    [
      "Risk",
      "close",
      { state: "OPEN", escalatedToBoard: false },
      { state: "CLOSED", reason: "Mitigated", escalatedToBoard: false },
      "closed a risk: “Mitigated”",
      "/p/derbyshire/risks/r1",
    ],
    [
      "Risk",
      "escalate",
      { escalatedToBoard: false },
      { note: "For the board", escalatedToBoard: true },
      "escalated a risk to the board: “For the board”",
      "/p/derbyshire/risks/r1",
    ],
    [
      "Risk",
      "review",
      { currentImpact: 4, nextReviewDate: "2026-12-20", currentLikelihood: 3 },
      { note: "Review", currentImpact: 4, nextReviewDate: "2026-12-20", currentLikelihood: 2 },
      "reviewed a risk, changing its current score from 12 (High) to 8 (High), next review 20 December 2026",
      "/p/derbyshire/risks/r1",
    ],
    ["RiskMitigation", "complete", { state: "PLANNED" }, { note: "Done", risk: "R10", state: "COMPLETE" }, "completed a mitigation of risk R10: “Done”", "/p/derbyshire/risks"],
    [
      "RiskMitigation",
      "create",
      null,
      { risk: "R08", text: "Registry mitigation", state: "PLANNED", dueDate: "2027-01-31", ownerRole: "Programme office", ownerMembershipId: null },
      "added a mitigation to risk R08: “Registry mitigation”, due 31 January 2027",
      "/p/derbyshire/risks",
    ],
  ])("reads a %s %s row stored before the vocabulary", (kind, verb, before, after, says, href) => {
    expect(describeAuditRow(row(kind, verb, before, after, "r1"), "derbyshire")).toEqual({ sentence: `Jordan Pike (Head of SEND) ${says}.`, href, typed: true });
  });
});
