// A partnership of a test file's own: a fresh slug, one board and one member
// per role (new users, none of the demo's), so that what the file writes
// cannot change another file's verdict, and a second run on the same
// database (CI's reversed pass) gets a partnership of its own again.
//
//   const own = await ownPartnership("risks");             // slug "risks-1", then "risks-2" on the next run
//   const admin = await own.caller("admin");              // built from the database now, as the server builds it
//   await own.leads([areaId]);                            // lead@ leads these areas (callers built afterwards see it)
//   const member = await own.member("advisor");           // the MemberContext a page loader receives on a request
import bcrypt from "bcrypt";
import { callerOf, type Caller } from "@/lib/auth/caller";
import { memberContext, type MemberContext } from "@/lib/auth/guards";
import { getMembershipBySlug } from "@/lib/auth/queries";
import type { Role } from "@/lib/generated/prisma/enums";
import { db } from "./db";

export const OWN_ROLES = ["admin", "board", "lead", "contributor", "viewer", "advisor"] as const;
export type OwnRole = (typeof OWN_ROLES)[number];

const PEOPLE: Record<OwnRole, { role: Role; name: string; jobTitle: string }> = {
  admin: { role: "ADMIN", name: "Ada Office", jobTitle: "Programme Manager" },
  board: { role: "BOARD", name: "Bea Board", jobTitle: "Independent Chair" },
  lead: { role: "LEAD", name: "Lee Lead", jobTitle: "Head of SEND" },
  contributor: { role: "CONTRIBUTOR", name: "Cal Contributor", jobTitle: "Team Manager" },
  viewer: { role: "VIEWER", name: "Vic Viewer", jobTitle: "Governor" },
  advisor: { role: "ADVISOR", name: "Avi Advisor", jobTitle: "DfE SEND Adviser" },
};

export type OwnPartnership = {
  id: string;
  slug: string;
  name: string;
  userIds: Record<OwnRole, string>;
  membershipIds: Record<OwnRole, string>;
  /** The member as a mutation's caller, read from the database at the time of the call. */
  caller(role: OwnRole): Promise<Caller>;
  /** The member as a page loader receives them, read as requireMembership reads it on each request. */
  member(role: OwnRole): Promise<MemberContext>;
  /** Makes lead@ the lead of these areas (as the seed does; the app has no write for it). */
  leads(areaIds: readonly string[]): Promise<void>;
};

/** The first free slug "<prefix>-<n>": the same on a fresh database, new on the next run over it. */
async function freeSlug(prefix: string): Promise<string> {
  const taken = new Set((await db.partnership.findMany({ where: { slug: { startsWith: `${prefix}-` } }, select: { slug: true } })).map((p) => p.slug));
  let n = 1;
  while (taken.has(`${prefix}-${n}`)) n += 1;
  return `${prefix}-${n}`;
}

export async function ownPartnership(prefix: string, options: { advisorDashboardAccess?: boolean } = {}): Promise<OwnPartnership> {
  const slug = await freeSlug(prefix);
  const name = `${slug} Local Area SEND Partnership`;
  const passwordHash = await bcrypt.hash(`${slug}-password`, 4);
  const partnership = await db.partnership.create({
    data: { slug, name, localAuthority: `${slug} Council`, icb: `NHS ${slug} ICB`, advisorDashboardAccess: options.advisorDashboardAccess ?? false },
    select: { id: true },
  });
  await db.board.create({ data: { partnershipId: partnership.id, name: "SEND Improvement Board", chairName: PEOPLE.board.name } });
  const userIds = {} as Record<OwnRole, string>;
  const membershipIds = {} as Record<OwnRole, string>;
  for (const role of OWN_ROLES) {
    const person = PEOPLE[role];
    const user = await db.user.create({ data: { email: `${role}@${slug}.test`, name: person.name, passwordHash }, select: { id: true } });
    const membership = await db.membership.create({
      data: { partnershipId: partnership.id, userId: user.id, role: person.role, jobTitle: person.jobTitle },
      select: { id: true },
    });
    userIds[role] = user.id;
    membershipIds[role] = membership.id;
  }

  async function member(role: OwnRole): Promise<MemberContext> {
    const row = await getMembershipBySlug(userIds[role], slug);
    if (!row) throw new Error(`${role}@${slug} is not a member`);
    return memberContext({ userId: row.user.id, name: row.user.name, email: row.user.email, sessionVersion: row.user.sessionVersion }, row);
  }

  return {
    id: partnership.id,
    slug,
    name,
    userIds,
    membershipIds,
    member,
    caller: async (role) => {
      const context = await member(role);
      return callerOf({ scope: context.scope, user: { userId: userIds[role], name: PEOPLE[role].name }, jobTitle: context.jobTitle });
    },
    leads: async (areaIds) => {
      await db.membershipArea.createMany({ data: areaIds.map((priorityAreaId) => ({ partnershipId: partnership.id, membershipId: membershipIds.lead, priorityAreaId })) });
    },
  };
}
