// For the operators' specs: a partnership of the spec's own with one admin
// (a new account, the demo password), written directly as a set-up write, so
// archiving it touches no demo partnership and no demo account.
import { randomBytes } from "node:crypto";
import bcrypt from "bcrypt";
import { DEMO_PASSWORD } from "../fixtures";
import { withDatabase } from "./database";

export type SpecPartnership = { slug: string; name: string; adminEmail: string };

export async function specPartnership(prefix: string): Promise<SpecPartnership> {
  const slug = `${prefix}-${randomBytes(3).toString("hex")}`;
  const name = `${slug} SEND Partnership`;
  const adminEmail = `admin@${slug}.test`;
  await withDatabase(async (db) => {
    const passwordHash = await bcrypt.hash(DEMO_PASSWORD, 4);
    const partnership = await db.partnership.create({ data: { slug, name, localAuthority: `${slug} Council`, icb: `NHS ${slug} ICB` }, select: { id: true } });
    await db.board.create({ data: { partnershipId: partnership.id, name: "SEND Improvement Board" } });
    const user = await db.user.create({ data: { email: adminEmail, name: "Ada Archive", passwordHash }, select: { id: true } });
    await db.membership.create({ data: { partnershipId: partnership.id, userId: user.id, role: "ADMIN", jobTitle: "Programme Manager" } });
  });
  return { slug, name, adminEmail };
}
