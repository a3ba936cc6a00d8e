import { describe, expect, it } from "vitest";
import { statusLabels } from "@/lib/plan/status";
import { NO_CHOICES } from "../choices";
import type { Workbook } from "../read";
import { prepareImport, readRemembered, rememberedKey, type PrepareContext } from "./prepare";

const rows = (...lines: string[][]) => lines.map((cells, i) => ({ number: i + 1, cells }));
const workbook = (...sheets: { name: string; rows: ReturnType<typeof rows> }[]): Workbook => ({ kind: "xlsx", sheets });
const context: PrepareContext = { existing: { areas: [], outcomes: [], actions: [] }, members: [], labels: statusLabels({}), remembered: { mapping: {}, words: {} } };

const HEADER = ["Plan for 2025", "", ""];
const COLUMNS = ["Priority", "What we will do", "RAG"];
const plan = workbook(
  { name: "Notes", rows: rows(["Read me"], ["Nothing here"]) },
  { name: "Plan", rows: rows(HEADER, COLUMNS, ["Priority 1: Leadership", "Set up a board", "Progressing well"], ["", "Publish the offer", "Green"]) },
);

describe("an upload prepared for its page", () => {
  it("finds the header under a title row, suggests a field per column and samples each", () => {
    const prepared = prepareImport(plan, { ...NO_CHOICES, sheet: "Plan" }, context);
    expect(prepared).toMatchObject({ sheets: ["Notes", "Plan"], sheet: "Plan", headerRow: 2, problem: null, mappingProblems: [] });
    expect(prepared.columns).toEqual([
      { index: 0, letter: "A", header: "Priority", field: "area", sample: "Priority 1: Leadership" },
      { index: 1, letter: "B", header: "What we will do", field: "action", sample: "Set up a board" },
      { index: 2, letter: "C", header: "RAG", field: "status", sample: "Progressing well" },
    ]);
    expect(prepared.preview!.counts).toMatchObject({ new: 2, errors: 0 });
  });

  it("lists the status words nothing maps, with the admin's choice, and previews with it", () => {
    const unchosen = prepareImport(plan, { ...NO_CHOICES, sheet: "Plan" }, context);
    expect(unchosen.statusWords).toEqual([{ key: "progressing well", text: "Progressing well", status: null, rows: 1 }]);
    expect(unchosen.preview!.rows[0]!.status).toBeNull();
    const chosen = prepareImport(plan, { sheet: "Plan", fields: null, words: { "progressing well": "ON_TRACK" } }, context);
    expect(chosen.statusWords[0]!.status).toBe("ON_TRACK");
    expect(chosen.preview!.rows[0]!.status).toBe("ON_TRACK");
  });

  it("takes the mapping remembered for the same headers, and the admin's choice over it", () => {
    const remembered = { mapping: { [rememberedKey(COLUMNS)]: ["area" as const, "action" as const, "ignore" as const] }, words: { "progressing well": "AT_RISK" as const } };
    const prepared = prepareImport(plan, { ...NO_CHOICES, sheet: "Plan" }, { ...context, remembered });
    expect(prepared.columns.map((c) => c.field)).toEqual(["area", "action", "ignore"]);
    expect(prepareImport(plan, { ...NO_CHOICES, sheet: "Plan", fields: ["area", "action", "status"] }, { ...context, remembered }).statusWords[0]!.status).toBe("AT_RISK");
  });

  it("has no preview while the mapping has problems", () => {
    const prepared = prepareImport(plan, { ...NO_CHOICES, sheet: "Plan", fields: ["area", "ignore", "status"] }, context);
    expect(prepared.mappingProblems).toEqual(["Choose the column that holds the actions."]);
    expect(prepared.preview).toBeNull();
  });

  it("says in one sentence when a sheet has no header row", () => {
    const prepared = prepareImport(plan, NO_CHOICES, context);
    expect(prepared.sheet).toBe("Notes");
    expect(prepared.headerRow).toBeNull();
    expect(prepared.problem).toMatch(/^None of the first 20 rows reads as a header/);
  });

  it("reads what earlier imports stored, dropping anything malformed", () => {
    expect(readRemembered({ "a | b": ["area", "action"], bad: ["colour"], worse: "x" }, { "on it": "ON_TRACK", nope: "PURPLE" })).toEqual({
      mapping: { "a | b": ["area", "action"] },
      words: { "on it": "ON_TRACK" },
    });
    expect(readRemembered(null, [])).toEqual({ mapping: {}, words: {} });
  });
});
