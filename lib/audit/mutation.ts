import "server-only";
import { randomBytes } from "node:crypto";
import { writeTransaction, type Tx } from "@/lib/db";
import type { Caller } from "@/lib/auth/caller";
import type { ValidationError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { kindOf, type AuditEntry } from "./vocabulary";

export type { AuditEntry } from "./vocabulary";

/** Who the audit trail names: the user (null for the system) and their name and role at the time. */
export type Actor = { userId: string | null; name: string };

/** An entry as its row stores it: the kind in entityType, the verb in action, each side normalised by its schema. */
type StoredEntry = { entityType: string; entityId: string; action: string; before: unknown; after: unknown };

/**
 * What a mutation's write returns: its result and the one audit entry that
 * describes it. The audit row is part of the return type, so a write that
 * leaves it out does not compile; `mutation()` inserts it in the same
 * transaction, which moves the partnership's data version (a trigger).
 */
export type Written<Result> = { result: Result; audit: AuditEntry | readonly AuditEntry[] };

/** A mutation's core: runs inside a transaction someone else opened, and writes its audit row there. */
export type MutationCore<Input, Result, C extends Acting = Caller> = (tx: Tx, partnershipId: string, caller: C, input: Input) => Promise<Result>;

/**
 * A mutation: call it to run its core in a transaction of its own, or call
 * `.core` inside a transaction you opened to compose several (import,
 * publish, pack assembly), each still writing its own audit row.
 */
export type Mutation<Input, Result, C extends Acting = Caller> = ((partnershipId: string, caller: C, input: Input) => Promise<Result>) & {
  readonly core: MutationCore<Input, Result, C>;
};

/** Whoever a write is made by: a member (Caller, the default) or a platform operator (OperatorCaller), each naming its actor. */
export type Acting = { actor: Actor };

/**
 * The one audited-write helper. `write` authorizes with the rows in hand and
 * writes through `tx`; `duplicate` turns a unique index's refusal (two saves
 * racing past an in-transaction check) into the message the check gives.
 */
export function mutation<Input, Result, C extends Acting = Caller>(
  write: (tx: Tx, partnershipId: string, caller: C, input: Input) => Promise<Written<Result>>,
  options: {
    duplicate?: (input: Input) => ValidationError;
    /** How long its transaction may run (ms): a bulk write (a plan import) needs longer than Prisma's 5 s default. */
    timeout?: number;
  } = {},
): Mutation<Input, Result, C> {
  const core: MutationCore<Input, Result, C> = async (tx, partnershipId, caller, input) => {
    const { result, audit } = await write(tx, partnershipId, caller, input);
    // A bulk write (many items made at once) returns one entry per item, inserted together.
    if (isEntryList(audit)) await createAuditEvents(tx, partnershipId, caller.actor, audit);
    else await createAuditEvent(tx, partnershipId, caller.actor, audit);
    return result;
  };
  const run = (partnershipId: string, caller: C, input: Input) =>
    writeTransaction((tx) => core(tx, partnershipId, caller, input), options.duplicate && (() => options.duplicate!(input)), { timeout: options.timeout });
  return Object.assign(run, { core });
}

const isEntryList = (audit: AuditEntry | readonly AuditEntry[]): audit is readonly AuditEntry[] => Array.isArray(audit);

/** Not exported: the only way to write an audit row is to return it from a mutation's write. */
async function createAuditEvent(tx: Tx, partnershipId: string, actor: Actor, entry: AuditEntry) {
  const row = stored(entry);
  await tx.auditEvent.create({
    data: {
      partnershipId,
      actorUserId: actor.userId,
      actorName: actor.name,
      entityType: row.entityType,
      entityId: row.entityId,
      action: row.action,
      before: toJson(row.before),
      after: toJson(row.after),
    },
  });
}

/**
 * One row per entry, in one statement, the columns sent as arrays (thousands
 * of rows from a plan import: Prisma's createMany costs about a millisecond a
 * row); an empty list writes none.
 */
async function createAuditEvents(tx: Tx, partnershipId: string, actor: Actor, entries: readonly AuditEntry[]) {
  if (!entries.length) return;
  const rows = entries.map(stored);
  const json = (value: unknown) => (value === undefined || value === null ? null : JSON.stringify(value));
  await tx.$executeRaw`
    INSERT INTO "AuditEvent" ("id", "partnershipId", "actorUserId", "actorName", "entityType", "entityId", "action", "before", "after")
    SELECT e.id, ${partnershipId}, ${actor.userId}, ${actor.name}, e.kind, e.entity, e.verb, e.before::jsonb, e.after::jsonb
    FROM unnest(
      ${rows.map(newRowId)}::text[], ${rows.map((r) => r.entityType)}::text[], ${rows.map((r) => r.entityId)}::text[], ${rows.map((r) => r.action)}::text[],
      ${rows.map((r) => json(r.before))}::text[], ${rows.map((r) => json(r.after))}::text[]
    ) AS e(id, kind, entity, verb, before, after)`;
}

/** "c" and 24 lower-case letters and digits, the shape of the ids Prisma gives (cuid): for rows that one statement writes many of. */
export function newRowId(): string {
  return `c${randomBytes(12).toString("hex")}`;
}

/**
 * The entry as stored: its verb's schemas check it (the types already have,
 * unless a cast lied) and normalise it, so every stored row reads back
 * through the same schemas. A mismatch is a programming error: the write fails.
 */
function stored(typed: AuditEntry): StoredEntry {
  const entry = typed as { kind: string; verb: string; entityId: string; before?: unknown; after?: unknown };
  const verb = kindOf(entry.kind)?.verbs[entry.verb];
  if (!verb) throw new Error(`Audit: ${entry.kind} has no verb "${entry.verb}".`);
  return {
    entityType: entry.kind,
    entityId: entry.entityId,
    action: entry.verb,
    before: verb.before.parse(entry.before),
    after: verb.after.parse(entry.after),
  };
}

/** Dates become ISO strings; undefined fields drop out. */
function toJson(value: unknown): Prisma.InputJsonValue | undefined {
  return value === undefined || value === null ? undefined : (JSON.parse(JSON.stringify(value)) as Prisma.InputJsonValue);
}

/** Whether an exported value is a mutation (the registry and tenancy tests find them this way). */
export function isMutation(value: unknown): value is Mutation<unknown, unknown> {
  return typeof value === "function" && typeof (value as { core?: unknown }).core === "function";
}
