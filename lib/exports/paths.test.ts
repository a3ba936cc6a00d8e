import { describe, expect, it } from "vitest";
import { exportPath } from "./paths";

describe("a register's download address", () => {
  it("keeps the page's filters before the format", () => {
    expect(exportPath("derbyshire", "impact-log", "csv", "slow=1&board=b1")).toBe("/api/p/derbyshire/exports/impact-log?slow=1&board=b1&format=csv");
    expect(exportPath("derbyshire", "change-requests", "xlsx")).toBe("/api/p/derbyshire/exports/change-requests?format=xlsx");
  });
});
