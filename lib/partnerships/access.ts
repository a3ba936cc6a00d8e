// Which of a person's memberships the partnership picker treats as advising:
// an advisor's home is the picker itself, with each advised partnership's
// published stocktakes, so an advisor is never sent straight into one.
import type { Role } from "@/lib/generated/prisma/enums";

export const advises = (membership: { role: Role }) => membership.role === "ADVISOR";
