// Members (lib/members), in partnerships of the file's own: only the
// programme office changes roles and areas or removes members, each counted
// from the member's next request; the last admin can be neither demoted nor
// removed, also when two admins demote each other at once (the database
// settles it); removing someone who leads or owns part of the plan hands it
// to a successor chosen in the same form, or leaves it visibly unassigned.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "./support/db";
import { ownAreas } from "./support/invitations";
import { OWN_ROLES, ownPartnership, type OwnPartnership } from "./support/own-partnership";
import { getMembershipBySlug } from "@/lib/auth/queries";
import { ForbiddenError, ValidationError } from "@/lib/errors";
import { removeMember, updateMember } from "@/lib/members/mutations";
import { LAST_ADMIN } from "@/lib/members/roles";
import { getMemberPage } from "@/lib/members/view";
import { parseIsoDate } from "@/lib/dates/format";
import { updateActionStatus } from "@/lib/plan/mutations";
import { getMyUpdatesPage } from "@/lib/plan/view";

let own: OwnPartnership;
let areas: string[];

beforeAll(async () => {
  own = await ownPartnership("members");
  areas = await ownAreas(own.id, ["MA1", "MA2"]);
  await own.leads(areas);
});

/** An action in the first area, led by `leadMembershipId`. */
async function actionIn(code: string, leadMembershipId: string | null = null) {
  const outcome = await db.outcome.create({ data: { partnershipId: own.id, priorityAreaId: areas[0]!, code: `${code}.1`, text: "An outcome" }, select: { id: true } });
  const day = new Date("2027-03-31T00:00:00Z");
  return db.action.create({
    data: {
      partnershipId: own.id,
      priorityAreaId: areas[0]!,
      outcomeId: outcome.id,
      code: `${code}.1a`,
      title: `Action ${code}`,
      baselineDueDate: day,
      currentDueDate: day,
      leadMembershipId,
    },
    select: { id: true, version: true },
  });
}

/** A second admin of a partnership, a new account, for the last-admin race. */
async function anotherAdmin(partnership: OwnPartnership, name: string) {
  const user = await db.user.create({ data: { email: `${name.toLowerCase()}-${Date.now()}@${partnership.slug}.test`, name }, select: { id: true } });
  return db.membership.create({ data: { partnershipId: partnership.id, userId: user.id, role: "ADMIN" }, select: { id: true, userId: true } });
}

const roleOf = async (id: string) => (await db.membership.findFirst({ where: { id, partnershipId: own.id }, select: { role: true } }))?.role ?? null;

describe("members", () => {
  it.each(OWN_ROLES.filter((role) => role !== "admin"))("refuses %s to change a role or remove a member, and changes nothing", async (role) => {
    const caller = await own.caller(role);
    const target = own.membershipIds.viewer;
    await expect(updateMember(own.id, caller, { membershipId: target, role: "BOARD", areaIds: [] })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(removeMember(own.id, caller, { membershipId: target, successorMembershipId: null })).rejects.toBeInstanceOf(ForbiddenError);
    expect(await roleOf(target)).toBe("VIEWER");
  });

  it("changes a lead to a viewer: their next request can no longer update, and the change is audited", async () => {
    const action = await actionIn("MV");
    const update = async (version: number) =>
      updateActionStatus(own.id, await own.caller("lead"), { actionId: action.id, version, status: "ON_TRACK", commentary: "Going well" } as never);
    await update(action.version);
    await updateMember(own.id, await own.caller("admin"), { membershipId: own.membershipIds.lead, role: "VIEWER", areaIds: [] });
    await expect(update(action.version + 1)).rejects.toBeInstanceOf(ForbiddenError);
    const audit = await db.auditEvent.findFirstOrThrow({ where: { partnershipId: own.id, entityId: own.membershipIds.lead, action: "change role" }, orderBy: { at: "desc" } });
    expect(audit.after).toMatchObject({ role: "VIEWER", areaIds: [] });
    // Back to a lead of both areas: an areas-only change is its own verb.
    await updateMember(own.id, await own.caller("admin"), { membershipId: own.membershipIds.lead, role: "LEAD", areaIds: areas });
    await updateMember(own.id, await own.caller("admin"), { membershipId: own.membershipIds.lead, role: "LEAD", areaIds: [areas[0]!] });
    expect(await db.auditEvent.count({ where: { partnershipId: own.id, entityId: own.membershipIds.lead, action: "change areas" } })).toBe(1);
    await expect(updateMember(own.id, await own.caller("admin"), { membershipId: own.membershipIds.lead, role: "LEAD", areaIds: [areas[0]!] })).rejects.toBeInstanceOf(
      ValidationError,
    );
  });

  it("never demotes or removes the last admin", async () => {
    const solo = await ownPartnership("members-solo");
    const admin = await solo.caller("admin");
    await expect(updateMember(solo.id, admin, { membershipId: solo.membershipIds.admin, role: "VIEWER", areaIds: [] })).rejects.toThrow(LAST_ADMIN);
    await expect(removeMember(solo.id, admin, { membershipId: solo.membershipIds.admin, successorMembershipId: null })).rejects.toThrow(LAST_ADMIN);
    expect((await db.membership.findFirstOrThrow({ where: { id: solo.membershipIds.admin, partnershipId: solo.id } })).role).toBe("ADMIN");
  });

  it("lets only one of two admins demoting each other at once through: the partnership keeps an admin", async () => {
    const pair = await ownPartnership("members-pair");
    const second = await anotherAdmin(pair, "Second");
    const first = await pair.caller("admin");
    // The second admin, as the server builds a caller from the membership.
    const secondCaller = { scope: { role: "ADMIN" as const, areaIds: [], membershipId: second.id }, actor: { userId: second.userId, name: "Second" } };
    // The first demotion is made and held open (not yet committed) while the second starts: the second must wait for it and then see it.
    let firstDone!: () => void;
    let secondStarted!: () => void;
    const [done, started] = [new Promise<void>((r) => (firstDone = r)), new Promise<void>((r) => (secondStarted = r))];
    const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
    const outcomes = await Promise.allSettled([
      db.$transaction(
        async (tx) => {
          await updateMember.core(tx, pair.id, first, { membershipId: second.id, role: "VIEWER", areaIds: [] });
          firstDone();
          await started;
          await sleep(400);
        },
        { timeout: 20_000 },
      ),
      (async () => {
        await done;
        secondStarted();
        return updateMember(pair.id, secondCaller, { membershipId: pair.membershipIds.admin, role: "VIEWER", areaIds: [] });
      })(),
    ]);
    expect(outcomes[0].status).toBe("fulfilled");
    expect(await db.membership.count({ where: { partnershipId: pair.id, role: "ADMIN" } })).toBe(1);
  });

  it("removing a member hands what they held to the successor chosen in the same form, and their next request is not found", async () => {
    const leader = await db.membership.create({
      data: { partnershipId: own.id, userId: (await db.user.create({ data: { email: `leader-${Date.now()}@${own.slug}.test`, name: "Lena Leader" } })).id, role: "LEAD" },
      select: { id: true, userId: true },
    });
    await db.membershipArea.create({ data: { partnershipId: own.id, membershipId: leader.id, priorityAreaId: areas[1]! } });
    const action = await actionIn("RS", leader.id);
    const page = await getMemberPage(await own.member("admin"), leader.id);
    expect(page?.held.map((g) => g.label)).toEqual(["Priority areas", "Actions they lead"]);
    await removeMember(own.id, await own.caller("admin"), { membershipId: leader.id, successorMembershipId: own.membershipIds.contributor });
    expect((await db.action.findFirstOrThrow({ where: { id: action.id, partnershipId: own.id } })).leadMembershipId).toBe(own.membershipIds.contributor);
    expect(await db.membershipArea.count({ where: { partnershipId: own.id, membershipId: own.membershipIds.contributor, priorityAreaId: areas[1]! } })).toBe(1);
    expect(await getMembershipBySlug(leader.userId, own.slug)).toBeNull();
    const audit = await db.auditEvent.findFirstOrThrow({ where: { partnershipId: own.id, entityId: leader.id, action: "remove" } });
    expect(audit.after).toEqual({ successor: "Cal Contributor" });
  });

  it("removing a member with no successor leaves what they led unassigned (no lead), and keeps their account", async () => {
    const user = await db.user.create({ data: { email: `gone-${Date.now()}@${own.slug}.test`, name: "Gus Gone" }, select: { id: true } });
    const gone = await db.membership.create({ data: { partnershipId: own.id, userId: user.id, role: "CONTRIBUTOR" }, select: { id: true } });
    const action = await actionIn("NL", gone.id);
    await removeMember(own.id, await own.caller("admin"), { membershipId: gone.id, successorMembershipId: null });
    const after = await db.action.findFirstOrThrow({ where: { id: action.id, partnershipId: own.id }, select: { leadMembershipId: true, partnershipId: true } });
    expect(after).toEqual({ leadMembershipId: null, partnershipId: own.id });
    // My updates names nobody as its lead ("no lead"); the led one names its lead.
    const led = await actionIn("WL", own.membershipIds.lead);
    const mine = await getMyUpdatesPage(await own.member("admin"), parseIsoDate("2026-11-20"));
    const items = mine!.updates.groups.flatMap((g) => g.windows.flatMap((w) => w.items));
    expect(items.find((i) => i.id === action.id)?.lead).toBeNull();
    expect(items.find((i) => i.id === led.id)?.lead).toBe("Lee Lead");
    expect(await db.user.count({ where: { id: user.id } })).toBe(1);
  });
});
