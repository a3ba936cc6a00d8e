// The test side of the database: the same client the app uses, pointed at the
// throwaway server started by global-setup.
import { inject } from "vitest";

process.env.DATABASE_URL = inject("databaseUrl");

export { db } from "@/lib/db";
