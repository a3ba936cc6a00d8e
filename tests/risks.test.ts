// The risk register against a real PostgreSQL: who may do what (DESIGN §4:
// admin all, priority leads their own areas, everyone else reads), one audit
// row per write, the history every score change leaves, stale edits and
// input only the database can judge.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "./support/db";
import { callerFor, partnershipId } from "./support/callers";
import type { Caller } from "@/lib/auth/caller";
import { parseIsoDate } from "@/lib/dates/format";
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from "@/lib/errors";
import { riskTrend } from "@/lib/risks/compute";
import { addMitigation, completeMitigation, updateMitigation } from "@/lib/risks/mutations/mitigations";
import { reviewRisk, setRiskClosed, setRiskEscalated } from "@/lib/risks/mutations/lifecycle";
import { createRisk, updateRisk } from "@/lib/risks/mutations/register";
import type { CreateRiskInput } from "@/lib/risks/schema";
import type { MemberContext } from "@/lib/auth/guards";
import { getEditRiskPage, getNewRiskPage, getRiskPage, getRiskRegisterPage } from "@/lib/risks/view";

const ROLES = ["admin", "board", "lead", "contributor", "viewer", "advisor"] as const;
type RoleKey = (typeof ROLES)[number];

let derbyCity: string;
const callers = {} as Record<RoleKey, Caller>;
const areas: Record<"APA1" | "APA2", string> = { APA1: "", APA2: "" };
const today = parseIsoDate("2026-11-20");
const nextMonth = parseIsoDate("2026-12-20");

function input(areaIds: string[], overrides: Partial<CreateRiskInput> = {}): CreateRiskInput {
  return {
    title: "Integration test risk",
    ownerRole: "Programme office",
    areaIds,
    actionCodes: [],
    inherentLikelihood: 4,
    inherentImpact: 4,
    currentLikelihood: 3,
    currentImpact: 4,
    targetLikelihood: 2,
    targetImpact: 2,
    reviewFrequency: "MONTHLY",
    nextReviewDate: nextMonth,
    ...overrides,
  };
}

const auditCount = () => db.auditEvent.count({ where: { partnershipId: derbyCity } });
const riskRow = (id: string) =>
  db.risk.findFirstOrThrow({ where: { id, partnershipId: derbyCity }, include: { reviews: { orderBy: { at: "asc" } }, mitigations: true, areas: true } });

async function freshRisk(area: "APA1" | "APA2", overrides: Partial<CreateRiskInput> = {}) {
  return createRisk(derbyCity, callers.admin, input([areas[area]], overrides));
}

async function freshMitigation(area: "APA1" | "APA2") {
  const risk = await freshRisk(area);
  const { id } = await addMitigation(derbyCity, callers.admin, {
    riskId: risk.id,
    text: "Test mitigation",
    ownerRole: "Programme office",
    dueDate: parseIsoDate("2027-01-31"),
    state: "PLANNED",
  });
  return { risk, id };
}

beforeAll(async () => {
  derbyCity = await partnershipId("derby-city");
  for (const role of ROLES) callers[role] = await callerFor(role === "advisor" ? "advisor@dfe.demo" : `${role}@derby-city.demo`, "derby-city");
  for (const code of ["APA1", "APA2"] as const) {
    areas[code] = (await db.priorityArea.findFirstOrThrow({ where: { partnershipId: derbyCity, code }, select: { id: true } })).id;
  }
});

/** Each write, run as `caller` on a fresh risk (or mitigation) in `area`; returns the id whose row must not change when refused. */
const WRITES: Record<string, (caller: Caller, area: "APA1" | "APA2") => Promise<{ run: () => Promise<unknown>; table: "risk" | "riskMitigation"; id: string }>> = {
  updateRisk: async (caller, area) => {
    const risk = await freshRisk(area);
    return { table: "risk", id: risk.id, run: () => updateRisk(derbyCity, caller, { id: risk.id, version: risk.version, ...input([areas[area]], { title: "Edited" }) }) };
  },
  reviewRisk: async (caller, area) => {
    const risk = await freshRisk(area);
    return {
      table: "risk",
      id: risk.id,
      run: () => reviewRisk(derbyCity, caller, { riskId: risk.id, version: risk.version, currentLikelihood: 4, currentImpact: 4, note: "Reviewed.", nextReviewDate: nextMonth }),
    };
  },
  setRiskClosed: async (caller, area) => {
    const risk = await freshRisk(area);
    return { table: "risk", id: risk.id, run: () => setRiskClosed(derbyCity, caller, { id: risk.id, version: risk.version, closed: true, reason: "Mitigated." }) };
  },
  setRiskEscalated: async (caller, area) => {
    const risk = await freshRisk(area);
    return { table: "risk", id: risk.id, run: () => setRiskEscalated(derbyCity, caller, { id: risk.id, version: risk.version, escalated: true, note: "For the board." }) };
  },
  addMitigation: async (caller, area) => {
    const risk = await freshRisk(area);
    return {
      table: "risk",
      id: risk.id,
      run: () => addMitigation(derbyCity, caller, { riskId: risk.id, text: "More capacity", ownerRole: "Team Manager", dueDate: nextMonth, state: "PLANNED" }),
    };
  },
  updateMitigation: async (caller, area) => {
    const { id } = await freshMitigation(area);
    return {
      table: "riskMitigation",
      id,
      run: () => updateMitigation(derbyCity, caller, { id, version: 1, text: "Edited", ownerRole: "Team Manager", dueDate: nextMonth, state: "IN_PROGRESS" }),
    };
  },
  completeMitigation: async (caller, area) => {
    const { id } = await freshMitigation(area);
    return { table: "riskMitigation", id, run: () => completeMitigation(derbyCity, caller, { id, version: 1, note: "Done." }) };
  },
};

const rowOf = (table: "risk" | "riskMitigation", id: string) =>
  table === "risk"
    ? db.risk.findFirst({ where: { id, partnershipId: derbyCity }, include: { mitigations: true } })
    : db.riskMitigation.findFirst({ where: { id, partnershipId: derbyCity } });

describe("the role matrix: every risk write", () => {
  // lead@derby-city leads APA1 only.
  const allowed = (role: RoleKey, area: "APA1" | "APA2") => role === "admin" || (role === "lead" && area === "APA1");
  const cases = Object.keys(WRITES).flatMap((write) => ROLES.flatMap((role) => (["APA1", "APA2"] as const).map((area) => ({ write, role, area, ok: allowed(role, area) }))));

  it.each(cases)("$write by $role on a risk in $area → allowed: $ok", async ({ write, role, area, ok }) => {
    const { run, table, id } = await WRITES[write]!(callers[role], area);
    const before = await rowOf(table, id);
    const audits = await auditCount();
    if (ok) {
      await expect(run()).resolves.toBeDefined();
      expect(await auditCount()).toBe(audits + 1);
    } else {
      await expect(run()).rejects.toBeInstanceOf(ForbiddenError);
      expect(await auditCount()).toBe(audits);
      expect(await rowOf(table, id)).toEqual(before);
    }
  });

  it.each(ROLES.flatMap((role) => (["APA1", "APA2"] as const).map((area) => ({ role, area }))))("createRisk by $role in $area", async ({ role, area }) => {
    const audits = await auditCount();
    const run = createRisk(derbyCity, callers[role], input([areas[area]], { title: `Created by ${role} in ${area}` }));
    if (allowed(role, area)) {
      await expect(run).resolves.toMatchObject({ code: expect.stringMatching(/^R\d{2,}$/) });
      expect(await auditCount()).toBe(audits + 1);
    } else {
      // A lead is told next to the area field; the others may not add risks at all.
      await expect(run).rejects.toBeInstanceOf(role === "lead" ? ValidationError : ForbiddenError);
      expect(await auditCount()).toBe(audits);
      expect(await db.risk.count({ where: { partnershipId: derbyCity, title: `Created by ${role} in ${area}` } })).toBe(0);
    }
  });
});

describe("a priority lead's reach", () => {
  it("must link a new risk to an area they lead", async () => {
    const error = await createRisk(derbyCity, callers.lead, input([])).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).fieldErrors?.areaIds?.[0]).toMatch(/priority area/);
  });

  it("may keep another lead's area already on a risk, but not add one, nor drop the last of their own", async () => {
    const shared = await createRisk(derbyCity, callers.admin, input([areas.APA1, areas.APA2]));
    await expect(updateRisk(derbyCity, callers.lead, { id: shared.id, version: 1, ...input([areas.APA1, areas.APA2], { title: "Kept both" }) })).resolves.toMatchObject({
      version: 2,
    });
    await expect(updateRisk(derbyCity, callers.lead, { id: shared.id, version: 2, ...input([areas.APA2]) })).rejects.toMatchObject({
      fieldErrors: { areaIds: [expect.stringMatching(/Keep at least one/)] },
    });
    const own = await freshRisk("APA1");
    await expect(updateRisk(derbyCity, callers.lead, { id: own.id, version: 1, ...input([areas.APA1, areas.APA2]) })).rejects.toMatchObject({
      fieldErrors: { areaIds: [expect.stringMatching(/only to the priority areas you lead/)] },
    });
  });
});

describe("history: every score change with who, when and why", () => {
  it("starts with the risk's scores, and a review appends one entry whether the score changes or not", async () => {
    const risk = await freshRisk("APA1");
    expect((await riskRow(risk.id)).reviews).toMatchObject([{ kind: "CREATED", currentLikelihood: 3, currentImpact: 4, authorName: expect.stringContaining("Avery Lund") }]);
    await expect(
      reviewRisk(derbyCity, callers.lead, { riskId: risk.id, version: 1, currentLikelihood: 3, currentImpact: 4, note: "Controls working.", nextReviewDate: nextMonth }),
    ).resolves.toMatchObject({ changed: false });
    await expect(
      reviewRisk(derbyCity, callers.lead, {
        riskId: risk.id,
        version: 2,
        currentLikelihood: 5,
        currentImpact: 4,
        note: "Agency staff leave in December.",
        nextReviewDate: parseIsoDate("2026-12-04"),
      }),
    ).resolves.toMatchObject({ changed: true });
    const row = await riskRow(risk.id);
    expect(row).toMatchObject({ currentLikelihood: 5, currentImpact: 4, nextReviewDate: parseIsoDate("2026-12-04"), version: 3 });
    expect(row.reviews.map((r) => [r.kind, r.currentLikelihood * r.currentImpact, r.note])).toEqual([
      ["CREATED", 12, "Added to the register."],
      ["REVIEWED", 12, "Controls working."],
      ["REVIEWED", 20, "Agency staff leave in December."],
    ]);
    expect(row.reviews[2]!.authorName).toContain("Taylor Nash");
    const audit = await db.auditEvent.findFirstOrThrow({ where: { partnershipId: derbyCity, entityId: risk.id, action: "review" }, orderBy: { at: "desc" } });
    expect(audit).toMatchObject({ before: { currentLikelihood: 3 }, after: { currentLikelihood: 5, note: "Agency staff leave in December." } });
  });

  it("the trend is computed from that history", async () => {
    const history = [
      { at: parseIsoDate("2026-07-01"), currentLikelihood: 3, currentImpact: 4 },
      { at: parseIsoDate("2026-11-19"), currentLikelihood: 5, currentImpact: 4 },
    ];
    expect(riskTrend(history, today)).toMatchObject({ trend: "RISING", score: 20, from: { score: 12 } });
  });

  it("an edit that changes a score needs a reason and leaves an entry; one that does not leaves none", async () => {
    const risk = await freshRisk("APA1");
    await expect(updateRisk(derbyCity, callers.lead, { id: risk.id, version: 1, ...input([areas.APA1], { inherentImpact: 5 }) })).rejects.toMatchObject({
      fieldErrors: { scoreReason: [expect.stringMatching(/why the scores changed/)] },
    });
    await updateRisk(derbyCity, callers.lead, { id: risk.id, version: 1, ...input([areas.APA1], { title: "Renamed" }) });
    expect((await riskRow(risk.id)).reviews).toHaveLength(1);
    await updateRisk(derbyCity, callers.lead, { id: risk.id, version: 2, ...input([areas.APA1], { inherentImpact: 5 }), scoreReason: "Tribunal costs were under-estimated." });
    const row = await riskRow(risk.id);
    expect(row.reviews.at(-1)).toMatchObject({ kind: "SCORES_CHANGED", inherentImpact: 5, note: "Tribunal costs were under-estimated." });
  });

  it("escalation, closing and reopening are kept too; closing ends an escalation, reopening makes the review due now", async () => {
    const risk = await freshRisk("APA1");
    await setRiskEscalated(derbyCity, callers.lead, { id: risk.id, version: 1, escalated: true, note: "Needs the ICB's decision." });
    expect(await riskRow(risk.id)).toMatchObject({ escalatedToBoard: true, escalationNote: "Needs the ICB's decision." });
    await expect(setRiskEscalated(derbyCity, callers.lead, { id: risk.id, version: 2, escalated: true, note: "Again" })).rejects.toBeInstanceOf(ValidationError);
    await setRiskClosed(derbyCity, callers.lead, { id: risk.id, version: 2, closed: true, reason: "Target reached." });
    expect(await riskRow(risk.id)).toMatchObject({ state: "CLOSED", closedReason: "Target reached.", escalatedToBoard: false });
    await expect(
      reviewRisk(derbyCity, callers.lead, { riskId: risk.id, version: 3, currentLikelihood: 1, currentImpact: 1, note: "x", nextReviewDate: nextMonth }),
    ).rejects.toThrow(/closed/);
    await setRiskClosed(derbyCity, callers.lead, { id: risk.id, version: 3, closed: false, reason: "Agency staff left; timeliness falling again." });
    const row = await riskRow(risk.id);
    expect(row).toMatchObject({ state: "OPEN", closedReason: null, nextReviewDate: today });
    expect(row.reviews.map((r) => r.kind)).toEqual(["CREATED", "ESCALATED", "CLOSED", "REOPENED"]);
  });
});

describe("stale edits: the second save is refused and changes nothing", () => {
  it.each([
    ["updateRisk", (id: string) => updateRisk(derbyCity, callers.admin, { id, version: 1, ...input([areas.APA1], { title: "Second" }) })],
    [
      "reviewRisk",
      (id: string) => reviewRisk(derbyCity, callers.admin, { riskId: id, version: 1, currentLikelihood: 1, currentImpact: 1, note: "Second", nextReviewDate: nextMonth }),
    ],
    ["setRiskEscalated", (id: string) => setRiskEscalated(derbyCity, callers.admin, { id, version: 1, escalated: true, note: "Second" })],
    ["setRiskClosed", (id: string) => setRiskClosed(derbyCity, callers.admin, { id, version: 1, closed: true, reason: "Second" })],
  ] as const)("%s", async (_name, second) => {
    const risk = await freshRisk("APA1");
    await updateRisk(derbyCity, callers.lead, { id: risk.id, version: 1, ...input([areas.APA1], { title: "First" }) });
    const before = await riskRow(risk.id);
    const audits = await auditCount();
    const error = await second(risk.id).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConflictError);
    expect((error as Error).message).toMatch(/Someone else changed risk R\d+/);
    expect(await riskRow(risk.id)).toEqual(before);
    expect(await auditCount()).toBe(audits);
  });

  it("a mitigation edited twice from the same version", async () => {
    const { id } = await freshMitigation("APA1");
    await updateMitigation(derbyCity, callers.lead, { id, version: 1, text: "First", ownerRole: "x", dueDate: nextMonth, state: "IN_PROGRESS" });
    await expect(completeMitigation(derbyCity, callers.lead, { id, version: 1, note: "Second" })).rejects.toBeInstanceOf(ConflictError);
    expect(await db.riskMitigation.findFirstOrThrow({ where: { id, partnershipId: derbyCity } })).toMatchObject({ text: "First", state: "IN_PROGRESS", version: 2 });
  });
});

describe("input only the database (or today) can judge: the message goes next to the field, nothing is saved", () => {
  const refused = async (run: () => Promise<unknown>, field: string, pattern: RegExp) => {
    const risks = await db.risk.count({ where: { partnershipId: derbyCity } });
    const audits = await auditCount();
    const error = await run().catch((e: unknown) => e);
    expect(error).toMatchObject({ fieldErrors: { [field]: [expect.stringMatching(pattern)] } });
    expect(await db.risk.count({ where: { partnershipId: derbyCity } })).toBe(risks);
    expect(await auditCount()).toBe(audits);
  };

  it("a review booked today or earlier, or more than two years ahead", async () => {
    const risk = await freshRisk("APA1");
    const review = (date: string) => () =>
      reviewRisk(derbyCity, callers.lead, { riskId: risk.id, version: 1, currentLikelihood: 2, currentImpact: 2, note: "x", nextReviewDate: parseIsoDate(date) });
    await refused(review("2026-11-20"), "nextReviewDate", /after today/);
    await refused(review("2026-01-01"), "nextReviewDate", /after today/);
    await refused(review("2029-01-01"), "nextReviewDate", /within two years/);
    await refused(() => createRisk(derbyCity, callers.admin, input([areas.APA1], { nextReviewDate: parseIsoDate("2026-11-19") })), "nextReviewDate", /before today/);
  });

  it("an action code that is not in the plan, an owner from elsewhere", async () => {
    await refused(() => createRisk(derbyCity, callers.admin, input([areas.APA1], { actionCodes: ["1.1a", "9.9z"] })), "actionCodes", /9\.9z/);
    const outsider = await db.membership.findFirstOrThrow({ where: { partnership: { slug: "derbyshire" } }, select: { id: true } });
    const error = await createRisk(derbyCity, callers.admin, input([areas.APA1], { ownerMembershipId: outsider.id })).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NotFoundError);
    expect((error as NotFoundError).fieldErrors?.ownerMembershipId?.[0]).toMatch(/no longer in this partnership/);
  });

  it("links the actions and areas it names, and numbers risks in order", async () => {
    const a = await createRisk(derbyCity, callers.admin, input([areas.APA1, areas.APA2], { actionCodes: ["1.1a", "2.1a"] }));
    const b = await createRisk(derbyCity, callers.admin, input([areas.APA1]));
    expect(Number(b.code.slice(1))).toBe(Number(a.code.slice(1)) + 1);
    const row = await db.risk.findFirstOrThrow({
      where: { id: a.id, partnershipId: derbyCity },
      select: { areas: true, actions: { select: { action: { select: { code: true } } } } },
    });
    expect(row.areas).toHaveLength(2);
    expect(row.actions.map((x) => x.action.code).sort()).toEqual(["1.1a", "2.1a"]);
  });
});

describe("the risk pages' loaders: who sees what, and a 404 for anyone else", () => {
  const viewer = (role: RoleKey): MemberContext =>
    ({
      partnershipId: derbyCity,
      partnership: { id: derbyCity, slug: "derby-city", name: "Derby City", advisorDashboardAccess: callers[role].scope.advisorDashboardAccess ?? false },
      membershipId: callers[role].scope.membershipId,
      role: callers[role].scope.role,
      scope: callers[role].scope,
    }) as MemberContext;

  it("shows the register to its readers; only those who manage risks are offered to add one", async () => {
    const admin = await getRiskRegisterPage(viewer("admin"), {}, today);
    expect(admin?.shown.length).toBeGreaterThan(0);
    expect(admin?.newHref).toBe("/p/derby-city/risks/new");
    expect(admin?.glance.dueHref).toBe("/p/derby-city/risks?review=due");
    expect((await getRiskRegisterPage(viewer("viewer"), {}, today))?.newHref).toBeNull();
    const cell = await getRiskRegisterPage(viewer("admin"), { l: "3", i: "4" }, today);
    expect(cell?.everyCellHref).toBe("/p/derby-city/risks");
    expect(cell?.heat.cellHref(2, 5)).toBe("/p/derby-city/risks?l=2&i=5");
  });

  it("lets a lead manage only the risks of the areas they lead", async () => {
    const own = await freshRisk("APA1");
    const other = await freshRisk("APA2");
    expect(await getRiskPage(viewer("lead"), own.id, {}, today)).toMatchObject({ mayManage: true, editHref: `/p/derby-city/risks/${own.id}/edit` });
    expect(await getRiskPage(viewer("lead"), other.id, {}, today)).toMatchObject({ mayManage: false, editHref: null });
    expect(await getEditRiskPage(viewer("lead"), other.id)).toBeNull();
    expect((await getEditRiskPage(viewer("lead"), own.id))?.areaOptions.map((a) => a.value)).toContain(areas.APA1);
    expect(await getNewRiskPage(viewer("board"), today)).toBeNull();
  });

  it("finds nothing of another partnership's", async () => {
    const foreign = await db.risk.findFirstOrThrow({ where: { partnership: { slug: "derbyshire" } }, select: { id: true } });
    expect(await getRiskPage(viewer("admin"), foreign.id, {}, today)).toBeNull();
    expect(await getEditRiskPage(viewer("admin"), foreign.id)).toBeNull();
  });
});
