import path from "node:path";
import { defineConfig } from "vitest/config";
import IntegrationFileOrder from "./tests/support/file-order";
import { PINNED_DAY } from "./tests/support/pinned-day";

const alias = {
  "@": path.resolve(import.meta.dirname),
  // Server-only modules are imported directly by tests, outside React's server build.
  "server-only": path.resolve(import.meta.dirname, "tests/support/server-only-stub.ts"),
};

export default defineConfig({
  resolve: { alias },
  test: {
    // The integration files' order: shuffled by npm test (tests/support/file-order.ts).
    sequence: { sequencer: IntegrationFileOrder },
    projects: [
      {
        resolve: { alias },
        test: {
          name: "unit",
          include: ["lib/**/*.test.ts", "components/**/*.test.ts", "prisma/**/*.test.ts"],
          environment: "node",
          // Pinned as for the integration tests: the one test of the real clock unsets it itself, and says so.
          env: { STOCKTAKE_TODAY: PINNED_DAY },
        },
      },
      {
        resolve: { alias },
        test: {
          name: "integration",
          include: ["tests/**/*.test.ts"],
          environment: "node",
          globalSetup: ["tests/support/global-setup.ts"],
          // The seed and the data layer read today from the one clock: pinned, so no verdict moves with the calendar.
          env: { STOCKTAKE_TODAY: PINNED_DAY },
          // One real database, shared: files run one after another.
          fileParallelism: false,
          testTimeout: 30_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
