import { describe, expect, it } from "vitest";
import { serverOrigin } from "./origin";

describe("the server's own origin", () => {
  it("is loopback on the port `next start` listens on", () => {
    expect(serverOrigin({ PORT: "3000" })).toBe("http://127.0.0.1:3000");
  });

  it("is never taken from anything a request carries: only the environment", () => {
    expect(serverOrigin({ PORT: "3000", HOST: "evil.example" })).toBe("http://127.0.0.1:3000");
  });

  it("can be set behind an unusual listener, and is then that origin alone", () => {
    expect(serverOrigin({ STOCKTAKE_RENDER_ORIGIN: "http://10.0.0.5:8080", PORT: "3000" })).toBe("http://10.0.0.5:8080");
    expect(serverOrigin({ STOCKTAKE_RENDER_ORIGIN: "http://10.0.0.5:8080/", PORT: "3000" })).toBe("http://10.0.0.5:8080");
    expect(serverOrigin({ STOCKTAKE_RENDER_ORIGIN: "https://app.internal/some/path?x=1" })).toBe("https://app.internal");
  });

  it("refuses to guess when the server was not started by `next start`", () => {
    expect(() => serverOrigin({})).toThrow(/PORT is not set/);
  });

  it("refuses a setting that is not an address", () => {
    expect(() => serverOrigin({ STOCKTAKE_RENDER_ORIGIN: "127.0.0.1:3000/x y" })).toThrow();
  });
});
