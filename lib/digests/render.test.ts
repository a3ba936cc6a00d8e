import { describe, expect, it } from "vitest";
import { renderDigest, type DigestItem } from "./render";

const items: DigestItem[] = [
  { section: "changes", text: "Decide the change request for 1.1a Map the pathway, raised by Ann on 1 December 2026", href: "https://stocktake.example/p/x/changes" },
  { section: "updates", text: "Update 1.1a Map <the> pathway: Not updated yet", href: "https://stocktake.example/p/x/plan/actions/a1" },
  { section: "updates", text: "Update 1.2a Train staff: Last updated 1 June 2026", href: "https://stocktake.example/p/x/plan/actions/a2" },
];
const content = {
  partnershipName: "Derbyshire Local Area SEND Partnership",
  to: { name: "Lee Lead", email: "lee@example.gov.uk" },
  frequency: "WEEKLY" as const,
  items,
  links: { unsubscribe: "https://stocktake.example/unsubscribe/tok", changeFrequency: "https://stocktake.example/p/x/my/email" },
};

describe("a digest as an email", () => {
  it("names the partnership and the count in the subject", () => {
    expect(renderDigest(content).subject).toBe("Derbyshire Local Area SEND Partnership: 3 things to do this week");
    expect(renderDigest({ ...content, frequency: "DAILY", items: items.slice(0, 1) }).subject).toBe("Derbyshire Local Area SEND Partnership: 1 thing to do today");
  });

  it("lists the items by section, in the sections' order, each with its link, then the footer's two links", () => {
    const { text } = renderDigest(content);
    expect(text.indexOf("Updates owed (2)")).toBeGreaterThan(-1);
    expect(text.indexOf("Updates owed (2)")).toBeLessThan(text.indexOf("Change requests awaiting your decision (1)"));
    expect(text).toContain("- Update 1.2a Train staff: Last updated 1 June 2026\n  https://stocktake.example/p/x/plan/actions/a2");
    expect(text).toContain("Change how often: https://stocktake.example/p/x/my/email");
    expect(text).toContain("Stop these emails: https://stocktake.example/unsubscribe/tok");
    expect(text).not.toContain("Risk reviews due");
  });

  it("escapes what it is given in the HTML and links each item", () => {
    const { html } = renderDigest(content);
    expect(html).toContain('<a href="https://stocktake.example/p/x/plan/actions/a1">Update 1.1a Map &lt;the&gt; pathway: Not updated yet</a>');
    expect(html).not.toContain("<the>");
    expect(html).toContain('<a href="https://stocktake.example/unsubscribe/tok">Stop these emails</a>');
    expect(html).toContain('<a href="https://stocktake.example/p/x/my/email">Change how often</a>');
  });
});
