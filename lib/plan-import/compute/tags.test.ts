import { describe, expect, it } from "vitest";
import { readTags } from "./tags";

describe("a tags cell", () => {
  it("reads the sources an action answers to, however they are separated", () => {
    expect(readTags("SEF, DBV")).toEqual({ tags: ["SEF", "DBV"], problems: [] });
    expect(readTags("sef/AFI 2 & afi5")).toEqual({ tags: ["SEF", "AFI2", "AFI5"], problems: [] });
    expect(readTags("DBV\nDBV")).toEqual({ tags: ["DBV"], problems: [] });
    expect(readTags("")).toEqual({ tags: [], problems: [] });
  });

  it("reports a typo with what it probably meant, and keeps it out", () => {
    expect(readTags("SEF, AF15")).toEqual({ tags: ["SEF"], problems: ["tag “AF15” is not one this import knows: did you mean AFI5?"] });
    expect(readTags("DVB")).toEqual({ tags: [], problems: ["tag “DVB” is not one this import knows (SEF, DBV, AFI1 …)"] });
  });
});
