import { describe, expect, it } from "vitest";
import { areaLeadNames, chairDisplayName, displayName, memberDisplayName } from "./names";

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

describe("a board's chair", () => {
  it("is named with their role, by role alone without a name, or not at all", () => {
    expect(chairDisplayName({ chairName: "Jordan Pike", chairRole: "Independent Chair" })).toBe("Jordan Pike (Independent Chair)");
    expect(chairDisplayName({ chairName: null, chairRole: "Independent Chair" })).toBe("Independent Chair");
    expect(chairDisplayName({ chairName: null, chairRole: null })).toBeNull();
  });
});

describe("an area's lead names", () => {
  const lead = (name: string, role: string, jobTitle: string | null = null) => ({ membership: { role, jobTitle, user: { name } } });

  it("names the leads who sign in, with their job titles", () => {
    expect(areaLeadNames({ leadRoles: ["Head of SEND"], leads: [lead("Alex Reid", "LEAD", "Head of SEND"), lead("Sam Patel", "BOARD")] })).toEqual(["Alex Reid (Head of SEND)"]);
  });

  it("falls back to the plan's lead roles when no lead signs in", () => {
    expect(areaLeadNames({ leadRoles: ["Head of SEND", "ICB SEND lead"], leads: [lead("Sam Patel", "BOARD")] })).toEqual(["Head of SEND", "ICB SEND lead"]);
  });
});
