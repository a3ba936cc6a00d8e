import { describe, expect, it } from "vitest";
import { areaLeadNames, displayName, memberDisplayName } from "./names";

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

describe("an area's lead names", () => {
  const lead = (name: string, role: string, jobTitle: string | null = null) => ({ membership: { role, jobTitle, user: { name } } });

  it("names the leads who sign in, with their job titles", () => {
    expect(areaLeadNames({ leadRoles: ["Head of SEND"], leads: [lead("Alex Reid", "LEAD", "Head of SEND"), lead("Sam Patel", "BOARD")] })).toEqual(["Alex Reid (Head of SEND)"]);
  });

  it("falls back to the plan's lead roles when no lead signs in", () => {
    expect(areaLeadNames({ leadRoles: ["Head of SEND", "ICB SEND lead"], leads: [lead("Sam Patel", "BOARD")] })).toEqual(["Head of SEND", "ICB SEND lead"]);
  });
});
