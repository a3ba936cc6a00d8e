// The confirmation's one form: archive or restore, as it says.
import "server-only";
import type { OperatorCaller } from "@/lib/auth/caller";
import { archivePartnership, restorePartnership } from "./mutations";
import type { ChangePartnershipStateInput } from "./schema";

export function changePartnershipState(partnershipId: string, caller: OperatorCaller, input: ChangePartnershipStateInput) {
  return input.intent === "archive" ? archivePartnership(partnershipId, caller, input) : restorePartnership(partnershipId, caller, input);
}
