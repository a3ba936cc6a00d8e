// The app under end-to-end test: a fresh throwaway PostgreSQL with the demo
// data, a real OpenID provider on loopback, and the production build served
// by `next start`. Started by Playwright's webServer; stops on SIGTERM.
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { randomBytes } from "node:crypto";
import fs from "node:fs/promises";
import path from "node:path";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "../../lib/generated/prisma/client";
import { prepareDatabase } from "../../prisma/database";
import { seedDemo } from "../../prisma/seed";
import { ensureBuilt, ensureGenerated } from "../../lib/runtime/build";
import { reportFailure } from "../../prisma/start-error";
import { OIDC_CLIENT_ID, OIDC_CLIENT_SECRET, startOidcProvider } from "./oidc-provider";
import { DATABASE_URL_FILE } from "./database";
import { APP_PORT, OIDC_PORT } from "./ports";
import { PINNED_DAY } from "../../tests/support/pinned-day";

// The seed and the server share one pinned day (see tests/support/pinned-day.ts).
process.env.STOCKTAKE_TODAY = PINNED_DAY;

const root = path.resolve(import.meta.dirname, "..", "..");
const dataDir = `.data/e2e-pg-${APP_PORT}`;
const LOG = `.data/e2e-server-${APP_PORT}.log`;
const appUrl = `http://localhost:${APP_PORT}`;

async function main() {
  await fs.rm(path.join(root, dataDir), { recursive: true, force: true });
  ensureGenerated(root);
  const database = await prepareDatabase({ root, dataDir, database: "stocktake_e2e", throwaway: true, forceEmbedded: true, seed: seedDemo });
  let oidc: Awaited<ReturnType<typeof startOidcProvider>>;
  try {
    oidc = await startOidcProvider(OIDC_PORT, appUrl);
    const prisma = new PrismaClient({ adapter: new PrismaPg({ connectionString: database.ownerUrl }) });
    const lead = await prisma.user.findUniqueOrThrow({ where: { email: "lead@derbyshire.demo" } });
    await prisma.oidcAccount.create({ data: { userId: lead.id, issuer: oidc.issuer, subject: "entra-subject-derbyshire-lead" } });
    await prisma.$disconnect();
    // For the specs' set-up writes (e2e/support/database.ts): the app's own role, on this throwaway database only.
    await fs.writeFile(path.join(root, DATABASE_URL_FILE), database.url, { mode: 0o600 });
    // E2E_REUSE_BUILD=1 serves the build in place even if the app's sources changed since: for
    // iterating on specs alone while others edit the app. Unset, the app is rebuilt when it changed.
    const distDir = process.env.NEXT_DIST_DIR || ".next";
    if (!(process.env.E2E_REUSE_BUILD === "1" && existsSync(path.join(root, distDir, "BUILD_ID")))) ensureBuilt(root, distDir);
  } catch (error) {
    await fs.rm(path.join(root, DATABASE_URL_FILE), { force: true });
    await database.stop();
    throw error;
  }
  const app = spawn(process.execPath, [path.join(root, "node_modules/next/dist/bin/next"), "start", "-p", String(APP_PORT)], {
    cwd: root,
    stdio: ["ignore", "inherit", "inherit"],
    env: {
      ...process.env,
      NODE_ENV: "production",
      DATABASE_URL: database.url,
      AUTH_SECRET: randomBytes(32).toString("base64url"),
      NEXTAUTH_URL: appUrl,
      OIDC_ISSUER: oidc.issuer,
      OIDC_CLIENT_ID,
      OIDC_CLIENT_SECRET,
      OIDC_DISPLAY_NAME: "Microsoft Entra ID",
    },
  });

  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    app.kill("SIGTERM");
    await new Promise((resolve) => (app.exitCode !== null ? resolve(null) : app.once("exit", resolve)));
    await oidc.close();
    await fs.rm(path.join(root, DATABASE_URL_FILE), { force: true });
    await database.stop(); // a throwaway cluster deletes its data as it stops
    process.exit(0);
  };
  process.on("SIGTERM", () => void stop());
  process.on("SIGINT", () => void stop());
  app.on("exit", (code) => {
    if (!stopping) {
      console.error(`next start exited with ${code}`);
      void stop();
    }
  });
}

main().catch((error) => {
  reportFailure(error, root, LOG);
  process.exit(1);
});
