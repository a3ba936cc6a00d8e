import "server-only";
import { db } from "@/lib/db";

/** True when the database answers a trivial query within the time limit. */
export async function isDatabaseUp(timeoutMs = 2000): Promise<boolean> {
  const probe = db.$queryRaw`SELECT 1`.then(
    () => true,
    () => false,
  );
  const timeout = new Promise<boolean>((resolve) => setTimeout(() => resolve(false), timeoutMs).unref?.());
  return Promise.race([probe, timeout]);
}
