import { describe, expect, it } from "vitest";
import { parseIsoDate } from "@/lib/dates/format";
import { publicFeedEntries, publicFeedXml } from "./feed";
import { shapePublicPage } from "./shape";

const page = shapePublicPage({
  partnership: { slug: "derbyshire", name: "Derbyshire SEND Partnership", contactEmail: "send@derbyshire.gov.uk", statusLabels: {} },
  summaries: [
    {
      id: "s1",
      whatWeAreDoing: "We are writing to families.",
      whatHasChanged: "Letters are shorter & clearer.",
      whatIsNext: "More letters.",
      approvedAt: parseIsoDate("2026-11-02"),
      statusAtApproval: "ON_TRACK",
      illustrative: true,
      priorityArea: { code: "PIA5", title: "Communication with families", position: 4 },
    },
  ],
  feedback: [{ id: "f1", title: "The Local Offer is hard to use.", text: "We rewrote it.", publicAt: parseIsoDate("2026-11-20"), provenance: null }],
  kpis: [],
  meetings: [
    {
      id: "m1",
      title: "Board meeting",
      date: parseIsoDate("2026-10-01"),
      publishedAt: parseIsoDate("2026-10-08"),
      minutes: "Minutes.",
      illustrative: false,
      board: { name: "SEND Improvement Board" },
      attendees: [],
    },
  ],
});

describe("the public page's Atom feed", () => {
  it("has one entry per summary, feedback and minutes, newest first, with stable ids and links to the page's anchors", () => {
    expect(publicFeedEntries(page).map((e) => [e.id, e.anchor])).toEqual([
      ["feedback:f1", "said-f1"],
      ["summary:s1", "area-pia5"],
      ["minutes:m1", "minutes-m1"],
    ]);
    const xml = publicFeedXml(page);
    expect(xml).toContain('<feed xmlns="http://www.w3.org/2005/Atom"');
    expect(xml).toContain("/public/derbyshire#said-f1");
    expect(xml).toContain("<id>http://");
    expect(xml).toContain("<updated>2026-11-20T00:00:00.000Z</updated>");
    expect(publicFeedXml(page)).toBe(xml);
  });
});
