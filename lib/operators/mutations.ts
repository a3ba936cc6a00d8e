// The operators' writes: a new partnership with its first admin's invitation,
// and archiving and restoring one. Each writes in the partnership's own audit
// log, in one transaction, as the operator (or the command line). An archived
// partnership refuses every audited write (a trigger on the audit table) but
// the row recording its archive; a restore clears the flag before its row.
import "server-only";
import { mutation } from "@/lib/audit/mutation";
import type { OperatorCaller } from "@/lib/auth/caller";
import type { Tx } from "@/lib/db";
import { ConflictError, fieldError, NotFoundError, ValidationError } from "@/lib/errors";
import { now } from "@/lib/clock";
import { createInvitationRow } from "@/lib/invitations/queries";
import type { CreatePartnershipInput, PartnershipStateInput } from "./schema";

/** The board every partnership starts with (meetings, packs and the board's pages need one). */
const FIRST_BOARD = "SEND Improvement Board";

const slugTaken = () => fieldError("partnershipSlug", "Another partnership has that address: choose another.");

/**
 * Only an operator writes here: anyone else is told "not found", as for a page
 * they may not know exists. A person's flag is read again in the transaction,
 * so one unflagged since their page loaded is refused; the command line has
 * no user and is trusted, as it holds the database.
 */
async function assertOperator(tx: Tx, caller: OperatorCaller) {
  if ((caller as { operator?: unknown }).operator !== true) throw new NotFoundError();
  if (caller.actor.userId !== null && (await tx.user.count({ where: { id: caller.actor.userId, isOperator: true } })) !== 1) throw new NotFoundError();
}

/** The first admin, invited as an admin invites anyone (lib/invitations): the same row and the same audit entry, by the operator. */
const inviteFirstAdmin = mutation(async (tx, partnershipId, caller: OperatorCaller, input: { email: string }) => {
  const after = { email: input.email, role: "ADMIN" as const, areaIds: [] };
  const { invitationId, token } = await createInvitationRow(tx, partnershipId, after, caller.actor.userId);
  return { result: { token }, audit: { kind: "Invitation", verb: "create", entityId: invitationId, after } };
});

/**
 * A new partnership, under the id the caller chose (newPartnershipId()), with
 * its first board and its first admin invited: two audit rows, and nothing
 * made unless all is.
 */
export const createPartnership = mutation(
  async (tx, partnershipId, caller: OperatorCaller, input: CreatePartnershipInput) => {
    await assertOperator(tx, caller);
    const slug = input.partnershipSlug;
    if (await tx.partnership.findFirst({ where: { OR: [{ slug }, { id: partnershipId }] }, select: { id: true } })) throw slugTaken();
    await tx.partnership.create({ data: { id: partnershipId, slug, name: input.name, localAuthority: input.localAuthority, icb: input.icb } });
    await tx.board.create({ data: { partnershipId, name: FIRST_BOARD } });
    const { token } = await inviteFirstAdmin.core(tx, partnershipId, caller, { email: input.adminEmail });
    return {
      result: { partnershipId, slug, name: input.name, email: input.adminEmail, token },
      audit: { kind: "Partnership", verb: "create", entityId: partnershipId, after: { slug } },
    };
  },
  { duplicate: slugTaken },
);

/** The partnership an archive or restore confirmation was shown for: the form names it, as settings forms do. */
async function partnershipOf(tx: Tx, partnershipId: string, caller: OperatorCaller, input: PartnershipStateInput) {
  await assertOperator(tx, caller);
  const partnership =
    input.partnershipId === partnershipId ? await tx.partnership.findFirst({ where: { id: partnershipId }, select: { slug: true, name: true, archivedAt: true } }) : null;
  if (!partnership) throw new NotFoundError();
  return partnership;
}

/** Read-only for its members and hidden from their pickers; nothing is deleted. */
export const archivePartnership = mutation(async (tx, partnershipId, caller: OperatorCaller, input: PartnershipStateInput) => {
  const { slug, name, archivedAt } = await partnershipOf(tx, partnershipId, caller, input);
  if (archivedAt) throw new ValidationError(`${name} is already archived.`);
  const archived = await tx.partnership.updateMany({ where: { id: partnershipId, archivedAt: null }, data: { archivedAt: now() } });
  if (archived.count !== 1) throw new ConflictError(`Someone else archived ${name} at the same moment: nothing more was changed.`);
  return { result: { slug, name }, audit: { kind: "Partnership", verb: "archive", entityId: partnershipId, after: { slug, name } } };
});

/** Its members can change it again, and it is back in their pickers. */
export const restorePartnership = mutation(async (tx, partnershipId, caller: OperatorCaller, input: PartnershipStateInput) => {
  const { slug, name, archivedAt } = await partnershipOf(tx, partnershipId, caller, input);
  if (!archivedAt) throw new ValidationError(`${name} is not archived.`);
  const restored = await tx.partnership.updateMany({ where: { id: partnershipId, archivedAt: { not: null } }, data: { archivedAt: null } });
  if (restored.count !== 1) throw new ConflictError(`Someone else restored ${name} at the same moment: nothing more was changed.`);
  return { result: { slug, name }, audit: { kind: "Partnership", verb: "restore", entityId: partnershipId, after: { slug, name } } };
});
