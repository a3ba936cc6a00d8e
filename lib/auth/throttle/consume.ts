// One attempt counted against two limiters at once (an account and an
// address): refused when either is over its limit, with the longer wait.
// Shared by sign-in's throttle and "Forgot your password?" (lib/passwords).
import { RateLimiterRes, type RateLimiterAbstract } from "rate-limiter-flexible";

export type Throttled = { allowed: true } | { allowed: false; retryAfterSeconds: number };

/** A store that cannot be reached throws: the caller then fails closed. */
export async function consumeBoth(limiters: { account: RateLimiterAbstract; address: RateLimiterAbstract }, account: string, address: string): Promise<Throttled> {
  const results = await Promise.allSettled([limiters.account.consume(account), limiters.address.consume(address)]);
  let waitMs = 0;
  for (const result of results) {
    if (result.status === "fulfilled") continue;
    if (!(result.reason instanceof RateLimiterRes)) throw result.reason;
    waitMs = Math.max(waitMs, result.reason.msBeforeNext);
  }
  return waitMs > 0 ? { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil(waitMs / 1000)) } : { allowed: true };
}
