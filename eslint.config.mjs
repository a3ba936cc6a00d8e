// ESLint: Next's rules (React, hooks, Core Web Vitals), typescript-eslint and
// the full jsx-a11y recommended set. `npm test` runs it with zero warnings.
import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";
import jsxA11y from "eslint-plugin-jsx-a11y";

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  {
    // Next's config registers the jsx-a11y plugin with a few of its rules; take all of them.
    files: ["**/*.{jsx,tsx}"],
    rules: jsxA11y.flatConfigs.recommended.rules,
  },
  {
    rules: {
      // An underscore says "deliberately unused" (a server action's previous state, say).
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_", caughtErrors: "none" }],
    },
  },
  {
    // The layers (STYLE rule 20): app → components → lib → prisma, nothing upward.
    // The seed, the tests and the end-to-end specs are entry points above them
    // all: they may import any layer, and no layer imports them. lib/generated
    // is Prisma's generated client, part of the prisma layer. Tests beside the
    // code (*.test.ts) are entry points too.
    files: ["app/**/*.{ts,tsx}", "components/**/*.{ts,tsx}", "lib/**/*.{ts,tsx}", "prisma/**/*.ts"],
    ignores: ["**/*.test.{ts,tsx}"],
    rules: {
      "import/no-restricted-paths": [
        "error",
        {
          zones: [
            { target: "./lib", from: ["./app", "./components"], message: "lib sits below components and app: move what both need into lib." },
            { target: "./components", from: "./app", message: "components sit below app: pass what a component needs as props." },
            {
              target: ["./app", "./components", "./lib", "./prisma/!(seed*).ts"],
              from: ["./prisma/seed.ts", "./prisma/seed-run.ts", "./prisma/seed", "./tests", "./e2e"],
              message: "The seed and the tests are entry points: nothing in the app imports them (npm start runs the seed as a process: lib/runtime/seed-process.ts).",
            },
            { target: "./prisma/!(seed*).ts", from: "./app", message: "prisma is the lowest layer." },
            { target: "./prisma/!(seed*).ts", from: "./components", message: "prisma is the lowest layer." },
            {
              target: "./prisma/!(seed*).ts",
              from: "./lib",
              except: ["./generated"],
              message: "prisma is the lowest layer: it may use Prisma's generated client, nothing else of lib.",
            },
          ],
        },
      ],
    },
  },
  globalIgnores([".next/**", ".next*/**", ".data/**", "lib/generated/**", "test-results/**", "playwright-report/**", "next-env.d.ts"]),
]);
