// An operator of a test file's own: a new account with the flag (and no
// membership), and its caller as /admin builds it.
import { randomBytes } from "node:crypto";
import { operatorCaller, type OperatorCaller } from "@/lib/auth/caller";
import { db } from "./db";

export type OwnOperator = { userId: string; email: string; name: string; sessionVersion: number; caller: OperatorCaller };

export async function ownOperator(prefix: string, options: { isOperator?: boolean } = {}): Promise<OwnOperator> {
  const email = `${prefix}-${randomBytes(4).toString("hex")}@operators.test`;
  const name = "Opal Operator";
  const user = await db.user.create({ data: { email, name, isOperator: options.isOperator ?? true }, select: { id: true, sessionVersion: true } });
  return { userId: user.id, email, name, sessionVersion: user.sessionVersion, caller: operatorCaller({ userId: user.id, name }) };
}
