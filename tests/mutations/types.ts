// How the mutation registry test (tests/mutations.test.ts) runs one mutation.
import type { Caller } from "@/lib/auth/caller";

export type Context = {
  /** Derby City: every case writes there, as its admin. */
  partnershipId: string;
  admin: Caller;
  /** A number no other case in the run uses, for codes. */
  next(): number;
};

/** Builds what the call needs (setup writes are allowed and not counted) and returns the input. */
export type MutationCase = (context: Context) => Promise<unknown>;

export type MutationCases = Record<string, MutationCase>;

/**
 * A composite mutation (a publish, an import) runs other mutations' cores in
 * its one transaction, each writing its own audit row: its case says exactly
 * how many rows the call writes. The data version still moves by one.
 */
export type Composite = { composite: true; input: unknown; audits: number };

export function composite(input: unknown, audits: number): Composite {
  return { composite: true, input, audits };
}

export function isComposite(value: unknown): value is Composite {
  return typeof value === "object" && value !== null && (value as { composite?: unknown }).composite === true;
}

/**
 * A write not made by a Derby City member (an operator's new partnership,
 * archive or restore): the case names the partnership it writes in and who
 * acts, and how many audit rows it writes there. Its data version still
 * moves by one.
 */
export type Elsewhere = { elsewhere: true; partnershipId: string; caller: unknown; input: unknown; audits: number };

export function elsewhere(partnershipId: string, caller: unknown, input: unknown, audits = 1): Elsewhere {
  return { elsewhere: true, partnershipId, caller, input, audits };
}

export function isElsewhere(value: unknown): value is Elsewhere {
  return typeof value === "object" && value !== null && (value as { elsewhere?: unknown }).elsewhere === true;
}
