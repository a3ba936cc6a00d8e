import { describe, expect, it } from "vitest";
import { safeCallbackUrl } from "./callback-url";

describe("the page to return to after signing in", () => {
  it.each(["/p/derbyshire", "/p/derbyshire/plan?computed=OFF_TRACK", "/p"])("keeps the same-site path %s", (path) => {
    expect(safeCallbackUrl(path)).toBe(path);
  });

  it.each([
    ["another host", "https://evil.example/p"],
    ["a protocol-relative URL", "//evil.example/p"],
    ["a backslash the browser reads as a slash", "/\\evil.example"],
    ["a tab the browser strips", "/\t/evil.example"],
    ["a newline", "/p\n/x"],
    ["a script URL", "javascript:alert(1)"],
    ["nothing", undefined],
    ["an empty value", ""],
  ])("refuses %s", (_what, value) => {
    expect(safeCallbackUrl(value)).toBe("/p");
  });

  it("drops a fragment and normalises dot segments without leaving the site", () => {
    expect(safeCallbackUrl("/p/../p/derbyshire#top")).toBe("/p/derbyshire");
  });
});
