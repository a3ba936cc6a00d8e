// postinstall: generate the Prisma client offline. `prisma generate` never runs
// the schema engine, so pointing it at any existing file stops the download.
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";

if (existsSync("prisma/schema.prisma") && existsSync("node_modules/prisma/build/index.js")) {
  execFileSync(process.execPath, ["node_modules/prisma/build/index.js", "generate"], {
    stdio: "inherit",
    env: { ...process.env, PRISMA_SCHEMA_ENGINE_BINARY: process.execPath, PRISMA_HIDE_UPDATE_MESSAGE: "1" },
  });
}
