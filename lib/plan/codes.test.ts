import { describe, expect, it } from "vitest";
import { byCode } from "./codes";

describe("plan codes", () => {
  it("sort numbers by value, as people read them", () => {
    const codes = ["1.10a", "AFI10", "1.2b", "1.2a", "AFI2", "R3"].map((code) => ({ code }));
    expect(codes.sort(byCode).map((c) => c.code)).toEqual(["1.2a", "1.2b", "1.10a", "AFI2", "AFI10", "R3"]);
  });
});
