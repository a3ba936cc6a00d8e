import { describe, expect, it } from "vitest";
import { choicesFromFormData, choicesFromSearchParams } from "./choices";
import { planImportPath, planImportUploadPath } from "./paths";

describe("the admin's choices on an upload's page", () => {
  it("reads the sheet, a field per column and the status words from the query", () => {
    const choices = choicesFromSearchParams({ sheet: "Plan 2025", col0: "area", col2: "action", col1: "outcome", "word.progressing well": "ON_TRACK" });
    expect(choices).toEqual({ sheet: "Plan 2025", fields: ["area", "outcome", "action"], words: { "progressing well": "ON_TRACK" } });
  });

  it("ignores unknown fields and states, and fills a column left out with ignore", () => {
    const choices = choicesFromSearchParams({ col0: "area", col1: "colour", col3: "action", "word.x": "PURPLE", col999: "area", sheet: "" });
    expect(choices).toEqual({ sheet: null, fields: ["area", "ignore", "ignore", "action"], words: {} });
  });

  it("is nothing chosen when the query chooses nothing", () => {
    expect(choicesFromSearchParams({})).toEqual({ sheet: null, fields: null, words: {} });
  });

  it("reads the confirming form's fields as the query", () => {
    const form = new FormData();
    form.set("slug", "derbyshire");
    form.set("uploadId", "u1");
    form.set("col0", "action");
    form.set("col1", "area");
    form.set("word.Progressing well", "AT_RISK");
    expect(choicesFromFormData(form)).toEqual({ sheet: null, fields: ["action", "area"], words: { "progressing well": "AT_RISK" } });
  });

  it("round-trips through the upload's address", () => {
    const choices = { sheet: "Sheet 2", fields: ["area" as const, "action" as const], words: { "progressing well": "ON_TRACK" as const } };
    const path = planImportUploadPath("hull", "u1", choices);
    expect(path.startsWith(`${planImportPath("hull")}/u1?`)).toBe(true);
    const params = Object.fromEntries(new URL(path, "http://x").searchParams);
    expect(choicesFromSearchParams(params)).toEqual(choices);
    expect(planImportUploadPath("hull", "u1")).toBe("/p/hull/plan/import/u1");
  });
});
