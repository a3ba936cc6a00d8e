import "server-only";
import { PrismaPg } from "@prisma/adapter-pg";
import { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import type { ValidationError } from "@/lib/errors";

export type Db = PrismaClient;
/** A transaction client: what mutations take so that the audit row commits with the change. */
export type Tx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];

export function createPrismaClient(connectionString: string): PrismaClient {
  return new PrismaClient({ adapter: new PrismaPg({ connectionString, max: 10 }) });
}

const globalForPrisma = globalThis as unknown as { stocktakePrisma?: PrismaClient };

function client(): PrismaClient {
  // Created on first use, so that `next build` needs no database.
  if (!globalForPrisma.stocktakePrisma) {
    const url = process.env.DATABASE_URL;
    if (!url) throw new Error("DATABASE_URL is not set");
    globalForPrisma.stocktakePrisma = createPrismaClient(url);
  }
  return globalForPrisma.stocktakePrisma;
}

/** The one Prisma client. */
export const db: PrismaClient = new Proxy({} as PrismaClient, {
  get(_target, property) {
    const value = Reflect.get(client(), property);
    return typeof value === "function" ? value.bind(client()) : value;
  },
});

/**
 * One transaction per mutation. A unique index that refuses the write (two
 * saves racing past an in-transaction duplicate check) becomes `duplicate()`,
 * the same message the check would have given.
 */
export async function writeTransaction<T>(work: (tx: Tx) => Promise<T>, duplicate?: () => ValidationError): Promise<T> {
  try {
    return await db.$transaction(work);
  } catch (error) {
    if (duplicate && error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") throw duplicate();
    throw error;
  }
}
