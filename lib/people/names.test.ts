import { describe, expect, it } from "vitest";
import { displayName, memberDisplayName } from "./names";

describe("people's display names", () => {
  it("adds the job title in brackets when there is one", () => {
    expect(displayName("Morgan Hale", "SEND Programme Manager")).toBe("Morgan Hale (SEND Programme Manager)");
    expect(memberDisplayName({ jobTitle: "Chair", user: { name: "Sam Patel" } })).toBe("Sam Patel (Chair)");
  });

  it("uses the name alone without one", () => {
    expect(displayName("Morgan Hale", null)).toBe("Morgan Hale");
    expect(displayName("Morgan Hale", "")).toBe("Morgan Hale");
    expect(memberDisplayName({ jobTitle: null, user: { name: "Sam Patel" } })).toBe("Sam Patel");
  });
});
