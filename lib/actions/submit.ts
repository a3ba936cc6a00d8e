import "server-only";
import type { z } from "zod";
import { getMember, type MemberContext } from "@/lib/auth/guards";
import { NotFoundError } from "@/lib/errors";
import { failure, formObject, invalid, type ActionResult } from "./result";

/**
 * The path a server action's form takes: validate (no database), find the
 * member, then save; any failure while saving becomes its message, with what
 * was typed. `save` calls the mutation (which authorizes and audits) and
 * refreshes the partnership's pages. Actions that redirect afterwards do not
 * use it: a redirect must be thrown outside the try.
 */
export async function submit<Input, Data>(
  slug: string,
  form: FormData,
  schema: z.ZodType<Input>,
  save: (member: MemberContext, input: Input) => Promise<ActionResult<Data>>,
): Promise<ActionResult<Data>> {
  const values = formObject(form);
  const parsed = schema.safeParse(values);
  if (!parsed.success) return invalid(parsed.error, values);
  const member = await getMember(slug);
  if (!member) return failure(new NotFoundError());
  try {
    return await save(member, parsed.data);
  } catch (error) {
    return failure(error, values);
  }
}
