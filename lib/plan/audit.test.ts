// The plan's audit rows as a person reads them: each verb's stored row (its
// before and after as the schemas store them) reads as one sentence, typed,
// with a link to the item.
import { describe, expect, it } from "vitest";
import { describeAuditRow, type AuditRow } from "@/lib/audit/sentence";
import { vocabulary } from "@/lib/audit/vocabulary";
import { planAudit } from "./audit";
import { statusLabels } from "./status";

const row = (entityType: string, action: string, before: unknown, after: unknown, entityId = "x1"): AuditRow => ({
  actorName: "Morgan Hale",
  entityType,
  entityId,
  action,
  before: before ?? null,
  after: after ?? null,
});

const read = (r: AuditRow) => describeAuditRow(r, "derbyshire");

const areaFields = { code: "PIA1", kind: "PRIORITY_ACTION", title: "Strategic leadership", finding: "Leaders lack…", leadRoles: ["Director"], parentId: null };
const actionFields = {
  outcome: "1.1",
  code: "1.1a",
  title: "Publish the SEND strategy",
  description: null,
  leadRole: "Head of SEND",
  leadMembershipId: null,
  workstream: null,
  startDate: "2025-04-01",
  tags: ["SEF"],
};
const schedule = { text: "Quarterly audit of EHCP quality", byWhenText: null, frequency: "QUARTERLY", recurrenceStart: "2025-06-30", recurrenceEnd: "2026-03-31" };

/** [kind, verb, stored row, sentence after the actor's name, link]. */
const cases: [string, string, AuditRow, string, string | null][] = [
  [
    "PriorityArea",
    "create",
    row("PriorityArea", "create", null, { ...areaFields, position: 0 }, "a1"),
    "added priority area PIA1, “Strategic leadership”",
    "/p/derbyshire/plan/manage/areas/a1",
  ],
  [
    "PriorityArea",
    "update",
    row("PriorityArea", "update", { ...areaFields, version: 1 }, { ...areaFields, code: "PIA2", title: "Leadership", version: 2 }, "a1"),
    "edited priority area PIA1 (now PIA2), changing its code and title",
    "/p/derbyshire/plan/manage/areas/a1",
  ],
  [
    "PriorityArea",
    "move",
    row("PriorityArea", "move", { position: 2 }, { position: 1, direction: "up", code: "PIA1" }, "a1"),
    "moved priority area PIA1 up",
    "/p/derbyshire/plan/manage/areas/a1",
  ],
  [
    "PriorityArea",
    "archive",
    row(
      "PriorityArea",
      "archive",
      { archivedAt: null, version: 3 },
      { archivedAt: "2026-11-20", version: 4, code: "PIA1", alsoArchived: { outcomes: 2, actions: 5, milestones: 1 } },
      "a1",
    ),
    "archived priority area PIA1 with its 2 outcomes, 5 actions and 1 milestone",
    "/p/derbyshire/plan/manage/areas/a1",
  ],
  [
    "PriorityArea",
    "restore",
    row(
      "PriorityArea",
      "restore",
      { archivedAt: "2026-11-20", version: 4 },
      { archivedAt: null, version: 5, code: "PIA1", alsoRestored: { outcomes: 0, actions: 0, milestones: 0 } },
      "a1",
    ),
    "restored priority area PIA1",
    "/p/derbyshire/plan/manage/areas/a1",
  ],
  [
    "Outcome",
    "create",
    row("Outcome", "create", null, { area: "PIA1", code: "1.1", text: "Children are heard", position: 0 }, "o1"),
    "added outcome 1.1 to priority area PIA1, “Children are heard”",
    "/p/derbyshire/plan/manage/outcomes/o1",
  ],
  [
    "Outcome",
    "update",
    row(
      "Outcome",
      "update",
      { area: "PIA1", code: "1.1", text: "Children are heard", version: 1 },
      { area: "PIA2", code: "1.1", text: "Children are heard", version: 2, actionsMoved: 3 },
      "o1",
    ),
    "edited outcome 1.1, changing its priority area, taking its 3 actions with it",
    "/p/derbyshire/plan/manage/outcomes/o1",
  ],
  [
    "Outcome",
    "move",
    row("Outcome", "move", { position: 0 }, { position: 1, direction: "down", code: "1.1" }, "o1"),
    "moved outcome 1.1 down",
    "/p/derbyshire/plan/manage/outcomes/o1",
  ],
  [
    "Outcome",
    "archive",
    row("Outcome", "archive", { archivedAt: null, version: 1 }, { archivedAt: "2026-11-20", version: 2, code: "1.1", alsoArchived: { actions: 1, milestones: 0 } }, "o1"),
    "archived outcome 1.1 with its 1 action",
    "/p/derbyshire/plan/manage/outcomes/o1",
  ],
  [
    "Outcome",
    "restore",
    row("Outcome", "restore", { archivedAt: "2026-11-20", version: 2 }, { archivedAt: null, version: 3, code: "1.1", alsoRestored: { actions: 1, milestones: 2 } }, "o1"),
    "restored outcome 1.1 with its 1 action and 2 milestones",
    "/p/derbyshire/plan/manage/outcomes/o1",
  ],
  [
    "Action",
    "create",
    row("Action", "create", null, { ...actionFields, baselineDueDate: "2026-03-31", position: 0 }, "c1"),
    "added action 1.1a to outcome 1.1, “Publish the SEND strategy”, due 31 March 2026",
    "/p/derbyshire/plan/actions/c1",
  ],
  [
    "Action",
    "update",
    row("Action", "update", { ...actionFields, version: 1 }, { ...actionFields, leadMembershipId: "m1", tags: ["SEF", "DBV"], version: 2 }, "c1"),
    "edited action 1.1a, changing its lead member and tags",
    "/p/derbyshire/plan/actions/c1",
  ],
  [
    "Action",
    "status.update",
    row(
      "Action",
      "status.update",
      { status: "ON_TRACK", commentary: null, version: 1 },
      { code: "1.1a", status: "OFF_TRACK", commentary: "Slipping", version: 2, evidence: "Survey" },
      "c1",
    ),
    "updated action 1.1a’s status from On track to Off track, with evidence “Survey”",
    "/p/derbyshire/plan/actions/c1",
  ],
  [
    "Action",
    "dueDate.correct",
    row("Action", "dueDate.correct", { dueDate: "2026-03-31" }, { action: "1.1a", actionId: "c1", dueDate: "2027-03-31", reason: "Typed 2026 for 2027" }, "c1"),
    "corrected the due date of action 1.1a from 31 March 2026 to 31 March 2027: “Typed 2026 for 2027”",
    "/p/derbyshire/plan/actions/c1",
  ],
  ["Action", "move", row("Action", "move", { position: 1 }, { position: 0, direction: "up", code: "1.1a" }, "c1"), "moved action 1.1a up", "/p/derbyshire/plan/actions/c1"],
  [
    "Action",
    "archive",
    row("Action", "archive", { archivedAt: null, version: 2 }, { archivedAt: "2026-11-20", version: 3, code: "1.1a", alsoArchived: { milestones: 2 } }, "c1"),
    "archived action 1.1a with its 2 milestones",
    "/p/derbyshire/plan/manage/actions/c1",
  ],
  [
    "Action",
    "restore",
    row("Action", "restore", { archivedAt: "2026-11-20", version: 3 }, { archivedAt: null, version: 4, code: "1.1a", alsoRestored: { milestones: 2 } }, "c1"),
    "restored action 1.1a with its 2 milestones",
    "/p/derbyshire/plan/actions/c1",
  ],
  [
    "Milestone",
    "create",
    row("Milestone", "create", null, { ...schedule, action: "1.1a", baselineDueDate: null, dueDate: null, occurrences: 4, position: 0 }, "s1"),
    "added a milestone to action 1.1a, “Quarterly audit of EHCP quality”, quarterly from 30 June 2025 to 31 March 2026",
    "/p/derbyshire/plan/manage/milestones/s1",
  ],
  [
    "Milestone",
    "update",
    row("Milestone", "update", { ...schedule, version: 1 }, { ...schedule, recurrenceEnd: "2026-09-30", version: 2, action: "1.1a", occurrences: { added: 2, removed: 0 } }, "s1"),
    "edited the milestone “Quarterly audit of EHCP quality” of action 1.1a, changing its schedule (2 due dates added, 0 removed)",
    "/p/derbyshire/plan/manage/milestones/s1",
  ],
  [
    "Milestone",
    "dueDate.correct",
    row(
      "Milestone",
      "dueDate.correct",
      { dueDate: "2026-03-31" },
      { action: "1.1a", actionId: "c1", milestone: "Strategy signed off", dueDate: "2026-04-30", reason: "Wrong month" },
      "s1",
    ),
    "corrected the due date of the milestone “Strategy signed off” of action 1.1a from 31 March 2026 to 30 April 2026: “Wrong month”",
    "/p/derbyshire/plan/manage/milestones/s1",
  ],
  [
    "Milestone",
    "move",
    row("Milestone", "move", { position: 0 }, { position: 1, direction: "down", text: "Strategy signed off", action: "1.1a" }, "s1"),
    "moved the milestone “Strategy signed off” of action 1.1a down",
    "/p/derbyshire/plan/manage/milestones/s1",
  ],
  [
    "Milestone",
    "archive",
    row("Milestone", "archive", { archivedAt: null, version: 1 }, { archivedAt: "2026-11-20", version: 2, text: "Strategy signed off", action: "1.1a" }, "s1"),
    "archived the milestone “Strategy signed off” of action 1.1a",
    "/p/derbyshire/plan/manage/milestones/s1",
  ],
  [
    "Milestone",
    "restore",
    row("Milestone", "restore", { archivedAt: "2026-11-20", version: 2 }, { archivedAt: null, version: 3, text: "Strategy signed off", action: "1.1a" }, "s1"),
    "restored the milestone “Strategy signed off” of action 1.1a",
    "/p/derbyshire/plan/manage/milestones/s1",
  ],
  [
    "MilestoneOccurrence",
    "milestone.met",
    row(
      "MilestoneOccurrence",
      "milestone.met",
      { state: "PENDING", note: null },
      { state: "MET", note: "Minutes", milestone: "Strategy signed off", dueDate: "2026-03-31", action: "1.1a", actionId: "c1" },
      "q1",
    ),
    "recorded the milestone “Strategy signed off” of action 1.1a due 31 March 2026 as met",
    "/p/derbyshire/plan/actions/c1",
  ],
  [
    "MilestoneOccurrence",
    "milestone.missed",
    row(
      "MilestoneOccurrence",
      "milestone.missed",
      { state: "PENDING", note: null },
      { state: "MISSED", note: "Board moved", milestone: "Strategy signed off", dueDate: "2026-03-31", action: "1.1a", actionId: "c1" },
      "q1",
    ),
    "recorded the milestone “Strategy signed off” of action 1.1a due 31 March 2026 as missed",
    "/p/derbyshire/plan/actions/c1",
  ],
];

describe("the plan's audit rows", () => {
  it.each(cases)("%s %s reads as one sentence with its link", (_kind, _verb, stored, says, href) => {
    expect(read(stored)).toEqual({ sentence: `Morgan Hale ${says}.`, href, typed: true });
  });

  it("covers every verb the plan registers", () => {
    const registered = Object.entries(planAudit).flatMap(([kind, spec]) => Object.keys(spec.verbs).map((verb) => `${kind} ${verb}`));
    expect(cases.map(([kind, verb]) => `${kind} ${verb}`).sort()).toEqual(registered.sort());
    expect(Object.keys(planAudit).every((kind) => kind in vocabulary)).toBe(true);
  });

  it("says a status in the partnership's own words", () => {
    const rag = statusLabels({ ON_TRACK: "Green", OFF_TRACK: "Red", AT_RISK: "Amber" });
    const stored = row(
      "Action",
      "status.update",
      { status: "AT_RISK", commentary: null, version: 1 },
      { code: "1.2a", status: "ON_TRACK", commentary: "Back on plan", version: 2, evidence: null },
    );
    expect(describeAuditRow(stored, "derbyshire", { labels: rag }).sentence).toBe("Morgan Hale updated action 1.2a’s status from Amber to Green.");
    expect(read(stored).sentence).toBe("Morgan Hale updated action 1.2a’s status from On track, some concerns to On track.");
  });

  it("still reads rows written before an item's name was recorded", () => {
    expect(read(row("Action", "move", { position: 1 }, { position: 0, direction: "up" }))).toMatchObject({ sentence: "Morgan Hale moved an action up.", typed: true });
    expect(
      read(row("Action", "status.update", { status: "ON_TRACK", commentary: "Fine", version: 1 }, { status: "AT_RISK", commentary: "Less fine", version: 2, evidence: null })),
    ).toMatchObject({
      sentence: "Morgan Hale updated an action’s status from On track to On track, some concerns.",
      typed: true,
    });
    // A due date recorded before its action was: no page to link to, but still a sentence.
    expect(
      read(row("MilestoneOccurrence", "milestone.met", { state: "PENDING", note: null }, { state: "MET", note: "x", milestone: "Audit", dueDate: "2025-06-30T00:00:00.000Z" })),
    ).toEqual({
      sentence: "Morgan Hale recorded the milestone “Audit” due 30 June 2025 as met.",
      href: null,
      typed: true,
    });
  });

  it("stores what the mutations write: days as ISO days, unknown fields dropped", () => {
    const verbs = planAudit.Action.verbs;
    expect(verbs["dueDate.correct"].after.parse({ action: "1.1a", actionId: "c1", dueDate: new Date(Date.UTC(2027, 0, 29)), reason: "x", extra: 1 })).toEqual({
      action: "1.1a",
      actionId: "c1",
      dueDate: "2027-01-29",
      reason: "x",
    });
    expect(() => verbs["status.update"].after.parse({ status: "GREEN", commentary: "x", version: 2, evidence: null })).toThrow();
  });

  it("reads an action with no agreed due date, and the editor setting its first (rows before it carry no baseline)", () => {
    const tbc = row("Action", "create", null, { ...actionFields, baselineDueDate: null, position: 0 }, "c1");
    expect(read(tbc)).toMatchObject({ sentence: "Morgan Hale added action 1.1a to outcome 1.1, “Publish the SEND strategy”, with its due date to be confirmed.", typed: true });
    const set = row("Action", "update", { ...actionFields, baselineDueDate: null, version: 1 }, { ...actionFields, baselineDueDate: "2026-03-31", version: 2 }, "c1");
    expect(read(set)).toMatchObject({ sentence: "Morgan Hale edited action 1.1a, setting its first due date to 31 March 2026.", typed: true });
    const setAndRetitled = row(
      "Action",
      "update",
      { ...actionFields, baselineDueDate: null, version: 1 },
      { ...actionFields, title: "Publish it", baselineDueDate: "2026-03-31", version: 2 },
      "c1",
    );
    expect(read(setAndRetitled).sentence).toBe("Morgan Hale edited action 1.1a, changing its title and setting its first due date to 31 March 2026.");
    const kept = row("Action", "update", { ...actionFields, baselineDueDate: "2026-03-31", version: 1 }, { ...actionFields, baselineDueDate: "2026-03-31", version: 2 }, "c1");
    expect(read(kept).sentence).toBe("Morgan Hale edited action 1.1a, changing nothing.");
    const undated = row(
      "Milestone",
      "create",
      null,
      { ...schedule, frequency: null, recurrenceStart: null, recurrenceEnd: null, action: "1.1a", baselineDueDate: null, dueDate: null, occurrences: 0, position: 0 },
      "s1",
    );
    expect(read(undated)).toMatchObject({
      sentence: "Morgan Hale added a milestone to action 1.1a, “Quarterly audit of EHCP quality”, with its date to be confirmed.",
      typed: true,
    });
    // What updateAction writes: Dates and nulls.
    expect(planAudit.Action.verbs.update.after.parse({ ...actionFields, startDate: null, baselineDueDate: new Date(Date.UTC(2026, 2, 31)), version: 2 })).toMatchObject({
      baselineDueDate: "2026-03-31",
    });
    expect(planAudit.Action.verbs.create.after.parse({ ...actionFields, startDate: null, baselineDueDate: null, position: 0 })).toMatchObject({ baselineDueDate: null });
  });
});
