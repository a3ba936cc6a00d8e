import "server-only";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import type { z } from "zod";
import { callerOf, type Caller } from "@/lib/auth/caller";
import { getMember, type MemberContext } from "@/lib/auth/guards";
import { refreshPartnership } from "@/lib/dashboard/cache";
import { ForbiddenError, NotFoundError } from "@/lib/errors";
import { logRefusal } from "@/lib/security/log";
import { failure, formObject, invalid, type ActionResult } from "./result";

/** After a save: the form's result, or a page to go to (a redirect is thrown outside the save's try). */
export type Answer<Data> = ActionResult<Data> | { redirectTo: string };

type Values = Record<string, string | undefined>;

/**
 * The one path of every server action (STYLE rule 4): validate (no
 * database) → the member from the verified session → the mutation, which
 * authorizes and writes with its audit row in one transaction → refresh the
 * partnership's pages → the answer. Any failure while saving becomes its
 * message, with what was typed.
 *
 * The partnership travels as a hidden `slug` field, never as a bound
 * argument: a form posted without JavaScript to an action bound in a client
 * component never gets an answer and pins the server's CPU
 * (vercel/next.js#57867). The slug only picks which of the signed-in user's
 * memberships to use; the tenant is always that verified membership.
 */
export async function submit<Input, Result, Data>(
  form: FormData,
  schema: z.ZodType<Input>,
  save: (partnershipId: string, caller: Caller, input: Input) => Promise<Result>,
  answer: (result: Result, input: Input, member: MemberContext) => Answer<Data>,
  options: {
    /** How the form reads into plain values (checkbox groups…); by default each field once. */
    values?: (form: FormData) => Values | Promise<Values>;
    /** An answer given instead of saving (a preview step); null goes on to save. */
    before?: (input: Input) => ActionResult<Data> | null;
  } = {},
): Promise<ActionResult<Data>> {
  const values = options.values ? await options.values(form) : formObject(form);
  const parsed = schema.safeParse(values);
  if (!parsed.success) return invalid(parsed.error, values);
  const slug = form.get("slug");
  const member = typeof slug === "string" ? await getMember(slug) : null;
  if (!member) return failure(new NotFoundError());
  const early = options.before?.(parsed.data);
  if (early) return early;
  let result: Result;
  try {
    result = await save(member.partnershipId, callerOf(member), parsed.data);
  } catch (error) {
    // Refused by authorization, or naming a row not in the member's partnership: a security event (never what was typed).
    if (error instanceof ForbiddenError || error instanceof NotFoundError) {
      logRefusal({
        reason: error instanceof ForbiddenError ? "forbidden" : "not-found",
        userId: member.user.userId,
        partnership: member.partnership.slug,
        partnershipId: member.partnershipId,
        role: member.role,
        via: "action",
        target: await postedFrom(),
      });
    }
    return failure(error, values);
  }
  refreshPartnership(member.partnershipId, member.partnership.slug);
  const reply = answer(result, parsed.data, member);
  if ("redirectTo" in reply) redirect(reply.redirectTo);
  return reply;
}

/** The page a form was posted from, as the browser says (Referer: same-origin only, by policy), without its query; null outside a request. */
async function postedFrom(): Promise<string | null> {
  try {
    const referer = (await headers()).get("referer");
    return referer ? new URL(referer).pathname : null;
  } catch {
    return null;
  }
}

/** The form's values, with each named checkbox group joined by commas. */
export function withCheckboxes(...names: string[]) {
  return (form: FormData): Values => {
    const values = formObject(form);
    for (const name of names) {
      values[name] =
        form
          .getAll(name)
          .filter((v) => typeof v === "string")
          .join(",") || undefined;
    }
    return values;
  };
}
