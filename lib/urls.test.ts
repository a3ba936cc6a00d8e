import { describe, expect, it } from "vitest";
import { absoluteUrl } from "./urls";

describe("absoluteUrl", () => {
  it("puts the path on NEXTAUTH_URL's origin", () => {
    expect(absoluteUrl("/invite/abc", { NEXTAUTH_URL: "https://stocktake.council.gov.uk/api/auth" })).toBe("https://stocktake.council.gov.uk/invite/abc");
    expect(absoluteUrl("invite/abc", { NEXTAUTH_URL: "http://127.0.0.1:3310" })).toBe("http://127.0.0.1:3310/invite/abc");
  });

  it("falls back to the development server's address", () => {
    expect(absoluteUrl("/p", {})).toBe("http://localhost:3000/p");
    expect(absoluteUrl("/p", { NEXTAUTH_URL: "not a url" })).toBe("http://localhost:3000/p");
  });
});
