import "server-only";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import { ValidationError } from "@/lib/errors";

/** A transaction client: what mutations take so that the audit row commits with the change. */
export type Tx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];

const globalForDb = globalThis as unknown as { stocktakeDb?: { pool: pg.Pool; prisma: PrismaClient } };

function connection(): { pool: pg.Pool; prisma: PrismaClient } {
  // Created on first use, so that `next build` needs no database.
  if (!globalForDb.stocktakeDb) {
    const url = process.env.DATABASE_URL;
    if (!url) throw new Error("DATABASE_URL is not set");
    const pool = new pg.Pool({ connectionString: url, max: 10 });
    // An idle connection dropped by the server (a restart, a failover) must not
    // bring the app down; the next query opens a new one.
    pool.on("error", (error) => console.error("PostgreSQL connection lost:", error.message));
    globalForDb.stocktakeDb = { pool, prisma: new PrismaClient({ adapter: new PrismaPg(pool) }) };
  }
  return globalForDb.stocktakeDb;
}

function client(): PrismaClient {
  return connection().prisma;
}

/** Ends the pool's connections: for a process that exits once done (`npm run admin`), never the app. */
export async function closeDb(): Promise<void> {
  const opened = globalForDb.stocktakeDb;
  globalForDb.stocktakeDb = undefined;
  await opened?.pool.end();
}

/** The one Prisma client. */
export const db: PrismaClient = new Proxy({} as PrismaClient, {
  get(_target, property) {
    const value = Reflect.get(client(), property);
    return typeof value === "function" ? value.bind(client()) : value;
  },
});

/**
 * A named prepared statement on Prisma's own connection pool, for the one
 * statement that runs on every request of the hottest page (the board
 * dashboard's access check). PostgreSQL parses and plans it once per
 * connection, and it skips Prisma's query engine, which costs about five times
 * the CPU of the pg driver for a one-row raw query (measured: 555 µs against
 * 98 µs). Everything else goes through Prisma.
 */
export async function preparedQuery<Row extends pg.QueryResultRow>(name: string, text: string, values: unknown[]): Promise<Row[]> {
  const result = await connection().pool.query<Row>({ name, text, values });
  return result.rows;
}

const globalForThrottle = globalThis as unknown as { stocktakeThrottlePool?: pg.Pool };

/**
 * A few connections of their own for sign-in throttling (rate-limiter-flexible
 * takes a pg pool), so that a flood of sign-in attempts waits on these and
 * never on the connections every page needs.
 */
export function throttlePool(): pg.Pool {
  if (!globalForThrottle.stocktakeThrottlePool) {
    const url = process.env.DATABASE_URL;
    if (!url) throw new Error("DATABASE_URL is not set");
    const pool = new pg.Pool({ connectionString: url, max: 3 });
    pool.on("error", (error) => console.error("PostgreSQL connection lost (sign-in throttle):", error.message));
    globalForThrottle.stocktakeThrottlePool = pool;
  }
  return globalForThrottle.stocktakeThrottlePool;
}

/**
 * One transaction per mutation. A unique index that refuses the write (two
 * saves racing past an in-transaction duplicate check) becomes `duplicate()`,
 * the same message the check would have given.
 */
export async function writeTransaction<T>(work: (tx: Tx) => Promise<T>, duplicate?: () => ValidationError, options: { timeout?: number } = {}): Promise<T> {
  try {
    return await db.$transaction(work, options.timeout ? { timeout: options.timeout } : undefined);
  } catch (error) {
    if (duplicate && error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") throw duplicate();
    const archived = archivedRefusal(error);
    if (archived) throw new ValidationError(archived);
    throw error;
  }
}

/** SQLSTATE of the audit table's refusal of a write to an archived partnership (migration 20261207042000_operators_archive). */
const ARCHIVED = "SA001";

/**
 * The trigger's message ("<Name> is archived: it can be read but not
 * changed."), wherever the driver adapter put the database's error, or null.
 */
export function archivedRefusal(error: unknown): string | null {
  const seen = new Set<unknown>();
  const visit = (value: unknown): string | null => {
    if (typeof value !== "object" || value === null || seen.has(value)) return null;
    seen.add(value);
    const candidate = value as { code?: unknown; originalCode?: unknown; message?: unknown; originalMessage?: unknown; kind?: unknown };
    if (candidate.code === ARCHIVED || candidate.originalCode === ARCHIVED) {
      const text = typeof candidate.originalMessage === "string" ? candidate.originalMessage : candidate.message;
      if (typeof text === "string") return text;
    }
    const nested = value as { cause?: unknown; meta?: { driverAdapterError?: unknown } };
    return visit(nested.cause) ?? visit(nested.meta?.driverAdapterError);
  };
  return visit(error);
}
