// The risk register against a real PostgreSQL: who may do what (DESIGN §4:
// admin all, priority leads their own areas, everyone else reads), one audit
// row per write, the history every score change leaves, stale edits and
// input only the database can judge. In a partnership of the file's own
// (tests/support/own-partnership.ts): the ~100 risks it writes are nobody
// else's to count, and a second run on the same database starts afresh.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "./support/db";
import { OWN_ROLES as ROLES, type OwnPartnership, type OwnRole as RoleKey } from "./support/own-partnership";
import { kpiPlan } from "./support/kpi-plan";
import type { Caller } from "@/lib/auth/caller";
import { formatUkDate, parseIsoDate } from "@/lib/dates/format";
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from "@/lib/errors";
import { addMitigation, completeMitigation, updateMitigation } from "@/lib/risks/mutations/mitigations";
import { reviewRisk, setRiskClosed, setRiskEscalated } from "@/lib/risks/mutations/lifecycle";
import { createRisk, updateRisk } from "@/lib/risks/mutations/register";
import type { CreateRiskInput } from "@/lib/risks/schema";
import { getEditRiskPage, getNewRiskPage, getRiskPage, getRiskRegisterPage } from "@/lib/risks/view";

let own: OwnPartnership;
let ours: string;
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

const auditCount = () => db.auditEvent.count({ where: { partnershipId: ours } });
const riskRow = (id: string) => db.risk.findFirstOrThrow({ where: { id, partnershipId: ours }, include: { reviews: { orderBy: { at: "asc" } }, mitigations: true, areas: true } });

async function freshRisk(area: "APA1" | "APA2", overrides: Partial<CreateRiskInput> = {}) {
  return createRisk(ours, callers.admin, input([areas[area]], overrides));
}

async function freshMitigation(area: "APA1" | "APA2") {
  const risk = await freshRisk(area);
  const { id } = await addMitigation(ours, callers.admin, {
    riskId: risk.id,
    text: "Test mitigation",
    ownerRole: "Programme office",
    dueDate: parseIsoDate("2027-01-31"),
    state: "PLANNED",
  });
  return { risk, id };
}

beforeAll(async () => {
  // Two areas, each with one action (1.1a, 2.1a); lead@ leads APA1 only: the KPI files' small plan (tests/support/kpi-plan.ts).
  const plan = await kpiPlan("risks");
  own = plan.own;
  ours = own.id;
  Object.assign(areas, plan.areas);
  for (const role of ROLES) callers[role] = plan.callers[role];
});

/** Each write, run as `caller` on a fresh risk (or mitigation) in `area`; returns the id whose row must not change when refused. */
const WRITES: Record<string, (caller: Caller, area: "APA1" | "APA2") => Promise<{ run: () => Promise<unknown>; table: "risk" | "riskMitigation"; id: string }>> = {
  updateRisk: async (caller, area) => {
    const risk = await freshRisk(area);
    return { table: "risk", id: risk.id, run: () => updateRisk(ours, caller, { id: risk.id, version: risk.version, ...input([areas[area]], { title: "Edited" }) }) };
  },
  reviewRisk: async (caller, area) => {
    const risk = await freshRisk(area);
    return {
      table: "risk",
      id: risk.id,
      run: () => reviewRisk(ours, caller, { riskId: risk.id, version: risk.version, currentLikelihood: 4, currentImpact: 4, note: "Reviewed.", nextReviewDate: nextMonth }),
    };
  },
  setRiskClosed: async (caller, area) => {
    const risk = await freshRisk(area);
    return { table: "risk", id: risk.id, run: () => setRiskClosed(ours, caller, { id: risk.id, version: risk.version, closed: true, reason: "Mitigated." }) };
  },
  setRiskEscalated: async (caller, area) => {
    const risk = await freshRisk(area);
    return { table: "risk", id: risk.id, run: () => setRiskEscalated(ours, caller, { id: risk.id, version: risk.version, escalated: true, note: "For the board." }) };
  },
  addMitigation: async (caller, area) => {
    const risk = await freshRisk(area);
    return {
      table: "risk",
      id: risk.id,
      run: () => addMitigation(ours, caller, { riskId: risk.id, text: "More capacity", ownerRole: "Team Manager", dueDate: nextMonth, state: "PLANNED" }),
    };
  },
  updateMitigation: async (caller, area) => {
    const { id } = await freshMitigation(area);
    return {
      table: "riskMitigation",
      id,
      run: () => updateMitigation(ours, caller, { id, version: 1, text: "Edited", ownerRole: "Team Manager", dueDate: nextMonth, state: "IN_PROGRESS" }),
    };
  },
  completeMitigation: async (caller, area) => {
    const { id } = await freshMitigation(area);
    return { table: "riskMitigation", id, run: () => completeMitigation(ours, caller, { id, version: 1, note: "Done." }) };
  },
};

const rowOf = (table: "risk" | "riskMitigation", id: string) =>
  table === "risk"
    ? db.risk.findFirst({ where: { id, partnershipId: ours }, include: { mitigations: true } })
    : db.riskMitigation.findFirst({ where: { id, partnershipId: ours } });

describe("the role matrix: every risk write", () => {
  // lead@ leads APA1 only.
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
    const run = createRisk(ours, callers[role], input([areas[area]], { title: `Created by ${role} in ${area}` }));
    if (allowed(role, area)) {
      await expect(run).resolves.toMatchObject({ code: expect.stringMatching(/^R\d{2,}$/) });
      expect(await auditCount()).toBe(audits + 1);
    } else {
      // A lead is told next to the area field; the others may not add risks at all.
      await expect(run).rejects.toBeInstanceOf(role === "lead" ? ValidationError : ForbiddenError);
      expect(await auditCount()).toBe(audits);
      expect(await db.risk.count({ where: { partnershipId: ours, title: `Created by ${role} in ${area}` } })).toBe(0);
    }
  });
});

describe("a priority lead's reach", () => {
  it("must link a new risk to an area they lead", async () => {
    const error = await createRisk(ours, callers.lead, input([])).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).fieldErrors?.areaIds?.[0]).toMatch(/priority area/);
  });

  it("may keep another lead's area already on a risk, but not add one, nor drop the last of their own", async () => {
    const shared = await createRisk(ours, callers.admin, input([areas.APA1, areas.APA2]));
    await expect(updateRisk(ours, callers.lead, { id: shared.id, version: 1, ...input([areas.APA1, areas.APA2], { title: "Kept both" }) })).resolves.toMatchObject({
      version: 2,
    });
    await expect(updateRisk(ours, callers.lead, { id: shared.id, version: 2, ...input([areas.APA2]) })).rejects.toMatchObject({
      fieldErrors: { areaIds: [expect.stringMatching(/Keep at least one/)] },
    });
    const own = await freshRisk("APA1");
    await expect(updateRisk(ours, callers.lead, { id: own.id, version: 1, ...input([areas.APA1, areas.APA2]) })).rejects.toMatchObject({
      fieldErrors: { areaIds: [expect.stringMatching(/only to the priority areas you lead/)] },
    });
  });
});

describe("history: every score change with who, when and why", () => {
  it("starts with the risk's scores, and a review appends one entry whether the score changes or not", async () => {
    const risk = await freshRisk("APA1");
    expect((await riskRow(risk.id)).reviews).toMatchObject([{ kind: "CREATED", currentLikelihood: 3, currentImpact: 4, authorName: expect.stringContaining("Ada Office") }]);
    await expect(
      reviewRisk(ours, callers.lead, { riskId: risk.id, version: 1, currentLikelihood: 3, currentImpact: 4, note: "Controls working.", nextReviewDate: nextMonth }),
    ).resolves.toMatchObject({ changed: false });
    await expect(
      reviewRisk(ours, callers.lead, {
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
    expect(row.reviews[2]!.authorName).toContain("Lee Lead");
    const audit = await db.auditEvent.findFirstOrThrow({ where: { partnershipId: ours, entityId: risk.id, action: "review" }, orderBy: { at: "desc" } });
    expect(audit).toMatchObject({ before: { currentLikelihood: 3 }, after: { currentLikelihood: 5, note: "Agency staff leave in December." } });
  });

  it("the trend the risk's page and the register show is computed from that history", async () => {
    const risk = await freshRisk("APA1");
    // Read on the day of the latest entry (the clock's instant may pass midnight while "today" stays pinned).
    const shown = async () => {
      const { at } = (await riskRow(risk.id)).reviews.at(-1)!;
      const day = new Date(Date.UTC(at.getUTCFullYear(), at.getUTCMonth(), at.getUTCDate()));
      const member = await own.member("lead");
      const page = await getRiskPage(member, risk.id, {}, day);
      const row = (await getRiskRegisterPage(member, {}, day))?.shown.find((r) => r.id === risk.id);
      return { page: page?.view.trend, text: page?.review.trend, register: row?.trend };
    };
    // Only the score it was created with: nothing to compare.
    expect(await shown()).toMatchObject({ page: { trend: "STEADY", score: 12, from: null }, register: { trend: "STEADY", score: 12 } });
    await reviewRisk(ours, callers.lead, { riskId: risk.id, version: 1, currentLikelihood: 5, currentImpact: 4, note: "Worse.", nextReviewDate: nextMonth });
    const rising = { trend: "RISING", score: 20, from: { score: 12, at: (await riskRow(risk.id)).reviews[0]!.at } };
    expect(await shown()).toEqual({ page: rising, register: rising, text: `Trend: rising, 20 now against 12 on ${formatUkDate(rising.from.at)}.` });
    await reviewRisk(ours, callers.lead, { riskId: risk.id, version: 2, currentLikelihood: 2, currentImpact: 4, note: "Better.", nextReviewDate: nextMonth });
    expect(await shown()).toMatchObject({ page: { trend: "FALLING", score: 8, from: { score: 12 } }, register: { trend: "FALLING", score: 8 } });
  });

  it("an edit that changes a score needs a reason and leaves an entry; one that does not leaves none", async () => {
    const risk = await freshRisk("APA1");
    await expect(updateRisk(ours, callers.lead, { id: risk.id, version: 1, ...input([areas.APA1], { inherentImpact: 5 }) })).rejects.toMatchObject({
      fieldErrors: { scoreReason: [expect.stringMatching(/why the scores changed/)] },
    });
    await updateRisk(ours, callers.lead, { id: risk.id, version: 1, ...input([areas.APA1], { title: "Renamed" }) });
    expect((await riskRow(risk.id)).reviews).toHaveLength(1);
    await updateRisk(ours, callers.lead, { id: risk.id, version: 2, ...input([areas.APA1], { inherentImpact: 5 }), scoreReason: "Tribunal costs were under-estimated." });
    const row = await riskRow(risk.id);
    expect(row.reviews.at(-1)).toMatchObject({ kind: "SCORES_CHANGED", inherentImpact: 5, note: "Tribunal costs were under-estimated." });
  });

  it("escalation, closing and reopening are kept too; closing ends an escalation, reopening makes the review due now", async () => {
    const risk = await freshRisk("APA1");
    await setRiskEscalated(ours, callers.lead, { id: risk.id, version: 1, escalated: true, note: "Needs the ICB's decision." });
    expect(await riskRow(risk.id)).toMatchObject({ escalatedToBoard: true, escalationNote: "Needs the ICB's decision." });
    await expect(setRiskEscalated(ours, callers.lead, { id: risk.id, version: 2, escalated: true, note: "Again" })).rejects.toBeInstanceOf(ValidationError);
    await setRiskClosed(ours, callers.lead, { id: risk.id, version: 2, closed: true, reason: "Target reached." });
    expect(await riskRow(risk.id)).toMatchObject({ state: "CLOSED", closedReason: "Target reached.", escalatedToBoard: false });
    await expect(reviewRisk(ours, callers.lead, { riskId: risk.id, version: 3, currentLikelihood: 1, currentImpact: 1, note: "x", nextReviewDate: nextMonth })).rejects.toThrow(
      /closed/,
    );
    await setRiskClosed(ours, callers.lead, { id: risk.id, version: 3, closed: false, reason: "Agency staff left; timeliness falling again." });
    const row = await riskRow(risk.id);
    expect(row).toMatchObject({ state: "OPEN", closedReason: null, nextReviewDate: today });
    expect(row.reviews.map((r) => r.kind)).toEqual(["CREATED", "ESCALATED", "CLOSED", "REOPENED"]);
  });
});

describe("stale edits: the second save is refused and changes nothing", () => {
  it.each([
    ["updateRisk", (id: string) => updateRisk(ours, callers.admin, { id, version: 1, ...input([areas.APA1], { title: "Second" }) })],
    ["reviewRisk", (id: string) => reviewRisk(ours, callers.admin, { riskId: id, version: 1, currentLikelihood: 1, currentImpact: 1, note: "Second", nextReviewDate: nextMonth })],
    ["setRiskEscalated", (id: string) => setRiskEscalated(ours, callers.admin, { id, version: 1, escalated: true, note: "Second" })],
    ["setRiskClosed", (id: string) => setRiskClosed(ours, callers.admin, { id, version: 1, closed: true, reason: "Second" })],
  ] as const)("%s", async (_name, second) => {
    const risk = await freshRisk("APA1");
    await updateRisk(ours, callers.lead, { id: risk.id, version: 1, ...input([areas.APA1], { title: "First" }) });
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
    await updateMitigation(ours, callers.lead, { id, version: 1, text: "First", ownerRole: "x", dueDate: nextMonth, state: "IN_PROGRESS" });
    await expect(completeMitigation(ours, callers.lead, { id, version: 1, note: "Second" })).rejects.toBeInstanceOf(ConflictError);
    expect(await db.riskMitigation.findFirstOrThrow({ where: { id, partnershipId: ours } })).toMatchObject({ text: "First", state: "IN_PROGRESS", version: 2 });
  });
});

describe("input only the database (or today) can judge: the message goes next to the field, nothing is saved", () => {
  const refused = async (run: () => Promise<unknown>, field: string, pattern: RegExp) => {
    const risks = await db.risk.count({ where: { partnershipId: ours } });
    const audits = await auditCount();
    const error = await run().catch((e: unknown) => e);
    expect(error).toMatchObject({ fieldErrors: { [field]: [expect.stringMatching(pattern)] } });
    expect(await db.risk.count({ where: { partnershipId: ours } })).toBe(risks);
    expect(await auditCount()).toBe(audits);
  };

  it("a review booked today or earlier, or more than two years ahead", async () => {
    const risk = await freshRisk("APA1");
    const review = (date: string) => () =>
      reviewRisk(ours, callers.lead, { riskId: risk.id, version: 1, currentLikelihood: 2, currentImpact: 2, note: "x", nextReviewDate: parseIsoDate(date) });
    await refused(review("2026-11-20"), "nextReviewDate", /after today/);
    await refused(review("2026-01-01"), "nextReviewDate", /after today/);
    await refused(review("2029-01-01"), "nextReviewDate", /within two years/);
    await refused(() => createRisk(ours, callers.admin, input([areas.APA1], { nextReviewDate: parseIsoDate("2026-11-19") })), "nextReviewDate", /before today/);
  });

  it("an action code that is not in the plan, an owner from elsewhere", async () => {
    await refused(() => createRisk(ours, callers.admin, input([areas.APA1], { actionCodes: ["1.1a", "9.9z"] })), "actionCodes", /9\.9z/);
    const outsider = await db.membership.findFirstOrThrow({ where: { partnership: { slug: "derbyshire" } }, select: { id: true } });
    const error = await createRisk(ours, callers.admin, input([areas.APA1], { ownerMembershipId: outsider.id })).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NotFoundError);
    expect((error as NotFoundError).fieldErrors?.ownerMembershipId?.[0]).toMatch(/no longer in this partnership/);
  });

  it("links the actions and areas it names, and numbers risks in order", async () => {
    const a = await createRisk(ours, callers.admin, input([areas.APA1, areas.APA2], { actionCodes: ["1.1a", "2.1a"] }));
    const b = await createRisk(ours, callers.admin, input([areas.APA1]));
    expect(Number(b.code.slice(1))).toBe(Number(a.code.slice(1)) + 1);
    const row = await db.risk.findFirstOrThrow({
      where: { id: a.id, partnershipId: ours },
      select: { areas: true, actions: { select: { action: { select: { code: true } } } } },
    });
    expect(row.areas).toHaveLength(2);
    expect(row.actions.map((x) => x.action.code).sort()).toEqual(["1.1a", "2.1a"]);
  });
});

describe("the risk pages' loaders: who sees what, and a 404 for anyone else", () => {
  /** The member as a page receives them on a request. */
  const viewer = (role: RoleKey) => own.member(role);

  it("shows the register to its readers; only those who manage risks are offered to add one", async () => {
    await freshRisk("APA1");
    const admin = await getRiskRegisterPage(await viewer("admin"), {}, today);
    expect(admin?.shown.length).toBeGreaterThan(0);
    expect(admin?.newHref).toBe(`/p/${own.slug}/risks/new`);
    expect(admin?.glance.dueHref).toBe(`/p/${own.slug}/risks?review=due`);
    expect((await getRiskRegisterPage(await viewer("viewer"), {}, today))?.newHref).toBeNull();
    const cell = await getRiskRegisterPage(await viewer("admin"), { l: "3", i: "4" }, today);
    expect(cell?.everyCellHref).toBe(`/p/${own.slug}/risks`);
    expect(cell?.heat.cellHref(2, 5)).toBe(`/p/${own.slug}/risks?l=2&i=5`);
  });

  it("lets a lead manage only the risks of the areas they lead", async () => {
    const mine = await freshRisk("APA1");
    const other = await freshRisk("APA2");
    expect(await getRiskPage(await viewer("lead"), mine.id, {}, today)).toMatchObject({ mayManage: true, editHref: `/p/${own.slug}/risks/${mine.id}/edit` });
    expect(await getRiskPage(await viewer("lead"), other.id, {}, today)).toMatchObject({ mayManage: false, editHref: null });
    expect(await getEditRiskPage(await viewer("lead"), other.id)).toBeNull();
    expect((await getEditRiskPage(await viewer("lead"), mine.id))?.areaOptions.map((a) => a.value)).toContain(areas.APA1);
    expect(await getNewRiskPage(await viewer("board"), today)).toBeNull();
  });

  it("finds nothing of another partnership's", async () => {
    const foreign = await db.risk.findFirstOrThrow({ where: { partnership: { slug: "derbyshire" } }, select: { id: true } });
    expect(await getRiskPage(await viewer("admin"), foreign.id, {}, today)).toBeNull();
    expect(await getEditRiskPage(await viewer("admin"), foreign.id)).toBeNull();
  });
});
