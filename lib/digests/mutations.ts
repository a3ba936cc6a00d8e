// The digests' writes: a member's choice of email reminders, each with its
// audit row (EmailReminders, lib/digests/audit.ts). The ledger of sends
// (queries.ts) is delivery bookkeeping and stays unaudited.
import "server-only";
import type { Actor } from "@/lib/audit/mutation";
import { mutation } from "@/lib/audit/mutation";
import type { Caller } from "@/lib/auth/caller";
import type { Tx } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import { memberDisplayName } from "@/lib/people/names";
import { requireOwnMembership } from "./access";
import type { DigestChoiceVia } from "./audit";
import type { DigestFrequencyInput } from "./schema";

function choiceOf(tx: Tx, partnershipId: string, membershipId: string, version?: number) {
  return tx.membership.findFirst({
    where: { id: membershipId, partnershipId, ...(version === undefined ? {} : { digestTokenVersion: version }) },
    select: { digestFrequency: true, jobTitle: true, user: { select: { name: true } } },
  });
}

/** The member's own choice of how often, on /p/<slug>/my/email (their own membership, from the verified session). */
export const saveDigestFrequency = mutation(async (tx, partnershipId, caller: Caller, input: DigestFrequencyInput) => {
  requireOwnMembership(caller, input.membershipId);
  const membershipId = caller.scope.membershipId;
  const member = await choiceOf(tx, partnershipId, membershipId);
  if (!member) throw new NotFoundError();
  await tx.membership.updateMany({ where: { id: membershipId, partnershipId }, data: { digestFrequency: input.frequency } });
  return {
    result: input.frequency,
    audit: {
      kind: "EmailReminders",
      verb: "change frequency",
      entityId: membershipId,
      before: { frequency: member.digestFrequency },
      after: { member: memberDisplayName(member), frequency: input.frequency, via: "their settings" },
    },
  };
});

/**
 * The member an unsubscribe link names, acting without a session: the signed
 * link is their authority (lib/digests/token.ts), so the audit names them.
 */
export type UnsubscriberCaller = { unsubscribing: true; actor: Actor & { userId: string } };

export type UnsubscribeInput = { membershipId: string; version: number; via: Exclude<DigestChoiceVia, "their settings"> };

/**
 * Turns the member's reminders off, only while the link's version is current
 * (checked in the UPDATE: a link voided meanwhile is not found, nothing
 * written). Already off: nothing to write, and no audit row. Returns whether
 * it turned them off.
 */
export const unsubscribeMember = mutation(async (tx, partnershipId, caller: UnsubscriberCaller, input: UnsubscribeInput) => {
  const member = await choiceOf(tx, partnershipId, input.membershipId, input.version);
  if (!member) throw new NotFoundError();
  if (member.digestFrequency === "OFF") return { result: false, audit: [] };
  const { count } = await tx.membership.updateMany({
    where: { id: input.membershipId, partnershipId, digestTokenVersion: input.version },
    data: { digestFrequency: "OFF" },
  });
  if (count !== 1) throw new NotFoundError();
  return {
    result: true,
    audit: {
      kind: "EmailReminders",
      verb: "unsubscribe",
      entityId: input.membershipId,
      before: { frequency: member.digestFrequency },
      after: { member: memberDisplayName(member), frequency: "OFF", via: input.via },
    },
  };
});
