import "server-only";
import { RateLimiterPostgres } from "rate-limiter-flexible";
import { throttlePool } from "@/lib/db";
import { consumeBoth, type Throttled } from "./consume";
import { ACCOUNT_LIMIT, ADDRESS_LIMIT } from "./policy";

// Sign-in attempts counted per account and per address in PostgreSQL, so
// every app server shares the counts (rate-limiter-flexible's PostgreSQL
// store, on the "SignInThrottle" table a migration made: tableCreated, so the
// app never issues DDL). An attempt is counted before the password is
// checked, so attempts racing each other cannot slip past the limit; a
// success then clears the account's count and gives the address its point
// back. Once a key is over its limit this server also remembers that in
// memory, answering later attempts without a query.

type Limiters = { account: RateLimiterPostgres; address: RateLimiterPostgres };
let limiters: Limiters | undefined;

function build(): Limiters {
  const store = { storeClient: throttlePool(), storeType: "pool", tableName: "SignInThrottle", tableCreated: true, keyPrefix: "sign-in" };
  const limiter = ({ points, seconds }: { points: number; seconds: number }) =>
    new RateLimiterPostgres({ ...store, points, duration: seconds, blockDuration: seconds, inMemoryBlockOnConsumed: points + 1, inMemoryBlockDuration: seconds });
  return { account: limiter(ACCOUNT_LIMIT), address: limiter(ADDRESS_LIMIT) };
}

export type SignInThrottle = Throttled;

/**
 * Counts one attempt against the account and the address (keys from
 * ./policy.ts); refused when either is over its limit, with how long to wait.
 * A store that cannot be reached throws: sign-in then fails closed.
 */
export async function countSignInAttempt(account: string, address: string): Promise<SignInThrottle> {
  limiters ??= build();
  return consumeBoth(limiters, account, address);
}

/** A successful sign-in: the account's count starts again, and the address is not held to this attempt. */
export async function countSignInSuccess(account: string, address: string): Promise<void> {
  limiters ??= build();
  await Promise.all([limiters.account.delete(account), limiters.address.reward(address, 1)]);
}
