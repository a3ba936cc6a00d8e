import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { contentSecurityPolicy, inlineScriptHashes } from "./headers";

const sha = (text: string) => `'sha256-${createHash("sha256").update(text).digest("base64")}'`;

describe("the Content-Security-Policy", () => {
  it("hashes each inline script exactly as written, and no script loaded from a file", () => {
    const html = `<html><head><script src="/_next/static/a.js" async=""></script></head><body>
<script>(self.__next_f=self.__next_f||[]).push([0])</script><script id="_R_">self.__next_r="x"</script>
<script>self.__next_f.push([1,"a\\u003cb"])</script><script>(self.__next_f=self.__next_f||[]).push([0])</script></body></html>`;
    expect(inlineScriptHashes(html)).toEqual([sha("(self.__next_f=self.__next_f||[]).push([0])"), sha('self.__next_r="x"'), sha('self.__next_f.push([1,"a\\u003cb"])')]);
  });

  it("never allows inline scripts wholesale, eval, plugins, other bases or framing", () => {
    const policy = contentSecurityPolicy(["'nonce-abc'"], { https: false });
    const scripts = policy.split("; ").find((d) => d.startsWith("script-src "))!;
    expect(scripts).toBe("script-src 'self' 'nonce-abc'");
    expect(policy).toContain("frame-ancestors 'none'");
    expect(policy).toContain("object-src 'none'");
    expect(policy).toContain("base-uri 'none'");
    expect(policy).not.toContain("unsafe-eval");
    expect(policy).not.toContain("upgrade-insecure-requests");
    expect(contentSecurityPolicy([], { https: true })).toContain("upgrade-insecure-requests");
  });
});
