// The member's own choice of how often, saved for the "Email reminders" form
// (lib/digests/actions.ts). Not audited: see lib/digests/queries.ts.
import "server-only";
import type { Caller } from "@/lib/auth/caller";
import type { DigestFrequency } from "@/lib/generated/prisma/enums";
import { requireOwnMembership } from "./access";
import { setDigestFrequency } from "./queries";
import type { DigestFrequencyInput } from "./schema";

export async function saveDigestFrequency(partnershipId: string, caller: Caller, input: DigestFrequencyInput): Promise<DigestFrequency> {
  requireOwnMembership(caller, input.membershipId);
  await setDigestFrequency(partnershipId, caller.scope.membershipId, input.frequency);
  return input.frequency;
}
