// The app's Prisma client and production build for the end-to-end tests,
// ahead of them: `npm test` (tests/run-all.mjs) runs `generate` first, alone,
// and `build` beside the unit and integration tests, which leave most of the
// machine idle; the end-to-end server (e2e/support/server.ts) then finds the
// build current. Each step does nothing when its inputs have not changed.
import path from "node:path";
import { ensureBuilt, ensureGenerated } from "../../lib/runtime/build";

const root = path.resolve(import.meta.dirname, "..", "..");
const step = process.argv[2];
if (step === "generate") ensureGenerated(root);
else if (step === "build") ensureBuilt(root, process.env.NEXT_DIST_DIR || ".next");
else throw new Error(`e2e/support/build.ts takes "generate" or "build", not "${step ?? ""}".`);
