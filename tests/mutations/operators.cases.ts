// The operators' writes, each in a partnership of its own (never a demo one),
// as an operator of the run's own: a new partnership (its creation and its
// first admin's invitation, two rows), an archive and a restore.
import { newPartnershipId } from "@/lib/operators/ids";
import { archivePartnership } from "@/lib/operators/mutations";
import { ownOperator } from "../support/operator";
import { ownPartnership } from "../support/own-partnership";
import { elsewhere, type MutationCases } from "./types";

export const operatorCases: MutationCases = {
  "lib/operators/mutations.ts#createPartnership": async ({ next }) => {
    const operator = await ownOperator("registry");
    const slug = `registry-new-${next()}-${Date.now().toString(36)}`;
    const input = { name: `Registry ${slug}`, partnershipSlug: slug, localAuthority: "Registry Council", icb: "NHS Registry ICB", adminEmail: `admin@${slug}.test` };
    return elsewhere(newPartnershipId(), operator.caller, input, 2);
  },
  "lib/operators/mutations.ts#archivePartnership": async () => {
    const [operator, own] = await Promise.all([ownOperator("registry"), ownPartnership("registry-archive")]);
    return elsewhere(own.id, operator.caller, { partnershipId: own.id });
  },
  "lib/operators/mutations.ts#restorePartnership": async () => {
    const [operator, own] = await Promise.all([ownOperator("registry"), ownPartnership("registry-restore")]);
    await archivePartnership(own.id, operator.caller, { partnershipId: own.id });
    return elsewhere(own.id, operator.caller, { partnershipId: own.id });
  },
};
