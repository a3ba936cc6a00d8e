// Builds the app for the end-to-end tests ahead of them: `npm test`
// (tests/run-all.mjs) starts this beside the linter, the type checker and
// the unit and integration tests, which leave most of the machine idle, and
// the end-to-end server (e2e/support/server.ts) then finds the build current.
import path from "node:path";
import { ensureBuilt, ensureGenerated } from "../../lib/runtime/build";

const root = path.resolve(import.meta.dirname, "..", "..");
ensureGenerated(root);
ensureBuilt(root, process.env.NEXT_DIST_DIR || ".next");
