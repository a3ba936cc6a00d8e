import "server-only";
import os from "node:os";
import bcrypt from "bcrypt";

// Password hashing is the one thing sign-in does that costs real CPU (about
// 50 ms per bcrypt compare at cost 10). Done on the request thread, a flood
// of sign-in attempts starved every other page (issue 14: /api/health took
// 4.6 s). So compares run in native code on libuv's thread pool (the native
// `bcrypt` package), and no more than HASHING_THREADS at once: the other
// cores stay free for pages, and the pool's other threads for file and DNS
// work. Past MAX_WAITING queued compares, sign-in answers "busy" at once
// instead of queueing without bound.

/** At most half the cores hash at once (one on a 2-core machine). */
const HASHING_THREADS = Math.max(1, Math.floor(os.availableParallelism() / 2));
const MAX_WAITING = 16;
const COST = 10;

// Compared against when the email is unknown, so that a wrong email and a
// wrong password take the same time and say the same thing.
const UNKNOWN_USER_HASH = "$2b$10$CwTycUXWue0Thq9StjUM0uJ8r3xWBqvBqcnYpFEMSpv/6lbpcUrFK";

/** Sign-in is saturated: the caller answers "busy, try again" without hashing. */
export class HashingBusyError extends Error {
  constructor() {
    super("Too many sign-ins are being checked at once.");
    this.name = "HashingBusyError";
  }
}

let running = 0;
const waiting: (() => void)[] = [];

async function bounded<T>(work: () => Promise<T>): Promise<T> {
  if (running >= HASHING_THREADS) {
    if (waiting.length >= MAX_WAITING) throw new HashingBusyError();
    await new Promise<void>((resolve) => waiting.push(resolve));
  } else {
    running += 1;
  }
  try {
    return await work();
  } finally {
    // Hand the slot straight to the next waiter, or free it.
    const next = waiting.shift();
    if (next) next();
    else running -= 1;
  }
}

/** Whether a new compare would be refused right now (checked before any other work). */
export function hashingSaturated(): boolean {
  return running >= HASHING_THREADS && waiting.length >= MAX_WAITING;
}

/**
 * Whether `password` matches `hash` (bcrypt, as stored in User.passwordHash).
 * A missing hash (unknown email, or an OpenID-only account) takes the same
 * time and answers false.
 */
export function verifyPassword(password: string, hash: string | null | undefined): Promise<boolean> {
  return bounded(async () => {
    const ok = await bcrypt.compare(password, hash ?? UNKNOWN_USER_HASH);
    return ok && Boolean(hash);
  });
}

/** A bcrypt hash for storing (seed, invitations). */
export function hashPassword(password: string): Promise<string> {
  return bounded(() => bcrypt.hash(password, COST));
}
