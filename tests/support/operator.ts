// An operator of a test file's own: a new account with the flag (and no
// membership), and its caller as /admin builds it.
import { randomBytes } from "node:crypto";
import pg from "pg";
import { inject } from "vitest";
import { operatorCaller, type OperatorCaller } from "@/lib/auth/caller";
import { db } from "./db";

export type OwnOperator = { userId: string; email: string; name: string; sessionVersion: number; caller: OperatorCaller };

export async function ownOperator(prefix: string, options: { isOperator?: boolean } = {}): Promise<OwnOperator> {
  const email = `${prefix}-${randomBytes(4).toString("hex")}@operators.test`;
  const name = "Opal Operator";
  const user = await db.user.create({ data: { email, name, isOperator: options.isOperator ?? true }, select: { id: true, sessionVersion: true } });
  return { userId: user.id, email, name, sessionVersion: user.sessionVersion, caller: operatorCaller({ userId: user.id, name }) };
}

/** Runs `work` while the database refuses any invitation to `email` (a trigger made and dropped as the owner). */
export async function refusingInvitationsTo(email: string, work: () => Promise<void>) {
  const owner = new pg.Client({ connectionString: inject("ownerDatabaseUrl") });
  await owner.connect();
  try {
    await owner.query(
      `CREATE OR REPLACE FUNCTION "test_refuse_invitation"() RETURNS trigger LANGUAGE plpgsql AS $$BEGIN IF NEW."email" = '${email}' THEN RAISE EXCEPTION 'refused for the test'; END IF; RETURN NEW; END$$`,
    );
    await owner.query(`CREATE TRIGGER "test_refuse_invitation" BEFORE INSERT ON "Invitation" FOR EACH ROW EXECUTE FUNCTION "test_refuse_invitation"()`);
    await work();
  } finally {
    await owner.query(`DROP TRIGGER IF EXISTS "test_refuse_invitation" ON "Invitation"`);
    await owner.query(`DROP FUNCTION IF EXISTS "test_refuse_invitation"()`);
    await owner.end();
  }
}
