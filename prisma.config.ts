import path from "node:path";
import { defineConfig } from "prisma/config";

// The CLI is used here only for `prisma generate`; migrations run through
// prisma/migrate.ts (the WebAssembly schema engine), which works offline.
export default defineConfig({
  schema: path.join("prisma", "schema.prisma"),
  migrations: { path: path.join("prisma", "migrations") },
  datasource: { url: process.env.DATABASE_URL ?? "" },
});
