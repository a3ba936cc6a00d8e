// For the password specs: a member of Derby City of the spec's own (a fresh
// address each run), with a password and one OpenID Connect link, written
// straight into the end-to-end database. Nobody else signs in as them, so
// ending their sessions touches no other spec.
import { randomUUID } from "node:crypto";
import bcrypt from "bcrypt";
import { memberSignInPath } from "../../lib/members/paths";
import { withDatabase } from "./database";

export type ResetMember = { email: string; name: string; password: string; membershipId: string; signInPage: string; issuer: string };

export async function memberToReset(slug: "derby-city" | "derbyshire", label: string): Promise<ResetMember> {
  const tag = randomUUID().slice(0, 8);
  const email = `${label}-${tag}@${slug}.test`;
  const name = `Robin Reset ${tag}`;
  const password = `old passphrase ${tag} lantern`;
  const issuer = `https://id-${tag}.example.gov.uk`;
  const membershipId = await withDatabase(async (db) => {
    const { id: partnershipId } = await db.partnership.findUniqueOrThrow({ where: { slug }, select: { id: true } });
    const user = await db.user.create({ data: { email, name, passwordHash: await bcrypt.hash(password, 4) }, select: { id: true } });
    await db.oidcAccount.create({ data: { userId: user.id, issuer, subject: `subject-${tag}-0123456789` } });
    return (await db.membership.create({ data: { partnershipId, userId: user.id, role: "VIEWER", jobTitle: "Governor" }, select: { id: true } })).id;
  });
  return { email, name, password, membershipId, signInPage: memberSignInPath(slug, membershipId), issuer };
}
