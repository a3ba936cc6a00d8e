// The operators' counterpart of lib/actions/submit.ts, the same one path for
// every /admin action (STYLE rule 4): validate (no database) → the operator
// from the verified session (the flag read with it) → the mutation, which
// checks the flag again and writes with its audit rows in one transaction →
// refresh the partnership's pages → the answer. Anyone not an operator is
// answered "not found", as /admin itself answers them.
import "server-only";
import { revalidatePath } from "next/cache";
import type { z } from "zod";
import { failure, formObject, invalid, type ActionResult } from "@/lib/actions/result";
import type { OperatorCaller } from "@/lib/auth/caller";
import { getOperator } from "@/lib/auth/guards";
import { refreshPartnership } from "@/lib/dashboard/cache";
import { NotFoundError } from "@/lib/errors";
import { logRefusal } from "@/lib/security/log";
import { adminPath } from "./paths";

export async function submit<Input, Result extends { slug: string }, Data>(
  form: FormData,
  schema: z.ZodType<Input>,
  /** Which partnership the write is for: the one the form names, or a new id. */
  target: (input: Input) => string,
  save: (partnershipId: string, caller: OperatorCaller, input: Input) => Promise<Result>,
  answer: (result: Result, input: Input, operator: { name: string }) => ActionResult<Data> | Promise<ActionResult<Data>>,
): Promise<ActionResult<Data>> {
  const values = formObject(form);
  const parsed = schema.safeParse(values);
  if (!parsed.success) return invalid(parsed.error, values);
  const operator = await getOperator();
  if (!operator) return failure(new NotFoundError());
  const partnershipId = target(parsed.data);
  let result: Result;
  try {
    result = await save(partnershipId, operator.caller, parsed.data);
  } catch (error) {
    if (error instanceof NotFoundError) logRefusal({ reason: "not-found", userId: operator.user.userId, partnership: "(admin)", via: "action" });
    return failure(error, values);
  }
  refreshPartnership(partnershipId, result.slug);
  revalidatePath(adminPath());
  return answer(result, parsed.data, { name: operator.user.name });
}
