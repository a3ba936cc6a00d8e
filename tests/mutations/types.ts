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
