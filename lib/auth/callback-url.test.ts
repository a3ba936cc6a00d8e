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
    // Dot segments that normalise into a protocol-relative URL (issue 14).
    ["a dot segment before two slashes", "/.//evil.example/phish"],
    ["a parent segment before two slashes", "/..//evil.example/phish"],
    ["an encoded dot segment before two slashes", "/%2e//evil.example/phish"],
    ["an encoded parent segment before two slashes", "/%2E%2E//evil.example/phish"],
    ["a segment and its parent before two slashes", "/x/..//evil.example/phish"],
    ["a dot segment before three slashes", "/.///evil.example"],
  ])("refuses %s", (_what, value) => {
    expect(safeCallbackUrl(value)).toBe("/p");
  });

  it("keeps an encoded slash inside a path, which no browser reads as a host", () => {
    expect(safeCallbackUrl("/p/%2f%2fevil")).toBe("/p/%2f%2fevil");
  });

  it("drops a fragment and normalises dot segments without leaving the site", () => {
    expect(safeCallbackUrl("/p/../p/derbyshire#top")).toBe("/p/derbyshire");
  });
});
