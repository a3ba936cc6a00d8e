// Plan editing against a real PostgreSQL: who may change the plan's structure
// (DESIGN §4: admin everywhere, priority leads in their own areas), one audit
// row per change, unique codes, optimistic locking, archive without losing
// history, and recurring milestones regenerated without losing what was met.
//
// The database is shared with the other test files: every row made here has a
// code starting "T9" (or hangs off one that does) and is deleted at the end;
// the one seeded row changed (PIA1's title) is put back.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "./support/db";
import { callerFor, partnershipId } from "./support/callers";
import type { Caller } from "@/lib/auth/caller";
import { parseIsoDate, toIsoDate } from "@/lib/dates/format";
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from "@/lib/errors";
import { updateActionStatus } from "@/lib/plan/mutations";
import { getPlanTree } from "@/lib/plan/queries";
import { createAction, updateAction } from "@/lib/plan/structure/mutations/actions";
import { archiveAction, archiveArea, archiveMilestone, archiveOutcome, restoreAction, restoreArea, restoreMilestone, restoreOutcome } from "@/lib/plan/structure/mutations/archive";
import { createArea, updateArea } from "@/lib/plan/structure/mutations/areas";
import { createMilestone, updateMilestone } from "@/lib/plan/structure/mutations/milestones";
import { moveAction, moveArea, moveMilestone, moveOutcome } from "@/lib/plan/structure/mutations/move";
import { createOutcome, updateOutcome } from "@/lib/plan/structure/mutations/outcomes";
import { listPlanStructure } from "@/lib/plan/structure/queries";

const ROLES = ["admin", "board", "lead", "contributor", "viewer", "advisor"] as const;
type RoleKey = (typeof ROLES)[number];
/** Roles with no plan editing at all. */
const NON_EDITORS = ["board", "contributor", "viewer", "advisor"] as const;

let derbyshire: string;
let pia1: string;
let pia2: string;
const callers = {} as Record<RoleKey, Caller>;
const date = parseIsoDate;

let seq = 0;
const next = () => ++seq;

// ---------------------------------------------------------------------------
// Fixtures, written straight to the database (no audit rows of their own)

async function makeArea(overrides: { archivedAt?: Date } = {}) {
  const n = next();
  return db.priorityArea.create({
    data: {
      partnershipId: derbyshire,
      code: `T9A${n}`,
      kind: "LOCAL_PRIORITY",
      title: `Test area ${n}`,
      finding: "A test finding.",
      leadRoles: [],
      position: 1000 + n,
      ...overrides,
    },
  });
}

async function makeOutcome(priorityAreaId: string, overrides: { archivedAt?: Date } = {}) {
  const n = next();
  return db.outcome.create({ data: { partnershipId: derbyshire, priorityAreaId, code: `T9.${n}`, text: `Test outcome ${n}`, position: 1000 + n, ...overrides } });
}

async function makeAction(outcome: { id: string; priorityAreaId: string }, overrides: { archivedAt?: Date } = {}) {
  const n = next();
  return db.action.create({
    data: {
      partnershipId: derbyshire,
      priorityAreaId: outcome.priorityAreaId,
      outcomeId: outcome.id,
      code: `T9.${n}a`,
      title: `Test action ${n}`,
      baselineDueDate: date("2026-03-31"),
      currentDueDate: date("2026-03-31"),
      position: 1000 + n,
      ...overrides,
    },
  });
}

async function makeMilestone(actionId: string, overrides: { archivedAt?: Date } = {}) {
  const n = next();
  const due = date("2026-01-31");
  return db.milestone.create({
    data: {
      partnershipId: derbyshire,
      actionId,
      text: `Test milestone ${n}`,
      baselineDueDate: due,
      dueDate: due,
      position: 1000 + n,
      occurrences: { create: { dueDate: due } },
      ...overrides,
    },
  });
}

async function actionIn(areaId: string) {
  return makeAction(await makeOutcome(areaId));
}

// ---------------------------------------------------------------------------
// Checks

async function auditCount() {
  return db.auditEvent.count({ where: { partnershipId: derbyshire } });
}

/** Everything a refused or failed call could have touched in Derbyshire's plan. */
async function snapshot() {
  const where = { partnershipId: derbyshire };
  const archived = { partnershipId: derbyshire, archivedAt: { not: null } };
  const sums = { _count: true, _sum: { version: true, position: true } } as const;
  return Promise.all([
    db.priorityArea.aggregate({ where, ...sums }),
    db.outcome.aggregate({ where, ...sums }),
    db.action.aggregate({ where, ...sums }),
    db.milestone.aggregate({ where, ...sums }),
    db.milestoneOccurrence.aggregate({ where, _count: true, _sum: { version: true } }),
    db.priorityArea.count({ where: archived }),
    db.outcome.count({ where: archived }),
    db.action.count({ where: archived }),
    db.milestone.count({ where: archived }),
    db.actionUpdate.count({ where }),
    db.auditEvent.count({ where }),
  ]);
}

async function expectRefused(run: () => Promise<unknown>, error: new (...args: never[]) => Error = ForbiddenError) {
  const before = await snapshot();
  await expect(run()).rejects.toBeInstanceOf(error);
  expect(await snapshot()).toEqual(before);
}

/** Succeeds and writes exactly one audit row. */
async function expectOneAudit<T>(run: () => Promise<T>): Promise<T> {
  const before = await auditCount();
  const result = await run();
  expect(await auditCount()).toBe(before + 1);
  return result;
}

function liveActionIds(tree: Awaited<ReturnType<typeof getPlanTree>>) {
  return tree.flatMap((area) => [area, ...area.linkedAreas].flatMap((a) => a.outcomes.flatMap((o) => o.actions.map((x) => x.id))));
}

async function occurrencesOf(milestoneId: string) {
  const rows = await db.milestoneOccurrence.findMany({ where: { partnershipId: derbyshire, milestoneId }, orderBy: { dueDate: "asc" }, select: { dueDate: true, state: true } });
  return rows.map((o) => [toIsoDate(o.dueDate), o.state]);
}

// ---------------------------------------------------------------------------

let pia1Original: { title: string; version: number };

beforeAll(async () => {
  derbyshire = await partnershipId("derbyshire");
  for (const role of ROLES) callers[role] = await callerFor(role === "advisor" ? "advisor@dfe.demo" : `${role}@derbyshire.demo`, "derbyshire");
  const areas = await db.priorityArea.findMany({
    where: { partnershipId: derbyshire, code: { in: ["PIA1", "PIA2"] } },
    select: { id: true, code: true, title: true, version: true },
  });
  const byCode = Object.fromEntries(areas.map((a) => [a.code, a]));
  pia1 = byCode.PIA1.id;
  pia2 = byCode.PIA2.id;
  pia1Original = byCode.PIA1;
  // The premise of the matrix: lead@ leads PIA1 (and the other areas the plan gives their role), never PIA2.
  expect(callers.lead.scope.areaIds).toContain(pia1);
  expect(callers.lead.scope.areaIds).not.toContain(pia2);
});

afterAll(async () => {
  const mine = { partnershipId: derbyshire, code: { startsWith: "T9" } };
  // Their audit rows stay: the audit is append-only (tests/audit-role.test.ts).
  // Children first: actions take their milestones, occurrences and updates with them.
  await db.action.deleteMany({ where: mine });
  await db.outcome.deleteMany({ where: mine });
  await db.priorityArea.deleteMany({ where: { ...mine, parentId: { not: null } } });
  await db.priorityArea.deleteMany({ where: mine });
  await db.priorityArea.updateMany({ where: { id: pia1, partnershipId: derbyshire }, data: { title: pia1Original.title } });
  expect(await db.action.count({ where: { partnershipId: derbyshire } })).toBe(41);
});

// ---------------------------------------------------------------------------
// Who may: outcomes, actions and milestones (admin everywhere, lead in own area)

type Prepare = (areaId: string) => Promise<(caller: Caller) => Promise<unknown>>;

const childMutations: [name: string, prepare: Prepare][] = [
  [
    "createOutcome",
    async (areaId) => {
      const code = `T9.${next()}`;
      return (caller) => createOutcome(derbyshire, caller, { priorityAreaId: areaId, code, text: "Children are heard." });
    },
  ],
  [
    "updateOutcome",
    async (areaId) => {
      const outcome = await makeOutcome(areaId);
      return (caller) => updateOutcome(derbyshire, caller, { id: outcome.id, version: outcome.version, priorityAreaId: areaId, code: outcome.code, text: "Reworded outcome." });
    },
  ],
  [
    "moveOutcome",
    async (areaId) => {
      await makeOutcome(areaId);
      const outcome = await makeOutcome(areaId);
      return (caller) => moveOutcome(derbyshire, caller, { id: outcome.id, direction: "up" });
    },
  ],
  [
    "archiveOutcome",
    async (areaId) => {
      const outcome = await makeOutcome(areaId);
      return (caller) => archiveOutcome(derbyshire, caller, { id: outcome.id, version: outcome.version });
    },
  ],
  [
    "restoreOutcome",
    async (areaId) => {
      const outcome = await makeOutcome(areaId, { archivedAt: new Date() });
      return (caller) => restoreOutcome(derbyshire, caller, { id: outcome.id, version: outcome.version });
    },
  ],
  [
    "createAction",
    async (areaId) => {
      const outcome = await makeOutcome(areaId);
      const code = `T9.${next()}a`;
      return (caller) => createAction(derbyshire, caller, { outcomeId: outcome.id, code, title: "A new action", tags: [], baselineDueDate: date("2026-06-30") });
    },
  ],
  [
    "updateAction",
    async (areaId) => {
      const action = await actionIn(areaId);
      return (caller) =>
        updateAction(derbyshire, caller, { id: action.id, version: action.version, outcomeId: action.outcomeId, code: action.code, title: "Retitled", tags: ["SEF"] });
    },
  ],
  [
    "moveAction",
    async (areaId) => {
      const outcome = await makeOutcome(areaId);
      await makeAction(outcome);
      const action = await makeAction(outcome);
      return (caller) => moveAction(derbyshire, caller, { id: action.id, direction: "up" });
    },
  ],
  [
    "archiveAction",
    async (areaId) => {
      const action = await actionIn(areaId);
      return (caller) => archiveAction(derbyshire, caller, { id: action.id, version: action.version });
    },
  ],
  [
    "restoreAction",
    async (areaId) => {
      const action = await makeAction(await makeOutcome(areaId), { archivedAt: new Date() });
      return (caller) => restoreAction(derbyshire, caller, { id: action.id, version: action.version });
    },
  ],
  [
    "createMilestone",
    async (areaId) => {
      const action = await actionIn(areaId);
      return (caller) =>
        createMilestone(derbyshire, caller, { actionId: action.id, text: "Audit shows plans on time", schedule: { kind: "ONE_OFF", dueDate: date("2026-02-28") } });
    },
  ],
  [
    "updateMilestone",
    async (areaId) => {
      const milestone = await makeMilestone((await actionIn(areaId)).id);
      return (caller) => updateMilestone(derbyshire, caller, { id: milestone.id, version: milestone.version, text: "Reworded milestone", recurrence: undefined });
    },
  ],
  [
    "moveMilestone",
    async (areaId) => {
      const action = await actionIn(areaId);
      await makeMilestone(action.id);
      const milestone = await makeMilestone(action.id);
      return (caller) => moveMilestone(derbyshire, caller, { id: milestone.id, direction: "up" });
    },
  ],
  [
    "archiveMilestone",
    async (areaId) => {
      const milestone = await makeMilestone((await actionIn(areaId)).id);
      return (caller) => archiveMilestone(derbyshire, caller, { id: milestone.id, version: milestone.version });
    },
  ],
  [
    "restoreMilestone",
    async (areaId) => {
      const milestone = await makeMilestone((await actionIn(areaId)).id, { archivedAt: new Date() });
      return (caller) => restoreMilestone(derbyshire, caller, { id: milestone.id, version: milestone.version });
    },
  ],
];

describe.each(childMutations)("%s: who may", (_name, prepare) => {
  it("the admin may, in any area, writing one audit row", async () => {
    const run = await prepare(pia2);
    await expectOneAudit(() => run(callers.admin));
  });

  it("the priority lead may in the area they lead, writing one audit row", async () => {
    const run = await prepare(pia1);
    await expectOneAudit(() => run(callers.lead));
  });

  it("the priority lead may not in another area; it changes nothing", async () => {
    const run = await prepare(pia2);
    await expectRefused(() => run(callers.lead));
  });

  it.each(NON_EDITORS)("%s may not, even in PIA1; it changes nothing", async (role) => {
    const run = await prepare(pia1);
    await expectRefused(() => run(callers[role]));
  });
});

// ---------------------------------------------------------------------------
// Who may: priority areas themselves

describe("priority areas: who may", () => {
  const areaInput = (code: string) => ({
    code,
    kind: "LOCAL_PRIORITY" as const,
    title: "Preparation for adulthood",
    finding: "Young people's transitions are poorly planned.",
    leadRoles: ["Head of SEND"],
  });

  it("only the admin adds one (one audit row); a lead, board member, contributor, viewer or advisor cannot", async () => {
    for (const role of ["lead", ...NON_EDITORS] as const) {
      await expectRefused(() => createArea(derbyshire, callers[role], areaInput(`T9A${next()}`)));
    }
    const area = await expectOneAudit(() => createArea(derbyshire, callers.admin, { ...areaInput(`T9A${next()}`), parentId: pia1 }));
    const saved = await db.priorityArea.findFirstOrThrow({ where: { id: area.id, partnershipId: derbyshire } });
    expect(saved).toMatchObject({ parentId: pia1, leadRoles: ["Head of SEND"], archivedAt: null, version: 1 });
  });

  it("the admin edits any area; the lead rewords PIA1 but cannot change its code, nor touch PIA2; others cannot", async () => {
    const own = await db.priorityArea.findFirstOrThrow({ where: { id: pia1, partnershipId: derbyshire } });
    const other = await db.priorityArea.findFirstOrThrow({ where: { id: pia2, partnershipId: derbyshire } });
    const edit = (area: typeof own, change: Partial<Pick<typeof own, "title" | "code" | "kind">>) => ({
      id: area.id,
      version: area.version,
      code: area.code,
      kind: area.kind,
      title: area.title,
      finding: area.finding,
      leadRoles: area.leadRoles,
      parentId: area.parentId ?? undefined,
      ...change,
    });

    await expectRefused(() => updateArea(derbyshire, callers.lead, edit(other, { title: "Not mine" })));
    await expectRefused(() => updateArea(derbyshire, callers.lead, edit(own, { code: "T9PIA1" })));
    await expectRefused(() => updateArea(derbyshire, callers.lead, edit(own, { kind: "LOCAL_PRIORITY" })));
    for (const role of NON_EDITORS) await expectRefused(() => updateArea(derbyshire, callers[role], edit(own, { title: "Not theirs" })));

    await expectOneAudit(() => updateArea(derbyshire, callers.lead, edit(own, { title: `${own.title} (reworded)` })));
    expect(await db.priorityArea.findFirstOrThrow({ where: { id: pia1, partnershipId: derbyshire } })).toMatchObject({
      title: `${own.title} (reworded)`,
      code: "PIA1",
      version: own.version + 1,
    });

    const mine = await makeArea();
    await expectOneAudit(() => updateArea(derbyshire, callers.admin, { ...edit(mine, { title: "Renamed by the programme office", code: `T9A${next()}` }) }));
  });

  it("only the admin reorders, archives and restores areas", async () => {
    const first = await makeArea();
    const second = await makeArea();
    const archived = await makeArea({ archivedAt: new Date() });
    for (const role of ["lead", ...NON_EDITORS] as const) {
      await expectRefused(() => moveArea(derbyshire, callers[role], { id: pia1, direction: "down" }));
      await expectRefused(() => archiveArea(derbyshire, callers[role], { id: pia1, version: 1 }));
      await expectRefused(() => restoreArea(derbyshire, callers[role], { id: archived.id, version: archived.version }));
    }
    await expectOneAudit(() => moveArea(derbyshire, callers.admin, { id: second.id, direction: "up" }));
    const [a, b] = await Promise.all([first, second].map((x) => db.priorityArea.findFirstOrThrow({ where: { id: x.id, partnershipId: derbyshire } })));
    expect([a.position, b.position]).toEqual([second.position, first.position]);

    await expectOneAudit(() => archiveArea(derbyshire, callers.admin, { id: first.id, version: first.version }));
    await expectOneAudit(() => restoreArea(derbyshire, callers.admin, { id: archived.id, version: archived.version }));
  });
});

// ---------------------------------------------------------------------------
// Codes stay unique within a partnership

describe("codes", () => {
  it("refuses an action code already used in the plan, with the message on the code field, writing nothing", async () => {
    const outcome = await makeOutcome(pia1);
    const before = await snapshot();
    for (const code of ["1.1a", "1.1A"]) {
      const error = await createAction(derbyshire, callers.admin, { outcomeId: outcome.id, code, title: "Duplicate", tags: [], baselineDueDate: date("2026-03-31") }).catch(
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(ValidationError);
      expect((error as ValidationError).fieldErrors).toEqual({ code: [`Code ${code} is already used by another action in this plan.`] });
    }
    expect(await snapshot()).toEqual(before);
  });

  it("refuses renaming an action, outcome or area to a code in use, writing nothing", async () => {
    const action = await actionIn(pia1);
    const outcome = await makeOutcome(pia1);
    const area = await makeArea();
    const before = await snapshot();
    const cases: [() => Promise<unknown>, string][] = [
      [
        () => updateAction(derbyshire, callers.lead, { id: action.id, version: 1, outcomeId: action.outcomeId, code: "1.2b", title: action.title, tags: [] }),
        "Code 1.2b is already used by another action in this plan.",
      ],
      [
        () => updateOutcome(derbyshire, callers.lead, { id: outcome.id, version: 1, priorityAreaId: pia1, code: "1.1", text: outcome.text }),
        "Code 1.1 is already used by another outcome in this plan.",
      ],
      [
        () => updateArea(derbyshire, callers.admin, { id: area.id, version: 1, code: "PIA2", kind: area.kind, title: area.title, finding: area.finding, leadRoles: [] }),
        "Code PIA2 is already used by another priority area in this plan.",
      ],
    ];
    for (const [run, message] of cases) {
      const error = await run().catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ValidationError);
      expect((error as ValidationError).fieldErrors).toEqual({ code: [message] });
    }
    expect(await snapshot()).toEqual(before);
  });

  it("counts an archived item's code as used, so restoring it can never clash", async () => {
    const archived = await makeAction(await makeOutcome(pia1), { archivedAt: new Date() });
    const outcome = await makeOutcome(pia1);
    await expect(
      createAction(derbyshire, callers.admin, { outcomeId: outcome.id, code: archived.code, title: "Reuse", tags: [], baselineDueDate: date("2026-03-31") }),
    ).rejects.toBeInstanceOf(ValidationError);
  });

  it("two saves racing with the same new code: one wins, the other gets the same field message", async () => {
    const outcome = await makeOutcome(pia1);
    const code = `T9.${next()}a`;
    const input = { outcomeId: outcome.id, code, title: "Race", tags: [], baselineDueDate: date("2026-03-31") };
    const audits = await auditCount();
    const results = await Promise.allSettled([createAction(derbyshire, callers.admin, input), createAction(derbyshire, callers.admin, input)]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const refused = results.find((r): r is PromiseRejectedResult => r.status === "rejected");
    expect(refused?.reason).toBeInstanceOf(ValidationError);
    expect((refused?.reason as ValidationError).fieldErrors).toEqual({ code: [`Code ${code} is already used by another action in this plan.`] });
    expect(await db.action.count({ where: { partnershipId: derbyshire, code } })).toBe(1);
    expect(await auditCount()).toBe(audits + 1);
  });
});

// ---------------------------------------------------------------------------
// Optimistic locking

describe("a stale version", () => {
  it("is a conflict that changes nothing, for an edit and for an archive", async () => {
    const action = await actionIn(pia1);
    const edit = { id: action.id, outcomeId: action.outcomeId, code: action.code, tags: [] };
    const saved = await updateAction(derbyshire, callers.admin, { ...edit, version: action.version, title: "First save" });
    expect(saved.version).toBe(action.version + 1);

    await expectRefused(() => updateAction(derbyshire, callers.lead, { ...edit, version: action.version, title: "Second save, from a stale form" }), ConflictError);
    await expectRefused(() => archiveAction(derbyshire, callers.lead, { id: action.id, version: action.version }), ConflictError);
    expect(await db.action.findFirstOrThrow({ where: { id: action.id, partnershipId: derbyshire } })).toMatchObject({ title: "First save", archivedAt: null });
  });

  it("applies to areas, outcomes and milestones too", async () => {
    const area = await makeArea();
    const outcome = await makeOutcome(pia1);
    const milestone = await makeMilestone((await actionIn(pia1)).id);
    await db.$transaction([
      db.priorityArea.updateMany({ where: { id: area.id, partnershipId: derbyshire }, data: { version: { increment: 1 } } }),
      db.outcome.updateMany({ where: { id: outcome.id, partnershipId: derbyshire }, data: { version: { increment: 1 } } }),
      db.milestone.updateMany({ where: { id: milestone.id, partnershipId: derbyshire }, data: { version: { increment: 1 } } }),
    ]);
    await expectRefused(
      () => updateArea(derbyshire, callers.admin, { id: area.id, version: 1, code: area.code, kind: area.kind, title: "Stale", finding: area.finding, leadRoles: [] }),
      ConflictError,
    );
    await expectRefused(() => updateOutcome(derbyshire, callers.admin, { id: outcome.id, version: 1, priorityAreaId: pia1, code: outcome.code, text: "Stale" }), ConflictError);
    await expectRefused(() => updateMilestone(derbyshire, callers.admin, { id: milestone.id, version: 1, text: "Stale", recurrence: undefined }), ConflictError);
  });
});

// ---------------------------------------------------------------------------
// Archive and restore

describe("archiving", () => {
  it("takes an action out of the live plan but keeps its history, and restoring brings it back", async () => {
    const outcome = await makeOutcome(pia1);
    const created = await createAction(derbyshire, callers.admin, {
      outcomeId: outcome.id,
      code: `T9.${next()}a`,
      title: "To be archived",
      tags: ["SEF"],
      baselineDueDate: date("2026-03-31"),
    });
    let version = 1;
    for (const commentary of ["Started on time.", "Slipping: recruitment delayed."]) {
      ({ version } = await updateActionStatus(derbyshire, callers.admin, { actionId: created.id, version, status: "AT_RISK", commentary }));
    }
    await makeMilestone(created.id);
    expect(liveActionIds(await getPlanTree(derbyshire))).toContain(created.id);

    await expectOneAudit(() => archiveAction(derbyshire, callers.lead, { id: created.id, version }));
    expect(liveActionIds(await getPlanTree(derbyshire))).not.toContain(created.id);
    expect(await db.actionUpdate.count({ where: { partnershipId: derbyshire, actionId: created.id } })).toBe(2);
    expect(await db.milestone.count({ where: { partnershipId: derbyshire, actionId: created.id, archivedAt: { not: null } } })).toBe(1);
    expect(await db.milestoneOccurrence.count({ where: { partnershipId: derbyshire, milestone: { actionId: created.id } } })).toBe(1);
    // The editor still lists it when asked for archived items.
    const withArchived = await listPlanStructure(derbyshire, { includeArchived: true });
    const listed = withArchived.flatMap((a) => a.outcomes.flatMap((o) => o.actions)).find((a) => a.id === created.id);
    expect(listed?.archivedAt).not.toBeNull();

    await expectOneAudit(() => restoreAction(derbyshire, callers.lead, { id: created.id, version: version + 1 }));
    expect(liveActionIds(await getPlanTree(derbyshire))).toContain(created.id);
    expect(await db.milestone.count({ where: { partnershipId: derbyshire, actionId: created.id, archivedAt: null } })).toBe(1);
  });

  it("archiving an outcome takes its actions with it; restoring brings back those, not one archived before", async () => {
    const outcome = await makeOutcome(pia1);
    const kept = await makeAction(outcome);
    const alreadyArchived = await makeAction(outcome, { archivedAt: new Date(Date.now() - 60_000) });
    await db.actionUpdate.create({ data: { partnershipId: derbyshire, actionId: kept.id, status: "ON_TRACK", commentary: "Fine.", authorName: "Test" } });

    await expectOneAudit(() => archiveOutcome(derbyshire, callers.admin, { id: outcome.id, version: 1 }));
    const tree = await getPlanTree(derbyshire);
    expect(tree.flatMap((a) => a.outcomes.map((o) => o.id))).not.toContain(outcome.id);
    expect(liveActionIds(tree)).not.toContain(kept.id);
    expect(await db.action.findFirstOrThrow({ where: { id: kept.id, partnershipId: derbyshire } })).toMatchObject({ archivedAt: expect.any(Date) });
    expect(await db.actionUpdate.count({ where: { partnershipId: derbyshire, actionId: kept.id } })).toBe(1);

    // Its actions cannot be restored on their own while it is archived.
    await expectRefused(() => restoreAction(derbyshire, callers.admin, { id: kept.id, version: 2 }), ValidationError);

    await expectOneAudit(() => restoreOutcome(derbyshire, callers.admin, { id: outcome.id, version: 2 }));
    expect(liveActionIds(await getPlanTree(derbyshire))).toContain(kept.id);
    expect(await db.action.findFirstOrThrow({ where: { id: alreadyArchived.id, partnershipId: derbyshire } })).toMatchObject({ archivedAt: expect.any(Date) });
  });

  it("refuses to archive an area that still has linked areas", async () => {
    const parent = await makeArea();
    await createArea(derbyshire, callers.admin, { code: `T9A${next()}`, kind: "IMPROVEMENT", title: "Linked", finding: "x", leadRoles: [], parentId: parent.id });
    await expectRefused(() => archiveArea(derbyshire, callers.admin, { id: parent.id, version: parent.version }), ValidationError);
  });
});

// ---------------------------------------------------------------------------
// Milestones: one-off and recurring

describe("milestones", () => {
  it("a one-off milestone has its baseline equal to its due date and a single occurrence", async () => {
    const action = await actionIn(pia1);
    const created = await expectOneAudit(() =>
      createMilestone(derbyshire, callers.lead, {
        actionId: action.id,
        text: "Strategy approved by the board",
        byWhenText: "31st March 2026",
        schedule: { kind: "ONE_OFF", dueDate: date("2026-03-31") },
      }),
    );
    const saved = await db.milestone.findFirstOrThrow({ where: { id: created.id, partnershipId: derbyshire } });
    expect(saved).toMatchObject({ baselineDueDate: date("2026-03-31"), dueDate: date("2026-03-31"), frequency: null, byWhenText: "31st March 2026" });
    expect(await occurrencesOf(created.id)).toEqual([["2026-03-31", "PENDING"]]);
  });

  it("a recurring milestone gets one occurrence per date; a new schedule keeps met and missed ones and replaces the pending", async () => {
    const action = await actionIn(pia1);
    const created = await createMilestone(derbyshire, callers.admin, {
      actionId: action.id,
      text: "Quarterly audit of EHCP quality",
      schedule: { kind: "RECURRING", frequency: "QUARTERLY", start: date("2025-01-31"), end: date("2025-12-31") },
    });
    expect(created.occurrences).toBe(4);
    expect(await occurrencesOf(created.id)).toEqual([
      ["2025-01-31", "PENDING"],
      ["2025-04-30", "PENDING"],
      ["2025-07-31", "PENDING"],
      ["2025-10-31", "PENDING"],
    ]);
    const settle = (iso: string, state: "MET" | "MISSED") =>
      db.milestoneOccurrence.updateMany({ where: { partnershipId: derbyshire, milestoneId: created.id, dueDate: date(iso) }, data: { state } });
    await settle("2025-01-31", "MET");
    await settle("2025-04-30", "MET");
    await settle("2025-07-31", "MISSED");

    const updated = await expectOneAudit(() =>
      updateMilestone(derbyshire, callers.lead, {
        id: created.id,
        version: 1,
        text: "Monthly audit of EHCP quality",
        recurrence: { frequency: "MONTHLY", start: date("2025-03-31"), end: date("2025-06-30") },
      }),
    );
    expect(updated.occurrences).toEqual({ added: 3, removed: 1 });
    expect(await occurrencesOf(created.id)).toEqual([
      ["2025-01-31", "MET"],
      ["2025-03-31", "PENDING"],
      ["2025-04-30", "MET"],
      ["2025-05-31", "PENDING"],
      ["2025-06-30", "PENDING"],
      ["2025-07-31", "MISSED"],
    ]);
    expect(await db.milestone.findFirstOrThrow({ where: { id: created.id, partnershipId: derbyshire } })).toMatchObject({
      frequency: "MONTHLY",
      recurrenceStart: date("2025-03-31"),
      recurrenceEnd: date("2025-06-30"),
      version: 2,
    });
  });

  it("keeps its kind: a one-off cannot become recurring by an edit, and a recurring one needs its recurrence", async () => {
    const action = await actionIn(pia1);
    const oneOff = await makeMilestone(action.id);
    const recurring = await createMilestone(derbyshire, callers.admin, {
      actionId: action.id,
      text: "Monthly",
      schedule: { kind: "RECURRING", frequency: "MONTHLY", start: date("2026-01-31"), end: date("2026-03-31") },
    });
    const recurrence = { frequency: "MONTHLY" as const, start: date("2026-01-31"), end: date("2026-12-31") };
    await expectRefused(() => updateMilestone(derbyshire, callers.admin, { id: oneOff.id, version: 1, text: "x", recurrence }), ValidationError);
    await expectRefused(() => updateMilestone(derbyshire, callers.admin, { id: recurring.id, version: 1, text: "x", recurrence: undefined }), ValidationError);
  });
});

// ---------------------------------------------------------------------------
// Moving items between parents, and references across partnerships

describe("references", () => {
  it("moving an outcome to another area takes its actions to that area", async () => {
    const outcome = await makeOutcome(pia1);
    const action = await makeAction(outcome);
    await expectOneAudit(() => updateOutcome(derbyshire, callers.admin, { id: outcome.id, version: 1, priorityAreaId: pia2, code: outcome.code, text: outcome.text }));
    expect(await db.action.findFirstOrThrow({ where: { id: action.id, partnershipId: derbyshire } })).toMatchObject({ priorityAreaId: pia2, outcomeId: outcome.id });
  });

  it("a lead cannot move an action of their area into an area they do not lead", async () => {
    const action = await actionIn(pia1);
    const elsewhere = await makeOutcome(pia2);
    await expectRefused(() => updateAction(derbyshire, callers.lead, { id: action.id, version: 1, outcomeId: elsewhere.id, code: action.code, title: action.title, tags: [] }));
  });

  it("another partnership's area, outcome or member is not found, and nothing is written", async () => {
    const derbyCity = await partnershipId("derby-city");
    const [theirArea, theirOutcome, theirMember] = await Promise.all([
      db.priorityArea.findFirstOrThrow({ where: { partnershipId: derbyCity }, select: { id: true } }),
      db.outcome.findFirstOrThrow({ where: { partnershipId: derbyCity }, select: { id: true } }),
      db.membership.findFirstOrThrow({ where: { partnershipId: derbyCity, role: "LEAD" }, select: { id: true } }),
    ]);
    const outcome = await makeOutcome(pia1);
    const action = await makeAction(outcome);
    await expectRefused(
      () => createArea(derbyshire, callers.admin, { code: `T9A${next()}`, kind: "IMPROVEMENT", title: "x", finding: "x", leadRoles: [], parentId: theirArea.id }),
      NotFoundError,
    );
    await expectRefused(() => updateOutcome(derbyshire, callers.admin, { id: outcome.id, version: 1, priorityAreaId: theirArea.id, code: outcome.code, text: "x" }), NotFoundError);
    await expectRefused(
      () => updateAction(derbyshire, callers.admin, { id: action.id, version: 1, outcomeId: theirOutcome.id, code: action.code, title: "x", tags: [] }),
      NotFoundError,
    );
    await expectRefused(
      () =>
        createAction(derbyshire, callers.admin, {
          outcomeId: outcome.id,
          code: `T9.${next()}a`,
          title: "x",
          tags: [],
          leadMembershipId: theirMember.id,
          baselineDueDate: date("2026-03-31"),
        }),
      ValidationError,
    );
  });
});
