// Which roles carry priority areas: a lead leads them, a contributor works in
// them. Every other role reads or acts across the whole partnership.
import type { Role } from "@/lib/generated/prisma/enums";

export const AREA_ROLES = ["LEAD", "CONTRIBUTOR"] as const satisfies readonly Role[];

export function roleHasAreas(role: Role): boolean {
  return (AREA_ROLES as readonly Role[]).includes(role);
}

/** The last-admin rule, as the member page says it. */
export const LAST_ADMIN = "The partnership must keep at least one programme office admin. Make someone else an admin first, then change or remove this one.";
