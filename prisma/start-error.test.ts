import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { gist, reportFailure, StartError } from "./start-error";

describe("reportFailure", () => {
  let root: string;
  let printed: string[];

  beforeEach(() => {
    root = mkdtempSync(path.join(os.tmpdir(), "start-error-"));
    printed = [];
    vi.spyOn(console, "error").mockImplementation((line: string) => void printed.push(line));
  });
  afterEach(() => {
    vi.restoreAllMocks();
    rmSync(root, { recursive: true, force: true });
  });

  it("prints one sentence for a failure the user can act on, and keeps the cause in the log", () => {
    const cause = new Error("spawn initdb EACCES");
    reportFailure(new StartError("The database could not start; set DATABASE_URL.", { cause, output: "initdb: permission denied" }), root, ".data/start.log");
    expect(printed).toEqual(["The database could not start; set DATABASE_URL (details: .data/start.log)."]);
    const log = readFileSync(path.join(root, ".data/start.log"), "utf8");
    expect(log).toContain("spawn initdb EACCES");
    expect(log).toContain("initdb: permission denied");
  });

  it("prints no stack trace for an unexpected error", () => {
    reportFailure(new TypeError("x is not a function\n    at main (start.ts:1:1)"), root, ".data/start.log");
    expect(printed).toEqual(["Stocktake could not start (x is not a function) (details: .data/start.log)."]);
  });

  it("names no log when the sentence says everything", () => {
    reportFailure(new StartError("Port 3000 is already in use; start with PORT=3001 npm start."), root, ".data/start.log");
    expect(printed).toEqual(["Port 3000 is already in use; start with PORT=3001 npm start."]);
  });
});

describe("gist", () => {
  it("keeps the first non-empty line, without its full stop, and shortens a long one", () => {
    expect(gist(new Error("\nConnection refused.\nmore"))).toBe("Connection refused");
    expect(gist("x".repeat(300))).toHaveLength(158);
  });
});
