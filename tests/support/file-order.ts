// The order the integration files run in. They share one database, so an
// order that happens to work can hide a file that leans on another's rows.
// `npm test` shuffles them, with the seed printed so that a failing order
// can be replayed; CI also runs them a second time, reversed, on the
// database the first pass left behind (tests/run-all.mjs).
//
//   STOCKTAKE_TEST_ORDER=shuffle        a new seed each run (npm test's default)
//   STOCKTAKE_TEST_ORDER=shuffle:1234   that seed's order again
//   STOCKTAKE_TEST_ORDER=reverse        by path, last first
//   unset                               vitest's own order (slowest first)
import { BaseSequencer, type TestSpecification } from "vitest/node";
// Relative, not "@/": vitest.config.ts loads this file before any alias applies.
import { mulberry32 } from "../../lib/numbers/seeded";

export type FileOrder = { kind: "vitest" } | { kind: "reverse" } | { kind: "shuffle"; seed: number };

export function parseFileOrder(text: string | undefined, freshSeed: () => number): FileOrder {
  const value = text?.trim() ?? "";
  if (value === "") return { kind: "vitest" };
  if (value === "reverse") return { kind: "reverse" };
  const shuffle = /^shuffle(?::(\d{1,9}))?$/.exec(value);
  if (shuffle) return { kind: "shuffle", seed: shuffle[1] === undefined ? freshSeed() : Number(shuffle[1]) };
  throw new Error(`STOCKTAKE_TEST_ORDER must be "shuffle", "shuffle:<seed>" or "reverse", not "${value}".`);
}

/** The names in the given order: a pure function of the names and the order. */
export function arrange<T>(items: T[], nameOf: (item: T) => string, order: FileOrder): T[] {
  if (order.kind === "vitest") return items;
  const byName = [...items].sort((a, b) => (nameOf(a) < nameOf(b) ? -1 : nameOf(a) > nameOf(b) ? 1 : 0));
  if (order.kind === "reverse") return byName.reverse();
  const next = mulberry32(order.seed);
  for (let i = byName.length - 1; i > 0; i -= 1) {
    const j = Math.floor(next() * (i + 1));
    [byName[i], byName[j]] = [byName[j]!, byName[i]!];
  }
  return byName;
}

export default class IntegrationFileOrder extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    const order = parseFileOrder(process.env.STOCKTAKE_TEST_ORDER, () => Math.floor(Math.random() * 1_000_000_000));
    const integration = sorted.filter((file) => file.project.name === "integration");
    if (order.kind === "vitest" || integration.length === 0) return sorted;
    const root = this.ctx.config.root;
    const arranged = arrange(integration, (file) => file.moduleId.slice(root.length + 1), order);
    const said = order.kind === "shuffle" ? `shuffled (STOCKTAKE_TEST_ORDER=shuffle:${order.seed} repeats this order)` : "reversed";
    console.log(`Integration files ${said}:\n${arranged.map((file) => `  ${file.moduleId.slice(root.length + 1)}`).join("\n")}`);
    return [...sorted.filter((file) => file.project.name !== "integration"), ...arranged];
  }
}
